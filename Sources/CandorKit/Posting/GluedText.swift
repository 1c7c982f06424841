/// Finds where words or list items were glued together, each rule in one scan of a line's
/// scalars: U+001E goes exactly where the ICU expression quoted on each rule, replaced with
/// "$1\u{1E}", would put it, at a small part of its cost.
enum GluedText {
  /// `(\b[a-z][a-z’']{2,})(?=[A-Z](?:[a-z’']|\+))`: a lowercase word of three letters or
  /// more glued to a capitalised one ("a plus|Weekend", "details|Zendesk").
  static func words(_ scalars: [Unicode.Scalar]) -> [Int] {
    var marks: [Int] = []
    var index = 0
    while index < scalars.count {
      guard isLower(scalars[index]), ICUWordBoundary.startsWord(scalars, at: index) else {
        index += 1
        continue
      }
      // The run ends before a capital only at its full length, so no shorter run can match.
      var end = index + 1
      while end < scalars.count, isLowerOrApostrophe(scalars[end]) { end += 1 }
      if end - index >= 3, end + 1 < scalars.count, isUpper(scalars[end]),
        isLowerOrApostrophe(scalars[end + 1]) || scalars[end + 1] == "+"
      {
        marks.append(end)
        index = end
      } else {
        index += 1
      }
    }
    return marks
  }

  /// `([a-z0-9][.!?:)]{1,2})(?=[A-Z][a-z])`: a stop, colon or ")" glued to the next
  /// capitalised word ("skills.|The", "Austin:|Remote").
  static func stopsBeforeCapitals(_ scalars: [Unicode.Scalar]) -> [Int] {
    var marks: [Int] = []
    for index in scalars.indices where isLower(scalars[index]) || isDigit(scalars[index]) {
      var end = index + 1
      while end < scalars.count, end - index <= 2, isStop(scalars[end]) { end += 1 }
      if end > index + 1, end + 1 < scalars.count, isUpper(scalars[end]),
        isLower(scalars[end + 1])
      {
        marks.append(end)
      }
    }
    return marks
  }

  /// `([a-z])(?=[A-Z]{2,}[A-Z /&]*:)`: a word glued to a capitalised label
  /// ("details|REQUIREMENTS:").
  static func capitalLabels(_ scalars: [Unicode.Scalar]) -> [Int] {
    var marks: [Int] = []
    for index in scalars.indices where isLower(scalars[index]) {
      guard index + 2 < scalars.count, isUpper(scalars[index + 1]), isUpper(scalars[index + 2])
      else { continue }
      var end = index + 3
      while end < scalars.count, isLabelLetter(scalars[end]) { end += 1 }
      if end < scalars.count, scalars[end] == ":" { marks.append(index + 1) }
    }
    return marks
  }

  /// `scalars` with U+001E inserted before each of `marks`, which are in increasing order.
  static func inserting(_ marks: [Int], into scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
    guard !marks.isEmpty else { return scalars }
    var result: [Unicode.Scalar] = []
    result.reserveCapacity(scalars.count + marks.count)
    var copied = 0
    for mark in marks {
      result.append(contentsOf: scalars[copied..<mark])
      result.append("\u{1E}")
      copied = mark
    }
    result.append(contentsOf: scalars[copied...])
    return result
  }

  /// The text of `scalars`, encoded once.
  static func string<Scalars: Collection<Unicode.Scalar>>(_ scalars: Scalars) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(scalars.count)
    for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func isUpper(_ scalar: Unicode.Scalar) -> Bool { ("A"..."Z").contains(scalar) }
  private static func isLower(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) }
  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
  private static func isLowerOrApostrophe(_ scalar: Unicode.Scalar) -> Bool {
    isLower(scalar) || scalar == "'" || scalar == "’"
  }
  private static func isStop(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "." || scalar == "!" || scalar == "?" || scalar == ":" || scalar == ")"
  }
  private static func isLabelLetter(_ scalar: Unicode.Scalar) -> Bool {
    isUpper(scalar) || scalar == " " || scalar == "/" || scalar == "&"
  }
}

/// A line's scalars as the glued-text rules mark them one after another.
struct MarkedText {
  private(set) var scalars: [Unicode.Scalar]
  private(set) var isChanged = false

  init(_ text: String) {
    scalars = Array(text.unicodeScalars)
  }

  /// Inserts U+001E before each position `rule` finds.
  mutating func insert(_ rule: ([Unicode.Scalar]) -> [Int]) {
    let marks = rule(scalars)
    guard !marks.isEmpty else { return }
    scalars = GluedText.inserting(marks, into: scalars)
    isChanged = true
  }

  /// Replaces `pattern`'s matches with `template`, for the rules no scan stands in for.
  mutating func replace(_ pattern: Pattern, with template: String) {
    let text = GluedText.string(scalars)
    let replaced = pattern.replacing(in: text, with: template)
    guard replaced != text else { return }
    scalars = Array(replaced.unicodeScalars)
    isChanged = true
  }
}
