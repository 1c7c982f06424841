/// Marks where a capitalised word or an acronym runs into a word that opens a list item
/// ("PinterestLoves", "SQLThe", "teamsManaging"), in one scan of the line's scalars.
///
/// It inserts U+001E exactly where the expression
/// `(\b[A-Z][a-z’']{2,}|\b[A-Z]{2,})(?=(?:Starter…)\b|[A-Z][a-z]{3,}ing\b)` replaced with
/// "$1\u{1E}" would, with ICU's word boundaries, at a small part of its cost.
enum ItemStarterSplit {
  static func marking(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    var result = String.UnicodeScalarView()
    var copied = 0
    var index = 0
    while index < scalars.count {
      defer { index += 1 }
      guard isUpper(scalars[index]), startsWord(scalars, at: index),
        let split = splitPoint(scalars, wordAt: index)
      else { continue }
      result.append(contentsOf: scalars[copied..<split])
      result.append("\u{1E}")
      copied = split
      index = split - 1
    }
    guard copied > 0 else { return text }
    result.append(contentsOf: scalars[copied...])
    return String(result)
  }

  /// Where the word starting at `start` ends before a word that opens an item, if it does:
  /// after a capitalised word, or before the last capital of an acronym ("SQL|The").
  private static func splitPoint(_ scalars: [Unicode.Scalar], wordAt start: Int) -> Int? {
    var end = start + 1
    if end < scalars.count, isLowerOrApostrophe(scalars[end]) {
      while end < scalars.count, isLowerOrApostrophe(scalars[end]) { end += 1 }
      return end - start >= 3 && opensItem(scalars, at: end) ? end : nil
    }
    while end < scalars.count, isUpper(scalars[end]) { end += 1 }
    return end - start >= 3 && opensItem(scalars, at: end - 1) ? end - 1 : nil
  }

  /// True when a starter word (``LineRepair/itemStarters``) or a capitalised "-ing" word of
  /// seven letters or more begins at `start` and ends at a word boundary.
  private static func opensItem(_ scalars: [Unicode.Scalar], at start: Int) -> Bool {
    guard start < scalars.count, isUpper(scalars[start]) else { return false }
    var end = start + 1
    while end < scalars.count, isLower(scalars[end]) { end += 1 }
    guard end == scalars.count || !isWordOrExtending(scalars[end]) else { return false }
    let word = String(String.UnicodeScalarView(scalars[start..<end]))
    return starters.contains(word) || (end - start >= 7 && word.hasSuffix("ing"))
  }

  private static let starters = Set(LineRepair.itemStarters)

  /// ICU's `\b` before a word character: the character before it, passing over combining
  /// marks and format characters, is not a word character.
  private static func startsWord(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
    var previous = index - 1
    while previous >= 0, isExtending(scalars[previous]) { previous -= 1 }
    return previous < 0 || !isWord(scalars[previous])
  }

  /// After a letter, ICU finds no boundary before a word character or a combining mark.
  private static func isWordOrExtending(_ scalar: Unicode.Scalar) -> Bool {
    isExtending(scalar) || isWord(scalar)
  }

  private static func isExtending(_ scalar: Unicode.Scalar) -> Bool {
    !scalar.isASCII
      && (scalar.properties.isGraphemeExtend || scalar.properties.generalCategory == .format)
  }

  /// ICU's `\w`: letters, marks, decimal digits, connector punctuation, ZWNJ and ZWJ.
  private static func isWord(_ scalar: Unicode.Scalar) -> Bool {
    guard !scalar.isASCII else {
      return isUpper(scalar) || isLower(scalar) || ("0"..."9").contains(scalar) || scalar == "_"
    }
    let properties = scalar.properties
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation:
      return true
    default:
      return properties.isAlphabetic || scalar.value == 0x200C || scalar.value == 0x200D
    }
  }

  private static func isUpper(_ scalar: Unicode.Scalar) -> Bool { ("A"..."Z").contains(scalar) }
  private static func isLower(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) }
  private static func isLowerOrApostrophe(_ scalar: Unicode.Scalar) -> Bool {
    isLower(scalar) || scalar == "'" || scalar == "’"
  }
}
