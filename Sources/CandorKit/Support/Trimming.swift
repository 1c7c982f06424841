import Foundation

/// Trimming that stays in Swift strings.
///
/// `trimmingCharacters(in:)` copies the string to UTF-16 and back through `NSString`, which
/// costs more than the rest of a short line's handling; readers trim nearly every line.
/// Each method here removes exactly what its `CharacterSet` counterpart removes.
extension StringProtocol {
  /// The same as `trimmingCharacters(in: .whitespaces)`.
  func trimmingSpaces() -> String { trimming(where: TrimSet.isSpace) }

  /// The same as `trimmingCharacters(in: .whitespacesAndNewlines)`.
  func trimmingWhitespace() -> String { trimming(where: TrimSet.isSpaceOrNewline) }

  /// The same as `trimmingCharacters(in: .punctuationCharacters)`.
  func trimmingPunctuation() -> String { trimming(where: TrimSet.isPunctuation) }

  /// The same as `trimmingCharacters(in: CharacterSet(charactersIn: characters))`.
  func trimming(charactersIn characters: String) -> String {
    let set = Array(characters.unicodeScalars)
    return trimming(where: { set.contains($0) })
  }

  /// The string without the scalars at either end for which `isTrimmed` is true.
  func trimming(where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
    if let string = self as? String { return TrimSet.trim(string[...], where: isTrimmed) }
    if let substring = self as? Substring { return TrimSet.trim(substring, where: isTrimmed) }
    return TrimSet.trim(String(self)[...], where: isTrimmed)
  }
}

extension TrimSet {
  /// `text` without the scalars at either end for which `isTrimmed` is true.
  static func trim(_ text: Substring, where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
    let utf8 = text.utf8
    if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80,
      !isTrimmed(Unicode.Scalar(first)), !isTrimmed(Unicode.Scalar(last))
    {
      return String(text)
    }
    let scalars = text.unicodeScalars
    guard let start = scalars.firstIndex(where: { !isTrimmed($0) }),
      let end = scalars.lastIndex(where: { !isTrimmed($0) })
    else { return "" }
    return String(Substring(scalars[start...end]))
  }
}

/// Membership tests matching Foundation's predefined character sets.
enum TrimSet {
  /// `CharacterSet.whitespaces`: space separators, tab and zero-width space.
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20, 0x09: return true
    case 0..<0xA0: return false
    case 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
  }

  /// `CharacterSet.whitespacesAndNewlines`.
  static func isSpaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
    default: return isSpace(scalar)
    }
  }

  /// `CharacterSet.punctuationCharacters`: general category P*, asking Foundation only
  /// outside ASCII (its Unicode version differs from the standard library's).
  static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let value = scalar.value
      return (0x21...0x23).contains(value) || (0x25...0x2A).contains(value)
        || (0x2C...0x2F).contains(value) || value == 0x3A || value == 0x3B || value == 0x3F
        || value == 0x40 || (0x5B...0x5D).contains(value) || value == 0x5F || value == 0x7B
        || value == 0x7D
    }
    return CharacterSet.punctuationCharacters.contains(scalar)
  }
}

extension StringProtocol {
  /// `count <= limit`, walking no further than `limit` characters: a long line need not be
  /// counted to its end, and one of `limit` bytes or fewer is not walked at all.
  func hasAtMostCharacters(_ limit: Int) -> Bool {
    utf8.count <= limit || dropFirst(limit).isEmpty
  }
}
