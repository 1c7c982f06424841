import Foundation

/// A compiled regular expression with the few match helpers the posting readers use.
struct Pattern: Sendable {
  private let regex: NSRegularExpression
  /// Phrases of which at least one must occur for a match; checked first because a byte
  /// scan is far cheaper than running the expression.
  private let required: PhraseSet?
  /// True when the required phrase must open the text, for an expression anchored by `^`.
  private let requiredAtStart: Bool
  /// True when only text opening with an ASCII capital can match (`^[A-Z]…`).
  private let initialCapital: Bool
  /// The phrases given as `requiring`, one of which any match holds (none when empty), so a
  /// caller may check many patterns' phrases in one pass.
  let requiredPhrases: [String]

  /// Compiles `source`; patterns are constants in this module, so a bad one is a bug.
  init(
    _ source: String, caseSensitive: Bool = false, requiring phrases: [String] = [],
    atStart: Bool = false, initialCapital: Bool = false
  ) {
    let options: NSRegularExpression.Options = caseSensitive ? [] : [.caseInsensitive]
    regex = try! NSRegularExpression(pattern: source, options: options)
    required = phrases.isEmpty ? nil : PhraseSet(phrases)
    requiredPhrases = phrases
    requiredAtStart = atStart
    self.initialCapital = initialCapital
  }

  /// False when a required phrase is missing, so the expression cannot match.
  private func mayMatch(_ text: String) -> Bool {
    if initialCapital, !(text.utf8.first.map { $0 >= 0x41 && $0 <= 0x5A } ?? false) {
      return false
    }
    guard let required else { return true }
    return requiredAtStart ? required.opens(text) : required.matches(text)
  }

  /// Joins `parts` into one pattern, so a long expression reads one piece a line.
  init(joining parts: [String], caseSensitive: Bool = false, requiring phrases: [String] = []) {
    self.init(parts.joined(), caseSensitive: caseSensitive, requiring: phrases)
  }

  /// "(?:a|b|c)": any one of `words`, for patterns built from word lists.
  static func anyOf(_ words: [String]) -> String {
    "(?:" + words.joined(separator: "|") + ")"
  }

  func matches(_ text: String) -> Bool {
    guard mayMatch(text) else { return false }
    return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
  }

  /// The capture groups of the first match ("" for a group that did not take part).
  func groups(in text: String) -> [String]? {
    guard mayMatch(text) else { return nil }
    let range = NSRange(text.startIndex..., in: text)
    return regex.firstMatch(in: text, range: range).map { Self.captures($0, in: text) }
  }

  /// The capture groups of every match.
  func allGroups(in text: String) -> [[String]] {
    guard mayMatch(text) else { return [] }
    let range = NSRange(text.startIndex..., in: text)
    return regex.matches(in: text, range: range).map { Self.captures($0, in: text) }
  }

  /// Where the first match is, like `range(of:options: .regularExpression)`.
  func firstRange(in text: String) -> Range<String.Index>? {
    guard mayMatch(text) else { return nil }
    let range = NSRange(text.startIndex..., in: text)
    return regex.firstMatch(in: text, range: range).flatMap { Range($0.range, in: text) }
  }

  /// Where every match is, in order.
  func ranges(in text: String) -> [Range<String.Index>] {
    guard mayMatch(text) else { return [] }
    let range = NSRange(text.startIndex..., in: text)
    return regex.matches(in: text, range: range).compactMap { Range($0.range, in: text) }
  }

  func replacing(in text: String, with template: String) -> String {
    guard mayMatch(text) else { return text }
    let range = NSRange(text.startIndex..., in: text)
    return regex.stringByReplacingMatches(in: text, range: range, withTemplate: template)
  }

  private static func captures(_ match: NSTextCheckingResult, in text: String) -> [String] {
    (0..<match.numberOfRanges).map { index in
      Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
    }
  }
}

extension String {
  /// The string without surrounding whitespace.
  var trimmed: String {
    TrimSet.trim(self[...], where: { $0.properties.isWhitespace })
  }

  /// The string without surrounding whitespace and the punctuation that often trails a
  /// value ("Acme," → "Acme").
  var trimmedValue: String {
    trimming(where: { TrimSet.isSpaceOrNewline($0) || ",;:|-–—".unicodeScalars.contains($0) })
  }

  /// Lowercased letters and digits only, single-spaced: for comparing names loosely.
  var folded: String {
    let mapped = lowercased().folding(options: .diacriticInsensitive, locale: nil).map {
      $0.isLetter || $0.isNumber ? $0 : " "
    }
    return String(mapped).split(separator: " ").joined(separator: " ")
  }

  /// How many words the string has, counting runs of characters between ASCII spaces,
  /// tabs and line breaks: a fast stand-in for `words.count`.
  var wordCount: Int {
    // A native string's bytes are read in place; walking `utf8` costs several times more.
    utf8.withContiguousStorageIfAvailable(Self.wordCount) ?? Self.wordCount(Array(utf8))
  }

  private static func wordCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    var inWord = false
    for byte in bytes {
      let isSpace = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
      if !isSpace, !inWord { count += 1 }
      inWord = !isSpace
    }
    return count
  }

  private static func wordCount(_ bytes: [UInt8]) -> Int {
    bytes.withUnsafeBufferPointer(wordCount)
  }

  /// True when the string has an ASCII digit.
  var hasDigit: Bool { utf8.contains { $0 >= 0x30 && $0 <= 0x39 } }

  /// The words of the string, split at whitespace.
  var words: [Substring] { split(whereSeparator: \.isWhitespace) }
}
