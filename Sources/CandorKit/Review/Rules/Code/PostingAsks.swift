/// Where a letter says what the posting asks for: "you ask for", "you need", "the posting
/// requires", "your team is looking for". Each ask is the words from after its frame to the
/// end of its clause, which a semicolon, a colon, a dash or the writer's own words ("I",
/// "my", "which") close.
enum PostingAsks {
  /// Nouns that make "the …" or "your …" the posting's voice ("the job posting", "your ad").
  private static let postingNouns: Set<String> = [
    "posting", "post", "ad", "advert", "advertisement", "listing", "description", "job",
    "role", "position", "opening", "vacancy",
  ]
  /// Nouns that make "your …" the employer's voice ("your team is looking for").
  private static let employerNouns: Set<String> = [
    "team", "company", "firm", "organization", "organisation", "practice", "clinic", "group",
    "department", "office", "school", "hospital", "store",
  ]
  /// Words between the subject and the verb ("you also ask for", "your team is seeking").
  private static let between: Set<String> = [
    "also", "specifically", "clearly", "explicitly", "especially", "really", "is", "are",
    "do", "does", "currently", "now",
  ]
  /// Verbs of asking; the value is the word that must follow ("ask for"), or "".
  private static let verbs: [String: String] = [
    "ask": "for", "asks": "for", "asked": "for", "asking": "for", "call": "for",
    "calls": "for", "look": "for", "looks": "for", "looking": "for", "need": "", "needs": "",
    "require": "", "requires": "", "want": "", "wants": "", "seek": "", "seeks": "",
    "seeking": "", "list": "", "lists": "", "mention": "", "mentions": "", "expect": "",
    "expects": "", "prefer": "", "prefers": "", "emphasize": "", "emphasizes": "",
    "emphasise": "", "emphasises": "", "stress": "", "stresses": "",
  ]
  /// Words that close an ask: the writer's own clause or a comment on the ask.
  private static let closers: Set<String> = [
    "i", "my", "me", "we", "our", "which", "so", "but", "because", "while", "since", "where",
    "when", "if", "and", "or",
  ]
  private static let breaks: Set<Character> = [";", ":", "—", "–", "(", ")"]
  /// Words before "you" that make the frame a condition ("if you need", "should you require").
  private static let conditionals: Set<String> = [
    "if", "should", "whether", "unless", "whenever", "case",
  ]

  /// Words of an ask that carry no content of their own.
  private static let plainWords: Set<String> = [
    "someone", "somebody", "person", "people", "candidate", "candidates", "applicant",
    "applicants", "with", "who", "that", "have", "has", "having", "experience", "experienced",
    "years", "year", "skills", "skill", "ability", "able", "strong", "solid", "good", "great",
    "proven", "knowledge", "background", "familiarity", "understanding", "plus", "least",
    "more", "than", "very", "well", "also", "both", "these", "those", "this", "their", "them",
    "they", "your", "from", "into", "about", "work", "working", "works", "can", "could",
    "will", "would", "should", "must", "ready", "hands", "deep", "senior", "junior", "next",
    "most", "first", "here", "there", "today", "help", "done",
  ]

  /// Word ranges of the asks in `sentence`, each after its frame.
  static func asks(in sentence: LetterText.Sentence, _ text: String) -> [Range<Int>] {
    let words = sentence.words
    var asks: [Range<Int>] = []
    var index = 0
    while index < words.count {
      guard let start = askStart(at: index, words) else {
        index += 1
        continue
      }
      var end = start
      while end < words.count, !closers.contains(words[end].key) || end == start {
        if end > start,
          LetterWord.gap(words[end - 1], words[end], in: text).contains(where: breaks.contains)
        {
          break
        }
        end += 1
      }
      // "and" or "or" between two asked things joins a list, not a clause of the writer's.
      while end + 1 < words.count, ["and", "or"].contains(words[end].key),
        !closers.contains(words[end + 1].key)
      {
        end += 1
        while end < words.count, !closers.contains(words[end].key) { end += 1 }
      }
      if end > start { asks.append(start..<end) }
      index = max(end, index + 1)
    }
    return asks
  }

  /// Where the asked-for words start when a frame begins at `index`, or nil.
  private static func askStart(at index: Int, _ words: [LetterWord]) -> Int? {
    var next = index + 1
    switch words[index].key {
    case "you":
      // "if you need anything else from me", "should you require further information": an
      // offer to the reader, not what the posting asks.
      if index > 0, conditionals.contains(words[index - 1].key) { return nil }
    case "your", "the":
      let nouns = words[index].key == "your" ? postingNouns.union(employerNouns) : postingNouns
      let first = next
      while next < words.count, next - first < 2, nouns.contains(words[next].key) { next += 1 }
      guard next > first else { return nil }
    default:
      return nil
    }
    while next < words.count, between.contains(words[next].key) { next += 1 }
    guard next < words.count, let particle = verbs[words[next].key] else { return nil }
    next += 1
    if !particle.isEmpty {
      guard next < words.count, words[next].key == particle else { return nil }
      next += 1
    }
    return next < words.count ? next : nil
  }

  /// The value of a figure word ("5", "five"), or nil; "one" and "a" count nothing.
  static func figure(_ key: String) -> Double? {
    let value = key.allSatisfy(\.isNumber) ? Double(key) : NumberWords.english[key]
    return value.flatMap { $0 >= 2 ? $0 : nil }
  }

  /// A word that names something an ask can be checked on.
  static func isContent(_ key: String) -> Bool {
    key.count >= 4 && key.allSatisfy(\.isLetter) && !plainWords.contains(key)
  }
}
