import Foundation

/// Parses JSON text, reporting syntax errors with the line and column a person can find.
///
/// The reader is strict RFC 8259: no comments, no trailing commas, no single quotes, no
/// unescaped control characters, no unpaired surrogates, at most 512 levels of nesting.
public enum JSONSyntax {
  /// Returns the parsed value (dictionaries, arrays, strings, numbers, booleans, NSNull),
  /// typed as `JSONSerialization` types them.
  public static func parse(_ text: String, name: String) throws(CandorError) -> Any {
    foundationValue(try tree(text, name: name))
  }

  /// Parses `text` into a ``JSONNode``, or throws `invalidJSON` at the first fault.
  package static func tree(_ text: String, name: String) throws(CandorError) -> JSONNode {
    var scanner = JSONScanner(text)
    do {
      return try scanner.document()
    } catch {
      let (line, column) = location(of: error.offset, in: scanner.bytes)
      throw .invalidJSON(path: name, line: line, column: column, reason: error.reason)
    }
  }

  /// The 1-based line and column of the byte at `offset`.
  ///
  /// Lines end at LF, CRLF or a lone CR; columns count characters (Unicode scalars), so a
  /// fault after "é" is one column further, not two.
  static func location(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    var index = 0
    let end = min(offset, bytes.count)
    while index < end {
      let byte = bytes[index]
      let isCRBeforeLF = byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A
      if byte == 0x0A || (byte == 0x0D && !isCRBeforeLF) {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 && !isCRBeforeLF {
        column += 1
      }
      index += 1
    }
    return (line, column)
  }

  /// The value as `JSONSerialization` would return it: NSNumber for numbers and booleans.
  static func foundationValue(_ value: JSONNode) -> Any {
    switch value {
    case .null: return NSNull()
    case .bool(let flag): return NSNumber(value: flag)
    case .number(let number):
      if number.rounded() == number, abs(number) < 9e15 { return NSNumber(value: Int(number)) }
      return NSNumber(value: number)
    case .string(let text): return text
    case .array(let elements): return elements.map(foundationValue)
    case .object(let object):
      var dictionary: [String: Any] = [:]
      for (key, member) in object.members { dictionary[key] = foundationValue(member) }
      return dictionary
    }
  }
}
