/// A JSON value as the syntax checker reads it, with object members kept in document order.
package enum JSONNode: Sendable, Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONNode])
  case object(JSONObject)

  /// The object's member `key`, or nil when this is not an object or has no such member.
  package subscript(key: String) -> JSONNode? {
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
  private var values: [String: JSONNode] = [:]

  package init() {}

  package subscript(key: String) -> JSONNode? { values[key] }

  package var count: Int { keys.count }

  /// The members in document order; a repeated name keeps its first position and last value.
  package var members: [(key: String, value: JSONNode)] {
    keys.map { ($0, values[$0]!) }
  }

  package mutating func set(_ key: String, _ value: JSONNode) {
    if values.updateValue(value, forKey: key) == nil { keys.append(key) }
  }

  /// Objects are equal when they have the same members, whatever their order.
  package static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
    lhs.values == rhs.values
  }
}
