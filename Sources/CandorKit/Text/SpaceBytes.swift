/// Whitespace told from UTF-8 bytes, as `Unicode.Scalar.Properties.isWhitespace` tells it
/// from scalars, without decoding: a statement is checked on every letter, and walking its
/// scalars costs several times more than its bytes.
enum SpaceBytes {
  /// True when every whitespace scalar in `bytes` (valid UTF-8) is one ASCII space between
  /// two other scalars, as `ClauseBuilder.isSingleSpaced` asks; true for no bytes.
  static func isSingleSpaced(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var previousIsSpace = true
    for index in bytes.indices {
      let byte = bytes[index]
      // A continuation byte belongs to the scalar its lead byte has already classed.
      guard byte < 0x80 || byte >= 0xC0 else { continue }
      let isSpace = byte < 0x80 ? isASCIISpace(byte) : startsWideSpace(bytes, at: index)
      if isSpace && (previousIsSpace || byte != 0x20) { return false }
      previousIsSpace = isSpace
    }
    return !previousIsSpace || bytes.isEmpty
  }

  /// Space, tab, line feed, vertical tab, form feed and carriage return.
  @inline(__always)
  static func isASCIISpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte &- 0x09 < 5
  }

  /// True when the scalar whose lead byte is at `index` is one of the White_Space scalars
  /// above ASCII: U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F
  /// and U+3000.
  static func startsWideSpace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    func byte(_ offset: Int) -> UInt8 {
      index + offset < bytes.count ? bytes[index + offset] : 0
    }
    switch bytes[index] {
    case 0xC2: return byte(1) == 0x85 || byte(1) == 0xA0
    case 0xE1: return byte(1) == 0x9A && byte(2) == 0x80
    case 0xE2:
      let (second, third) = (byte(1), byte(2))
      if second == 0x81 { return third == 0x9F }
      return second == 0x80 && (third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF)
    case 0xE3: return byte(1) == 0x80 && byte(2) == 0x80
    default: return false
    }
  }
}
