/// Character classes for Unicode scalars with an ASCII fast path: letters are mostly ASCII,
/// and Unicode property lookups cost far more than a range check.
enum ScalarClass {
  @inline(__always)
  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return (value | 0x20) &- 0x61 < 26 }
    return scalar.properties.isAlphabetic
  }

  @inline(__always)
  static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value &- 0x30 < 10 }
    return scalar.properties.numericType != nil
  }

  @inline(__always)
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
    return scalar.properties.isWhitespace
  }

  @inline(__always)
  static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value &- 0x41 < 26 }
    return scalar.properties.isUppercase
  }

  @inline(__always)
  static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value &- 0x61 < 26 }
    return scalar.properties.isLowercase
  }

  /// Letters, digits and combining marks: what words are made of.
  @inline(__always)
  static func isWord(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 { return isLetter(scalar) || isDigit(scalar) }
    let properties = scalar.properties
    return properties.isAlphabetic || properties.numericType != nil
      || properties.generalCategory == .nonspacingMark
  }

  /// True when `needle` (lowercase ASCII) occurs in `text`, ignoring ASCII case.
  static func containsFolded(_ text: Substring, _ needle: String) -> Bool {
    let pattern = Array(needle.utf8)
    let bytes = Array(text.utf8)
    guard let first = pattern.first, bytes.count >= pattern.count else { return false }
    var start = 0
    while start + pattern.count <= bytes.count {
      if bytes[start] | 0x20 == first,
        (1..<pattern.count).allSatisfy({ bytes[start + $0] | 0x20 == pattern[$0] })
      {
        return true
      }
      start += 1
    }
    return false
  }
}
