/// Scores statements by relevance to a posting: the weights of the posting's keywords each
/// names, a keyword no other statement of the resume names counting twice, and shared
/// meaningful words with the requirements to break ties.
struct RelevanceScorer {
  private let keywords: [PostingKeyword]
  private let finder: KeywordFinder
  private let weights: [String: Double]
  private let requirementWords: Set<String>
  /// How many places of the whole resume name each key.
  private let resumeCounts: [String: Int]

  init(posting: JobPosting, keywords: [PostingKeyword], resume: Resume, lexicon: Lexicon) {
    self.keywords = keywords
    finder = KeywordFinder(keywords: keywords, lexicon: lexicon)
    var weights: [String: Double] = [:]
    for keyword in keywords {
      for option in keyword.options {
        weights[option.key] = max(weights[option.key] ?? 0, keyword.weight)
      }
    }
    self.weights = weights
    requirementWords = Set(posting.requirements.flatMap { ContentWords.of($0.text) })
    let document = ResumePlaces.document(resume, source: nil)
    var counts: [String: Int] = [:]
    for key in Self.keysByPlace(finder.occurrences(in: document), places: document.places.count)
      .flatMap({ $0 })
    {
      counts[key, default: 0] += 1
    }
    resumeCounts = counts
  }

  /// The score of each text, in the order given.
  func scores(_ texts: [String]) -> [Double] {
    let places = texts.map { MatchPlace($0, part: .highlight, section: "") }
    let document = MatchDocument(kind: .resume, places: places)
    let keys = Self.keysByPlace(finder.occurrences(in: document), places: places.count)
    return texts.indices.map { index in
      let keywordScore = keys[index].reduce(0.0) { total, key in
        total + (weights[key] ?? 0) * ((resumeCounts[key] ?? 0) <= 1 ? 2 : 1)
      }
      let shared = ContentWords.of(texts[index]).intersection(requirementWords).count
      return keywordScore + 0.01 * Double(shared)
    }
  }

  /// Indices of `texts` from most to least relevant; equal scores keep their order.
  func ranked(_ texts: [String]) -> [Int] {
    let scores = scores(texts)
    return texts.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
  }

  private static func keysByPlace(_ occurrences: [KeywordFinder.Occurrence], places: Int)
    -> [Set<String>]
  {
    var keys = [Set<String>](repeating: [], count: places)
    for occurrence in occurrences { keys[occurrence.place].insert(occurrence.key) }
    return keys
  }
}
