import Foundation

/// Reading loosely typed JSON values.
enum JSONValue {
  static func string(_ value: Any?) -> String? {
    switch value {
    case let text as String: return text.trimmed.isEmpty ? nil : text.trimmed
    case let number as NSNumber: return number.stringValue
    default: return nil
    }
  }

  /// A string, or the `name` of an object ("hiringOrganization": {"name": "Acme"}).
  static func name(_ value: Any?) -> String? {
    if let object = value as? [String: Any] { return string(object["name"]) }
    if let array = value as? [Any] { return array.lazy.compactMap(name).first }
    return string(value)
  }

  static func number(_ value: Any?) -> Double? {
    switch value {
    case let number as NSNumber: return number.doubleValue
    case let text as String: return Double(text.replacingOccurrences(of: ",", with: ""))
    default: return nil
    }
  }
}
