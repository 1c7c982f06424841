/// A JSON value as the syntax checker reads it, with object members kept in document order.
package enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object(JSONObject)

  /// The object's member `key`, or nil when this is not an object or has no such member.
  package subscript(key: String) -> JSONValue? {
    if case .object(let object) = self { return object[key] }
    return nil
  }

  package var stringValue: String? {
    if case .string(let text) = self { return text }
    return nil
  }
}

/// A JSON object: members by name, and the order in which the names first appear.
package struct JSONObject: Sendable, Equatable {
  package private(set) var keys: [String] = []
  private var values: [String: JSONValue] = [:]

  package init() {}

  package subscript(key: String) -> JSONValue? { values[key] }

  package var count: Int { keys.count }

  /// The members in document order; a repeated name keeps its first position and last value.
  package var members: [(key: String, value: JSONValue)] {
    keys.map { ($0, values[$0]!) }
  }

  package mutating func set(_ key: String, _ value: JSONValue) {
    if values.updateValue(value, forKey: key) == nil { keys.append(key) }
  }

  /// Objects are equal when they have the same members, whatever their order.
  package static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
    lhs.values == rhs.values
  }
}
