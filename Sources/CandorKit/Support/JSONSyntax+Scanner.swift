/// A strict RFC 8259 JSON reader that says where and why a document is malformed.
///
/// It reads UTF-8 bytes into a ``JSONNode``. On the first fault it stops and reports the byte
/// offset of the fault and a short reason; ``JSONSyntax`` turns the offset into a line and column.
struct JSONScanner {
  /// A syntax fault: the byte offset where it is and what is wrong there.
  struct Fault: Error, Equatable {
    var offset: Int
    var reason: String
  }

  /// Deeper nesting is refused, as `JSONSerialization` refuses it.
  static let maximumDepth = 512

  let bytes: [UInt8]
  var offset = 0
  private var depth = 0

  init(_ text: String) {
    bytes = Array(text.utf8)
  }

  /// Reads the whole document: one value with only whitespace around it.
  mutating func document() throws(Fault) -> JSONNode {
    skipWhitespace()
    let value = try self.value()
    skipWhitespace()
    guard offset == bytes.count else {
      throw Fault(offset: offset, reason: "unexpected \(describe(offset)) after the JSON value")
    }
    return value
  }

  private mutating func value() throws(Fault) -> JSONNode {
    guard let byte = peek() else {
      throw Fault(offset: offset, reason: "expected a value, found the end of the file")
    }
    switch byte {
    case UInt8(ascii: "{"): return try object()
    case UInt8(ascii: "["): return try array()
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
      return try literal()
    case UInt8(ascii: "/"):
      throw Fault(offset: offset, reason: "comments are not allowed in JSON")
    case UInt8(ascii: "'"):
      throw Fault(offset: offset, reason: "strings must be in double quotes, not single quotes")
    default:
      throw Fault(offset: offset, reason: "expected a value, found \(describe(offset))")
    }
  }

  private mutating func object() throws(Fault) -> JSONNode {
    let open = offset
    try enterContainer()
    var object = JSONObject()
    skipWhitespace()
    if peek() == UInt8(ascii: "}") {
      offset += 1
      depth -= 1
      return .object(object)
    }
    while true {
      skipWhitespace()
      let key = try memberName()
      skipWhitespace()
      guard peek() == UInt8(ascii: ":") else {
        throw Fault(
          offset: offset, reason: "expected ':' after the member name, found \(describe(offset))")
      }
      offset += 1
      skipWhitespace()
      object.set(key, try value())
      skipWhitespace()
      switch peek() {
      case UInt8(ascii: ","):
        try skipComma(before: UInt8(ascii: "}"))
      case UInt8(ascii: "}"):
        offset += 1
        depth -= 1
        return .object(object)
      case nil:
        throw Fault(offset: open, reason: "this '{' is never closed with '}'")
      default:
        throw Fault(offset: offset, reason: "expected ',' or '}' after an object member")
      }
    }
  }

  private mutating func memberName() throws(Fault) -> String {
    switch peek() {
    case UInt8(ascii: "\""):
      return try string()
    case UInt8(ascii: "'"):
      throw Fault(
        offset: offset, reason: "member names must be in double quotes, not single quotes")
    case nil:
      throw Fault(offset: offset, reason: "expected a member name, found the end of the file")
    default:
      throw Fault(
        offset: offset, reason: "expected a member name in double quotes, found \(describe(offset))"
      )
    }
  }

  private mutating func array() throws(Fault) -> JSONNode {
    let open = offset
    try enterContainer()
    var elements: [JSONNode] = []
    skipWhitespace()
    if peek() == UInt8(ascii: "]") {
      offset += 1
      depth -= 1
      return .array(elements)
    }
    while true {
      skipWhitespace()
      elements.append(try value())
      skipWhitespace()
      switch peek() {
      case UInt8(ascii: ","):
        try skipComma(before: UInt8(ascii: "]"))
      case UInt8(ascii: "]"):
        offset += 1
        depth -= 1
        return .array(elements)
      case nil:
        throw Fault(offset: open, reason: "this '[' is never closed with ']'")
      default:
        throw Fault(offset: offset, reason: "expected ',' or ']' after an array element")
      }
    }
  }

  private mutating func enterContainer() throws(Fault) {
    depth += 1
    if depth > Self.maximumDepth {
      throw Fault(offset: offset, reason: "nested deeper than \(Self.maximumDepth) levels")
    }
    offset += 1
  }

  /// Steps over a comma, refusing a trailing comma before the closing `bracket`.
  private mutating func skipComma(before bracket: UInt8) throws(Fault) {
    let comma = offset
    offset += 1
    skipWhitespace()
    if peek() == bracket {
      let name = Character(Unicode.Scalar(bracket))
      throw Fault(offset: comma, reason: "trailing comma before '\(name)'")
    }
  }

  private mutating func literal() throws(Fault) -> JSONNode {
    let start = offset
    while let byte = peek(), isLetter(byte) { offset += 1 }
    switch String(decoding: bytes[start..<offset], as: UTF8.self) {
    case "true": return .bool(true)
    case "false": return .bool(false)
    case "null": return .null
    case let word:
      let shown = word.count > 20 ? String(word.prefix(20)) + "…" : word
      throw Fault(offset: start, reason: "invalid literal '\(shown)'; expected true, false or null")
    }
  }

  /// At least four uppercase hex digits: 0xA0 → "00A0".
  static func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  func peek() -> UInt8? {
    offset < bytes.count ? bytes[offset] : nil
  }

  private func isLetter(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
      || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
  }

  private mutating func skipWhitespace() {
    while let byte = peek(),
      byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    {
      offset += 1
    }
  }

  /// Names the character at `position` for a message: `'x'`, `U+00A0`, or the end of the file.
  func describe(_ position: Int) -> String {
    guard position < bytes.count else { return "the end of the file" }
    var iterator = bytes[position...].makeIterator()
    var parser = Unicode.UTF8.ForwardParser()
    guard case .valid(let encoded) = parser.parseScalar(from: &iterator) else {
      return "an invalid byte"
    }
    let scalar = UTF8.decode(encoded)
    if scalar.properties.generalCategory == .control || scalar.properties.isWhitespace
      || scalar.properties.generalCategory == .format
    {
      return "character U+" + Self.hex(scalar.value)
    }
    return "'\(Character(scalar))'"
  }
}
