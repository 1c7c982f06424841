/// ICU's `\w` and `\b` as NSRegularExpression applies them by default (without Unicode word
/// boundaries), for scans that stand in for an expression and must agree with it exactly.
enum ICUWordBoundary {
  /// `\b` before the word character at `index`: the character before it, passing over
  /// combining marks and format characters, is not a word character.
  static func startsWord(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
    var previous = index - 1
    while previous >= 0, isExtending(scalars[previous]) { previous -= 1 }
    return previous < 0 || !isWord(scalars[previous])
  }

  /// After a letter, ICU finds no boundary before a word character or a combining mark.
  static func isWordOrExtending(_ scalar: Unicode.Scalar) -> Bool {
    isExtending(scalar) || isWord(scalar)
  }

  /// A combining mark or format character, which `\b` looks past.
  static func isExtending(_ scalar: Unicode.Scalar) -> Bool {
    !scalar.isASCII
      && (scalar.properties.isGraphemeExtend || scalar.properties.generalCategory == .format)
  }

  /// ICU's `\w`: letters, marks, decimal digits, connector punctuation, ZWNJ and ZWJ.
  static func isWord(_ scalar: Unicode.Scalar) -> Bool {
    guard !scalar.isASCII else {
      return ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar)
        || ("0"..."9").contains(scalar) || scalar == "_"
    }
    let properties = scalar.properties
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation:
      return true
    default:
      return properties.isAlphabetic || scalar.value == 0x200C || scalar.value == 0x200D
    }
  }
}
