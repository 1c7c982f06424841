/// Finds a name in text ignoring case, as a whole word: what the regular expression
/// `(?<![\w])NAME(?![\w])` with case-insensitive matching finds, searched on bytes.
///
/// Byte comparison gives the expression's answer only when the name is ASCII and no other
/// scalar of the text has a case folding (such as "ſ", "K" or "ß", which fold to ASCII
/// letters); ``init(_:)`` checks the text once and ``occurrences(of:)`` says nil otherwise.
struct WholeWordSearch {
  let text: String
  /// True when no non-ASCII scalar of the text changes under case folding.
  private let foldsAsASCII: Bool

  init(_ text: String) {
    self.text = text
    foldsAsASCII = text.unicodeScalars.allSatisfy {
      $0.isASCII || !$0.properties.changesWhenCaseFolded
    }
  }

  /// Every occurrence of `name`, as spelled in the text, in order; nil when bytes cannot
  /// decide (see the type's summary).
  func occurrences(of name: String) -> [String]? {
    let needle = Array(name.utf8).map(Self.folded)
    guard foldsAsASCII, !needle.isEmpty, needle.allSatisfy({ $0 < 0x80 }) else { return nil }
    var text = text
    return text.withUTF8 { bytes in
      var found: [String] = []
      var start = 0
      while start + needle.count <= bytes.count {
        if Self.matches(needle, bytes, at: start),
          !Self.isWordScalar(before: start, in: bytes),
          !Self.isWordScalar(at: start + needle.count, in: bytes)
        {
          let end = start + needle.count
          found.append(
            String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
          start = end
        } else {
          start += 1
        }
      }
      return found
    }
  }

  private static func matches(_ needle: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, at start: Int)
    -> Bool
  {
    for offset in needle.indices where folded(bytes[start + offset]) != needle[offset] {
      return false
    }
    return true
  }

  private static func folded(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
  }

  /// True when the scalar ending just before byte `offset` is a word character.
  private static func isWordScalar(before offset: Int, in bytes: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    guard offset > 0 else { return false }
    var start = offset - 1
    while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return isWordScalar(at: start, in: bytes)
  }

  /// True when the scalar starting at byte `offset` is a word character: a letter, mark,
  /// decimal digit, connector such as "_", or a zero-width joiner or non-joiner.
  private static func isWordScalar(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard offset < bytes.count else { return false }
    let byte = bytes[offset]
    if byte < 0x80 {
      return (0x61...0x7A).contains(byte | 0x20) || (0x30...0x39).contains(byte) || byte == 0x5F
    }
    var end = offset + 1
    while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
    let scalars = String(
      decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self
    )
    .unicodeScalars
    guard let scalar = scalars.first else { return false }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation:
      return true
    default:
      return scalar.properties.isAlphabetic || scalar.value == 0x200C || scalar.value == 0x200D
    }
  }
}
