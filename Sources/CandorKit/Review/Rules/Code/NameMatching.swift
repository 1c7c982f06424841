/// Finding company names and job titles in a letter's words.
enum NameMatching {
  private static let companySuffixes: Set<String> = [
    "inc", "llc", "llp", "ltd", "limited", "corp", "corporation", "co", "company", "gmbh", "plc",
    "sa", "ag", "bv", "group", "holdings",
  ]
  private static let domainSuffixes: Set<String> = [
    "com", "io", "org", "net", "co", "ai", "app", "dev",
  ]
  private static let genericFirstWords: Set<String> = [
    "the", "american", "first", "united", "national", "global", "new", "general", "digital",
    "data", "health", "bank", "city", "state", "university", "school",
  ]

  /// A word's key for name comparison: "meetup.com" and "meetup" compare equal.
  static func nameKey(_ key: String) -> String {
    guard key.utf8.contains(0x2E) else { return key }
    let parts = key.split(separator: ".")
    guard parts.count == 2, domainSuffixes.contains(String(parts[1])) else { return key }
    return String(parts[0])
  }

  static func keys(_ text: String) -> [String] {
    WordTokenizer.words(in: text, range: text.startIndex..<text.endIndex).map { nameKey($0.key) }
  }

  /// Key sequences that name a company: the full name, the name without "Inc."-style
  /// suffixes, and a distinctive first word ("Tidewater" for "Tidewater Health").
  static func variants(of name: String) -> [[String]] {
    let full = keys(name)
    guard !full.isEmpty else { return [] }
    var result = [full]
    let trimmed = Array(full.reversed().drop { companySuffixes.contains($0) }.reversed())
    if !trimmed.isEmpty && trimmed != full { result.append(trimmed) }
    if let first = trimmed.first, trimmed.count > 1, first.count >= 4,
      !genericFirstWords.contains(first)
    {
      result.append([first])
    }
    // "St. Brigid" for "St. Brigid Regional Medical Center", "Maple Street" for "Maple Street
    // Elementary": the first two words of a longer name, when they are not "Bank of".
    if trimmed.count >= 3, let first = trimmed.first, !genericFirstWords.contains(first),
      !["of", "and", "for", "the"].contains(trimmed[1])
    {
      result.append(Array(trimmed.prefix(2)))
    }
    return result
  }

  /// True when `words` contain one of the key sequences.
  static func mentions(_ words: [LetterWord], _ variants: [[String]]) -> Bool {
    let keys = words.map { nameKey($0.key) }
    return variants.contains { variant in
      guard !variant.isEmpty, keys.count >= variant.count else { return false }
      return (0...(keys.count - variant.count)).contains {
        Array(keys[$0..<($0 + variant.count)]) == variant
      }
    }
  }

  /// Two names refer to the same organisation: one's key sequence holds the other's.
  static func sameOrganisation(_ first: String, _ second: String) -> Bool {
    let a = keys(first).filter { !companySuffixes.contains($0) }
    let b = keys(second).filter { !companySuffixes.contains($0) }
    guard !a.isEmpty, !b.isEmpty else { return false }
    let (short, long) = a.count <= b.count ? (a, b) : (b, a)
    return (0...(long.count - short.count)).contains {
      Array(long[$0..<($0 + short.count)]) == short
    }
  }

  /// `name` is a misspelling of `company`, not the company itself: the same number of words
  /// with a small edit ("Harbor Analytic", "Harbour Analytics", "Tidewatter Health"). Short
  /// names allow one edit, longer ones two; a name under five letters allows none, since
  /// short words differ by one letter from many real ones. A typo keeps each word's first
  /// letter: "Southwind Analytics" is another company, not "Northwind Analytics" misspelt.
  static func isNearMiss(_ name: String, of company: String) -> Bool {
    func plain(_ text: String) -> [String] {
      keys(text).filter { !companySuffixes.contains($0) }.map { key in
        key.hasSuffix("'s") || key.hasSuffix("’s") ? String(key.dropLast(2)) : key
      }
    }
    let written = plain(name)
    let wanted = plain(company)
    guard written.count == wanted.count, written != wanted,
      zip(written, wanted).allSatisfy({ $0.first == $1.first })
    else { return false }
    let a = written.joined(separator: " ")
    let b = wanted.joined(separator: " ")
    guard b.count >= 5 else { return false }
    let allowed = b.count >= 12 ? 2 : 1
    return EditDistance.distance(a, b) <= allowed
  }

  private static let connectors: Set<String> = ["of", "and", "de", "for", "the"]

  /// The run of capitalised words starting at `start` ("Bank of America", "Initech Systems"),
  /// as a word index range; connectors are kept only between capitalised words.
  /// A comma, semicolon, colon, bracket or dash between two words ends the name: "for BLS,
  /// ACLS" names two things, and "at Target, opening shifts" names one.
  static func properName(
    in words: [LetterWord], from start: Int, limit: Int = 5, text: String
  ) -> Range<Int>? {
    var end = start
    var lastCapital: Int?
    while end < words.count, end - start < limit + 2 {
      if end > start, words[end].range == words[end - 1].range {
        end += 1
        continue
      }
      if end > start, isBroken(between: words[end - 1], words[end], in: text) { break }
      if words[end].key == "i" { break }
      if words[end].isCapitalized {
        lastCapital = end
      } else if !(connectors.contains(words[end].key) && lastCapital != nil) {
        break
      }
      end += 1
    }
    guard let lastCapital, words[start].isCapitalized else { return nil }
    return start..<(lastCapital + 1)
  }

  /// The run of capitalised words that ends just before `end` ("the Senior Backend Engineer
  /// position" gives "Senior Backend Engineer").
  static func properName(in words: [LetterWord], endingBefore end: Int, text: String)
    -> Range<Int>?
  {
    var start = end
    // A name may end the sentence: there is then no word after it to break from.
    while start > 0, words[start - 1].isCapitalized, end - start < 6,
      start == words.count || !isBroken(between: words[start - 1], words[start], in: text)
    {
      start -= 1
    }
    return start < end ? start..<end : nil
  }

  private static let breaks: Set<Character> = [",", ";", ":", "(", ")", "–", "—", "/"]

  /// Punctuation between two words that no name runs across.
  static func isBroken(between first: LetterWord, _ second: LetterWord, in text: String)
    -> Bool
  {
    LetterWord.gap(first, second, in: text).contains(where: breaks.contains)
  }

  /// The words' text with whitespace runs made single spaces.
  static func text(_ words: [LetterWord], _ range: Range<Int>, in text: String) -> String {
    let start = words[range.lowerBound].range.lowerBound
    let end = words[range.upperBound - 1].range.upperBound
    return ReviewContext.collapse(text[start..<end])
  }
}
