import Foundation

/// How violations name fields and values: one place for the wording of every message.
extension JSONSchema {
  /// `basics` + `name` → `basics.name`; names that are not identifiers are quoted:
  /// `meta["last modified"]`.
  static func child(_ path: String, _ key: String) -> String {
    let isIdentifier =
      !key.isEmpty && key.first?.isNumber == false
      && key.unicodeScalars.allSatisfy {
        $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "_" || $0 == "$")
      }
    if isIdentifier { return path.isEmpty ? key : path + "." + key }
    let escaped = key.replacingOccurrences(of: "\\", with: "\\\\")
      .replacingOccurrences(of: "\"", with: "\\\"")
    return path + "[\"\(escaped)\"]"
  }

  static func element(_ path: String, _ index: Int) -> String {
    path + "[\(index)]"
  }

  /// The kind of a value, with the value itself when short: "null", "the number 3",
  /// "the string 'x'", "an object".
  static func describe(_ value: JSONNode) -> String {
    switch value {
    case .null: return "null"
    case .bool(let flag): return flag ? "true" : "false"
    case .number(let number): return "the number \(format(number))"
    case .string: return "the string \(preview(value))"
    case .array: return "an array"
    case .object: return "an object"
    }
  }

  /// A short rendering of a value for messages: strings in single quotes, cut at 40 characters.
  static func preview(_ value: JSONNode) -> String {
    switch value {
    case .null: return "null"
    case .bool(let flag): return flag ? "true" : "false"
    case .number(let number): return format(number)
    case .string(let text):
      let flat = text.replacingOccurrences(of: "\n", with: "\\n")
      return "'" + (flat.count > 40 ? flat.prefix(40) + "…" : flat) + "'"
    case .array(let elements): return elements.isEmpty ? "[]" : "[…]"
    case .object(let object): return object.count == 0 ? "{}" : "{…}"
    }
  }

  static func typeWithArticle(_ name: String) -> String {
    switch name {
    case "null": return "null"
    case "array", "object", "integer": return "an \(name)"
    default: return "a \(name)"
    }
  }

  /// `["a", "b", "c"]` → "a, b or c".
  static func list(_ items: [String], joinedBy conjunction: String) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items.last!
  }

  /// "1 item", "3 items".
  static func count(_ number: Double, _ noun: String) -> String {
    "\(format(number)) \(noun)\(number == 1 ? "" : "s")"
  }

  /// Whole numbers without a decimal point; others as Swift prints them.
  static func format(_ number: Double) -> String {
    if number.rounded() == number, abs(number) < 1e15 { return String(Int(number)) }
    return String(number)
  }
}

/// Checks for the `format` values a resume uses, when formats are asserted.
enum SchemaFormat {
  /// Why `text` is not a valid `format`, or nil when it is (or the format is unknown).
  static func problem(with text: String, format: String) -> String? {
    switch format {
    case "email":
      return email.matches(text) ? nil : "is not an email address"
    case "uri":
      return uri.matches(text)
        ? nil : "is not an absolute URI (such as https://example.com)"
    case "date":
      return isCalendarDate(text) ? nil : "is not a date in the form YYYY-MM-DD"
    case "date-time":
      return dateTime.matches(text) && isCalendarDate(String(text.prefix(10)))
        ? nil : "is not a date and time such as 2024-05-01T09:30:00Z"
    default:
      return nil
    }
  }

  private static let email = Pattern(#"^[^@\s]+@[^@\s]+$"#, caseSensitive: true)
  private static let uri = Pattern(#"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s]*$"#, caseSensitive: true)
  private static let dateTime = Pattern(
    #"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$"#,
    caseSensitive: true)
  private static let calendarDate = Pattern(#"^\d{4}-\d{2}-\d{2}$"#, caseSensitive: true)

  private static func isCalendarDate(_ text: String) -> Bool {
    let parts = text.split(separator: "-").compactMap { Int($0) }
    guard calendarDate.matches(text), parts.count == 3 else { return false }
    let days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    guard (1...12).contains(parts[1]) else { return false }
    return (1...days[parts[1] - 1]).contains(parts[2])
  }
}
