/// Marks where a capitalised word or an acronym runs into a word that opens a list item
/// ("PinterestLoves", "SQLThe", "teamsManaging"), in one scan of the line's scalars.
///
/// It inserts U+001E exactly where the expression
/// `(\b[A-Z][a-z’']{2,}|\b[A-Z]{2,})(?=(?:Starter…)\b|[A-Z][a-z]{3,}ing\b)` replaced with
/// "$1\u{1E}" would, with ICU's word boundaries, at a small part of its cost.
enum ItemStarterSplit {
  static func marking(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    let marks = self.marks(scalars)
    return marks.isEmpty ? text : GluedText.string(GluedText.inserting(marks, into: scalars))
  }

  /// The positions in `scalars` before which ``marking(_:)`` inserts U+001E, in order.
  static func marks(_ scalars: [Unicode.Scalar]) -> [Int] {
    var marks: [Int] = []
    var index = 0
    while index < scalars.count {
      defer { index += 1 }
      guard isUpper(scalars[index]), ICUWordBoundary.startsWord(scalars, at: index),
        let split = splitPoint(scalars, wordAt: index)
      else { continue }
      marks.append(split)
      index = split - 1
    }
    return marks
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
    guard end == scalars.count || !ICUWordBoundary.isWordOrExtending(scalars[end]) else {
      return false
    }
    let word = String(String.UnicodeScalarView(scalars[start..<end]))
    return starters.contains(word) || (end - start >= 7 && word.hasSuffix("ing"))
  }

  private static let starters = Set(LineRepair.itemStarters)

  private static func isUpper(_ scalar: Unicode.Scalar) -> Bool { ("A"..."Z").contains(scalar) }
  private static func isLower(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) }
  private static func isLowerOrApostrophe(_ scalar: Unicode.Scalar) -> Bool {
    isLower(scalar) || scalar == "'" || scalar == "’"
  }
}
