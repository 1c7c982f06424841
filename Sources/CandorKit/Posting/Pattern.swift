import Foundation

/// A compiled regular expression with the few match helpers the posting readers use.
struct Pattern: Sendable {
  private let regex: NSRegularExpression

  /// Compiles `source`; patterns are constants in this module, so a bad one is a bug.
  init(_ source: String, caseSensitive: Bool = false) {
    let options: NSRegularExpression.Options = caseSensitive ? [] : [.caseInsensitive]
    regex = try! NSRegularExpression(pattern: source, options: options)
  }

  /// Joins `parts` into one pattern, so a long expression reads one piece a line.
  init(joining parts: [String], caseSensitive: Bool = false) {
    self.init(parts.joined(), caseSensitive: caseSensitive)
  }

  /// "(?:a|b|c)": any one of `words`, for patterns built from word lists.
  static func anyOf(_ words: [String]) -> String {
    "(?:" + words.joined(separator: "|") + ")"
  }

  func matches(_ text: String) -> Bool {
    regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
  }

  /// The capture groups of the first match ("" for a group that did not take part).
  func groups(in text: String) -> [String]? {
    let range = NSRange(text.startIndex..., in: text)
    return regex.firstMatch(in: text, range: range).map { Self.captures($0, in: text) }
  }

  /// The capture groups of every match.
  func allGroups(in text: String) -> [[String]] {
    let range = NSRange(text.startIndex..., in: text)
    return regex.matches(in: text, range: range).map { Self.captures($0, in: text) }
  }

  /// The range of the whole first match.
  func firstRange(in text: String) -> Range<String.Index>? {
    let range = NSRange(text.startIndex..., in: text)
    return regex.firstMatch(in: text, range: range).flatMap { Range($0.range, in: text) }
  }

  func replacing(in text: String, with template: String) -> String {
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
  var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }

  /// The string without surrounding whitespace and the punctuation that often trails a
  /// value ("Acme," → "Acme").
  var trimmedValue: String {
    trimmingCharacters(
      in: CharacterSet.whitespacesAndNewlines.union(.init(charactersIn: ",;:|-–—")))
  }

  /// Lowercased letters and digits only, single-spaced: for comparing names loosely.
  var folded: String {
    let mapped = lowercased().folding(options: .diacriticInsensitive, locale: nil).map {
      $0.isLetter || $0.isNumber ? $0 : " "
    }
    return String(mapped).split(separator: " ").joined(separator: " ")
  }

  /// The words of the string, split at whitespace.
  var words: [Substring] { split(whereSeparator: \.isWhitespace) }
}
