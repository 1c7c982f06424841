import Foundation

/// Strings and numbers, the two tokens with inner structure.
extension JSONScanner {
  /// Reads a string starting at its opening quote and returns its decoded text.
  mutating func string() throws(Fault) -> String {
    let open = offset
    offset += 1
    var start = offset
    var decoded: [UInt8] = []
    var hasEscapes = false
    while offset < bytes.count {
      switch bytes[offset] {
      case UInt8(ascii: "\""):
        defer { offset += 1 }
        guard hasEscapes else { return String(decoding: bytes[start..<offset], as: UTF8.self) }
        decoded += bytes[start..<offset]
        return String(decoding: decoded, as: UTF8.self)
      case UInt8(ascii: "\\"):
        decoded += bytes[start..<offset]
        hasEscapes = true
        try escape(into: &decoded)
        start = offset
      case 0x0A, 0x0D:
        throw Fault(offset: open, reason: "unterminated string: no closing '\"' on this line")
      case 0x00..<0x20:
        throw Fault(offset: offset, reason: "\(describe(offset)) must be escaped in a string")
      default:
        offset += 1
      }
    }
    throw Fault(offset: open, reason: "unterminated string: no closing '\"' before the end")
  }

  /// The byte each one-letter escape stands for (`\n` is a line feed).
  private static let simpleEscapes: [UInt8: UInt8] = [
    UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F,
    UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A,
    UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
  ]

  private mutating func escape(into decoded: inout [UInt8]) throws(Fault) {
    let backslash = offset
    offset += 1
    guard let byte = peek() else {
      throw Fault(offset: backslash, reason: "unterminated string: it ends with '\\'")
    }
    if let replacement = Self.simpleEscapes[byte] {
      decoded.append(replacement)
      offset += 1
      return
    }
    guard byte == UInt8(ascii: "u") else {
      throw Fault(offset: backslash, reason: "invalid escape: '\\' followed by \(describe(offset))")
    }
    offset += 1
    let scalar = try unicodeEscape(startingAt: backslash)
    decoded += Array(String(Character(scalar)).utf8)
  }

  /// Reads the digits of `\uXXXX`, joining a surrogate pair into one scalar.
  private mutating func unicodeEscape(startingAt backslash: Int) throws(Fault) -> Unicode.Scalar {
    let unit = try hexDigits(after: backslash)
    let unpaired = Fault(
      offset: backslash, reason: "unpaired surrogate '\\u\(Self.hex(unit))' in a string")
    switch unit {
    case 0xD800...0xDBFF:
      guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"),
        bytes[offset + 1] == UInt8(ascii: "u")
      else { throw unpaired }
      let second = offset
      offset += 2
      let low = try hexDigits(after: second)
      guard (0xDC00...0xDFFF).contains(low) else { throw unpaired }
      return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))!
    case 0xDC00...0xDFFF:
      throw unpaired
    default:
      return Unicode.Scalar(unit)!
    }
  }

  private mutating func hexDigits(after backslash: Int) throws(Fault) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let byte = peek(), let digit = Character(Unicode.Scalar(byte)).hexDigitValue else {
        throw Fault(offset: backslash, reason: "expected four hex digits after '\\u'")
      }
      value = value * 16 + UInt32(digit)
      offset += 1
    }
    return value
  }

  /// Reads a number: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
  mutating func number() throws(Fault) -> JSONNode {
    let start = offset
    if peek() == UInt8(ascii: "-") { offset += 1 }
    guard let first = peek(), isDigit(first) else {
      throw Fault(offset: offset, reason: "expected a digit after '-', found \(describe(offset))")
    }
    offset += 1
    if first == UInt8(ascii: "0"), let next = peek(), isDigit(next) {
      throw Fault(offset: start, reason: "numbers must not have a leading zero")
    }
    skipDigits()
    if peek() == UInt8(ascii: ".") {
      offset += 1
      try requireDigit("after the decimal point")
    }
    if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
      offset += 1
      if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { offset += 1 }
      try requireDigit("in the exponent")
    }
    let text = String(decoding: bytes[start..<offset], as: UTF8.self)
    guard let value = Double(text), value.isFinite else {
      throw Fault(offset: start, reason: "the number \(text.prefix(40)) is too large")
    }
    return .number(value)
  }

  private mutating func requireDigit(_ place: String) throws(Fault) {
    guard let byte = peek(), isDigit(byte) else {
      throw Fault(offset: offset, reason: "expected a digit \(place), found \(describe(offset))")
    }
    skipDigits()
  }

  private mutating func skipDigits() {
    while let byte = peek(), isDigit(byte) { offset += 1 }
  }

  private func isDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }
}
