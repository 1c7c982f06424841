import Foundation

/// Signs of keyword stuffing: one keyword taking more than about 5 % of a document's words,
/// and long runs of words copied from the posting.
enum StuffingCheck {
  static let densityLimit = 0.05
  /// Documents shorter than this are too short to judge density.
  static let minimumWords = 50
  /// The fewest mentions (outside titles and credentials) that read as repetition: in a
  /// short resume of 130 words, two mentions of "Licensed Clinical Social Worker" are
  /// already over 5 %, while a 70-word letter naming Python seven times is stuffed.
  static let minimumMentions = 3
  /// Parts that name the person's titles and credentials: a keyword there is a label, not a
  /// claim repeated for a screen ("Licensed Clinical Social Worker" as headline and licence).
  static let labelParts: Set<MatchPlace.Part> = [.headline, .role, .education, .certificate]
  /// Words in a row shared with the posting that count as a copied phrase.
  static let copiedWords = 8
  static let copiedLimit = 3

  static func warnings(
    _ documents: [DocumentMatch], keywords: [PostingKeyword], posting: JobPosting
  ) -> [MatchWarning] {
    let shingles = Shingles(paragraphs(of: posting.lines), size: copiedWords)
    return documents.flatMap { document in
      density(document, keywords) + copied(document.document, shingles)
    }
  }

  /// The posting's text as paragraphs and list items, hard-wrapped lines joined, so a
  /// phrase copied across a line break is still found.
  static func paragraphs(of lines: [TextLine]) -> [String] {
    var blocks: [String] = []
    var current: String?
    for line in lines {
      switch line.kind {
      case .blank, .heading:
        current.map { blocks.append($0) }
        current = nil
      case .bullet:
        current.map { blocks.append($0) }
        current = line.text
      case .text:
        current = current.map { $0 + " " + line.text } ?? line.text
      }
    }
    current.map { blocks.append($0) }
    return blocks
  }

  private static func density(_ document: DocumentMatch, _ keywords: [PostingKeyword])
    -> [MatchWarning]
  {
    let total = document.document.wordCount
    guard total >= minimumWords else { return [] }
    // A job title naturally repeats in headline and roles.
    return keywords.filter { $0.category != .title }.compactMap { keyword in
      let mentions = document.occurrences(of: keyword).filter {
        !labelParts.contains(document.document.places[$0.place].part)
      }
      // "Core Data or SQLite": naming each option is no repetition, so each option is
      // weighed alone and the most repeated one stands for the keyword.
      let counted =
        Dictionary(grouping: mentions, by: \.key).values
        .max { (words(in: $0), $1[0].key) < (words(in: $1), $0[0].key) } ?? []
      let share = Double(words(in: counted)) / Double(total)
      guard counted.count >= minimumMentions, share > densityLimit else { return nil }
      let percent = String(format: "%.1f", share * 100)
      return MatchWarning(
        kind: .density, document: document.document.kind,
        message: "'\(name(of: keyword, counted))' is \(percent) % of the "
          + "\(document.document.kind.rawValue)'s "
          + "words (over 5 %): it reads as stuffed; keep the mentions that say what you did")
    }
  }

  /// The keyword's term, or for an either/or keyword the option repeated.
  private static func name(
    of keyword: PostingKeyword, _ counted: [KeywordFinder.Occurrence]
  ) -> String {
    guard keyword.options.count > 1, let key = counted.first?.key else { return keyword.term }
    return keyword.options.first { $0.key == key }?.term ?? keyword.term
  }

  private static func words(in occurrences: [KeywordFinder.Occurrence]) -> Int {
    occurrences.reduce(0) { $0 + $1.words }
  }

  private static func copied(_ document: MatchDocument, _ shingles: Shingles) -> [MatchWarning] {
    var seen = Set<String>()
    var result: [MatchWarning] = []
    for place in document.places {
      for phrase in shingles.sharedRuns(in: place.text) where seen.insert(phrase).inserted {
        result.append(
          MatchWarning(
            kind: .copiedPhrase, document: document.kind,
            message: "copied word for word from the posting: \"\(phrase)\"; say it in your "
              + "own words with what you did"))
      }
    }
    return Array(result.prefix(copiedLimit))
  }
}

/// Runs of words a text shares with a source, found through the source's word n-grams.
struct Shingles {
  let size: Int
  private let grams: Set<String>

  init(_ lines: [String], size: Int) {
    self.size = size
    var grams = Set<String>()
    for line in lines {
      let words = Self.words(line).map(\.folded)
      guard words.count >= size else { continue }
      for start in 0...(words.count - size) {
        grams.insert(words[start..<(start + size)].joined(separator: " "))
      }
    }
    self.grams = grams
  }

  /// The longest runs of `size` words or more that `text` shares with the source, as
  /// written in `text`.
  func sharedRuns(in text: String) -> [String] {
    let words = Self.words(text)
    guard words.count >= size, !grams.isEmpty else { return [] }
    var covered = [Bool](repeating: false, count: words.count)
    for start in 0...(words.count - size) {
      let gram = words[start..<(start + size)].map(\.folded).joined(separator: " ")
      if grams.contains(gram) {
        for index in start..<(start + size) { covered[index] = true }
      }
    }
    var runs: [String] = []
    var index = 0
    while index < words.count {
      guard covered[index] else {
        index += 1
        continue
      }
      var end = index
      while end + 1 < words.count, covered[end + 1] { end += 1 }
      runs.append(String(text[words[index].range.lowerBound..<words[end].range.upperBound]))
      index = end + 1
    }
    return runs
  }

  private static func words(_ text: String) -> [Token] {
    Tokenizer.tokens(in: text).filter { !$0.isPunctuation }
  }
}
