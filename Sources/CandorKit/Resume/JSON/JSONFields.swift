import Foundation

/// Reads the fields of one JSON object tolerantly: a field may go by several names
/// (JSON Resume's current one first, then older or foreign ones), spelt in any case or
/// with "_" or "-" ("start_date", "StartDate"); a wrong type is skipped with a note, and
/// keys nobody asked for are reported.
struct JSONFields {
  let object: [String: Any]
  /// The object's JSON Resume path, such as `work[1]`; empty for the root.
  let path: String
  /// The folded forms of the keys readers asked for.
  private var used: Set<String> = []
  /// Each key's folded form, for keys spelt another way than asked.
  private let keysByFolded: [String: String]
  private(set) var notes: [String] = []

  init(_ object: [String: Any], path: String) {
    self.object = object
    self.path = path
    keysByFolded = Dictionary(
      object.keys.map { (Self.folded($0), $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// A text field; numbers are written out, empty text is nil.
  mutating func string(_ keys: String...) -> String? {
    guard let (key, value) = lookup(keys) else { return nil }
    if let text = Self.text(value) { return text.isEmpty ? nil : text }
    // LinkedIn's "company": {"name": "Loop Studio"}: an object named by its "name".
    if let named = value as? [String: Any], let name = named["name"].flatMap(Self.text) {
      return name.isEmpty ? nil : name
    }
    // Old JSON Resume's "email": {"personal": "…"}, "phone": {"mobile": "…"}.
    if let kinds = value as? [String: Any],
      let text = Self.contactKinds.lazy.compactMap({ kinds[$0].flatMap(Self.text) })
        .first(where: { !$0.isEmpty })
    {
      return text
    }
    if !(value is NSNull) { note(key, expected: "text", found: value) }
    return nil
  }

  /// A true/false field; anything else is noted and read as absent.
  mutating func flag(_ key: String) -> Bool? {
    guard let (found, value) = lookup([key]) else { return nil }
    if let number = value as? NSNumber, Self.isBoolean(number) { return number.boolValue }
    if !(value is NSNull) { note(found, expected: "true/false", found: value) }
    return nil
  }

  /// The kinds an old JSON Resume gives an email or phone, the likeliest to answer first.
  private static let contactKinds = ["personal", "mobile", "work", "home", "primary", "other"]

  /// A list of texts; one text is split with `split` ("a, b" or lines).
  mutating func strings(_ keys: String..., split: (String) -> [String] = { [$0] }) -> [String]? {
    strings(keys, split: split)
  }

  mutating func strings(_ keys: [String], split: (String) -> [String]) -> [String]? {
    guard let (key, value) = lookup(keys) else { return nil }
    if let text = Self.text(value) { return nonEmpty(split(text)) }
    guard let list = value as? [Any] else {
      if !(value is NSNull) { note(key, expected: "a list of texts", found: value) }
      return nil
    }
    var result: [String] = []
    for (offset, item) in list.enumerated() {
      if let text = item as? String {
        result.append(text)
      } else if !(item is NSNull) {
        note("\(key)[\(offset)]", expected: "text", found: item)
      }
    }
    return nonEmpty(result)
  }

  /// A nested object.
  mutating func object(_ keys: String...) -> [String: Any]? {
    guard let (key, value) = lookup(keys) else { return nil }
    if let object = value as? [String: Any] { return object }
    if !(value is NSNull) { note(key, expected: "an object", found: value) }
    return nil
  }

  /// A list of values, with the key it was found under.
  mutating func list(_ keys: String...) -> (key: String, items: [Any])? {
    guard let (key, value) = lookup(keys) else { return nil }
    if let list = value as? [Any] { return (key, list) }
    if let object = value as? [String: Any] { return (key, [object]) }
    if !(value is NSNull) { note(key, expected: "a list", found: value) }
    return nil
  }

  /// A date field as ISO 8601, with whether it said "Present"; unreadable dates are noted.
  mutating func date(_ keys: String...) -> (iso: String?, isPresent: Bool) {
    date(keys)
  }

  mutating func date(_ keys: [String]) -> (iso: String?, isPresent: Bool) {
    guard let (key, value) = lookup(keys) else { return (nil, false) }
    // LinkedIn's {"year": 2021, "month": 4}.
    if let parts = value as? [String: Any], let year = (parts["year"] as? NSNumber)?.intValue {
      let month = (parts["month"] as? NSNumber)?.intValue
      let iso = month.map { String(format: "%04d-%02d", year, $0) } ?? String(year)
      return (iso, false)
    }
    guard let text = Self.text(value), !text.isEmpty else {
      if !(value is NSNull), !(value is String) { note(key, expected: "a date", found: value) }
      return (nil, false)
    }
    if DateParser.isPresent(text) { return (nil, true) }
    if let date = DateParser.date(text) { return (date.iso, false) }
    let shown = text.trimming(charactersIn: "-–—_ ")
    notes.append("\(fieldPath(key)): could not read '\(shown)' as a date; left out")
    return (nil, false)
  }

  /// Marks keys as understood without reading them.
  mutating func ignore(_ keys: String...) {
    used.formUnion(keys.map(Self.folded))
  }

  /// True when the object has `key`, spelt any way.
  func has(_ key: String) -> Bool {
    object[key] != nil || keysByFolded[Self.folded(key)] != nil
  }

  /// Notes every key no reader asked for.
  mutating func noteUnknownKeys() {
    for key in object.keys.sorted() where !used.contains(Self.folded(key)) {
      notes.append("unrecognised key '\(fieldPath(key))'")
    }
  }

  mutating func note(_ message: String) {
    notes.append(message)
  }

  func fieldPath(_ key: String) -> String {
    path.isEmpty ? key : "\(path).\(key)"
  }

  private mutating func lookup(_ keys: [String]) -> (String, Any)? {
    used.formUnion(keys.map(Self.folded))
    for key in keys {
      if let value = object[key] { return (key, value) }
      if let actual = keysByFolded[Self.folded(key)], let value = object[actual] {
        return (actual, value)
      }
    }
    return nil
  }

  /// "start_date", "Start-Date" and "startDate" all fold to "startdate".
  private static func folded(_ key: String) -> String {
    key.lowercased().filter { $0 != "_" && $0 != "-" && $0 != " " }
  }

  private mutating func note(_ key: String, expected: String, found value: Any) {
    notes.append("\(fieldPath(key)): expected \(expected), found \(Self.kind(of: value)); skipped")
  }

  private func nonEmpty(_ items: [String]) -> [String]? {
    let kept = items.map { $0.trimmingWhitespace() }.filter {
      !$0.isEmpty
    }
    return kept.isEmpty ? nil : kept
  }

  /// The text of a JSON string or number; nil for anything else.
  static func text(_ value: Any) -> String? {
    if let string = value as? String {
      return string.trimmingWhitespace()
    }
    if let number = value as? NSNumber, !isBoolean(number) {
      return String(describing: number)
    }
    return nil
  }

  static func kind(of value: Any) -> String {
    switch value {
    case is [Any]: return "a list"
    case is [String: Any]: return "an object"
    case let number as NSNumber: return isBoolean(number) ? "true/false" : "a number"
    case is String: return "text"
    default: return "null"
    }
  }

  private static func isBoolean(_ number: NSNumber) -> Bool {
    String(describing: type(of: number)).contains("Boolean")
  }
}
