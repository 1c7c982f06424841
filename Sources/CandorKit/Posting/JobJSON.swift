import Foundation

/// Reads a posting written in JSON Resume's job schema (`title`, `company`, `location`,
/// `description`, `responsibilities`, `qualifications`, `skills`…), or a schema.org
/// `JobPosting` saved as JSON, into lines that keep their place in the file.
enum JobJSON {
  static func read(_ file: InputFile) throws(CandorError) -> PostingSource {
    let json = try JSONSyntax.parse(file.text, name: file.name)
    if let posting = JSONLDPosting(file.text) {
      var source = PostingSource(lines: [])
      posting.apply(to: &source, file: file)
      return source
    }
    if let object = json as? [String: Any], isResume(object) {
      throw .notAPosting(
        path: file.name,
        reason: "it looks like a resume (JSON Resume's basics and work), not a job posting; "
          + "read it with `candor parse resume`")
    }
    guard let object = json as? [String: Any], isJobSchema(object) else {
      throw .notAPosting(
        path: file.name,
        reason: "the JSON has none of the job schema's fields (title, company, description, "
          + "responsibilities, qualifications)")
    }
    var locator = LineLocator(text: file.text)
    if let (key, kind) = mistyped(object) {
      let line = locator.line(ofKey: key).map { " (line \($0))" } ?? ""
      throw .notAPosting(
        path: file.name,
        reason: "the field '\(key)'\(line) is \(kind), but the job schema wants text there")
    }
    var source = PostingSource(lines: lines(object, locator: &locator), format: .json)
    offerFields(object, locator: &locator, to: &source)
    if let unread = unreadNote(object) { source.notes.append(unread) }
    return source
  }

  private static let knownKeys: Set<String> = [
    "title", "company", "description", "responsibilities", "qualifications", "skills",
  ]

  /// The job schema's other fields, read or deliberately left ("type", "date", "meta").
  private static let otherKeys: Set<String> = [
    "name", "type", "date", "location", "remote", "salary", "experience", "contact", "meta",
    "$schema",
  ]

  /// A note naming the fields not read, so nothing goes silently: keys outside the job
  /// schema, and list fields whose items are neither text nor skill groups.
  private static func unreadNote(_ object: [String: Any]) -> String? {
    let foreign = object.keys.filter { !knownKeys.contains($0) && !otherKeys.contains($0) }
    let unreadable = ["responsibilities", "qualifications", "skills"].filter { key in
      guard let value = object[key], !(value is NSNull) else { return false }
      let items = value as? [Any] ?? [value]
      return !items.isEmpty && texts(value).isEmpty && !items.contains { $0 is [String: Any] }
    }
    let keys = (unreadable + foreign.sorted()).map { "'\($0)'" }
    guard !keys.isEmpty else { return nil }
    return "the job JSON's field\(keys.count == 1 ? "" : "s") \(keys.joined(separator: ", "))"
      + " \(keys.count == 1 ? "was" : "were") not read"
  }

  /// The texts a list field gives: its text items, or the text itself when the field is
  /// one string ("qualifications": "Forklift certification").
  private static func texts(_ value: Any?) -> [String] {
    if value is String { return JSONValue.string(value).map { [$0] } ?? [] }
    return (value as? [Any])?.compactMap(JSONValue.string) ?? []
  }

  /// The first of the job schema's text fields holding something else ("title": 5), with
  /// what it holds; a letter would otherwise address "Dear 5 hiring team".
  private static func mistyped(_ object: [String: Any]) -> (String, String)? {
    for key in ["title", "company", "description", "type", "experience"] {
      guard let value = object[key], !(value is String), !(value is NSNull) else { continue }
      if key == "company", contactName(value) != nil { continue }  // {"name": "…"}
      return (key, JSONFields.kind(of: value))
    }
    return nil
  }

  /// JSON Resume's sections, and none of the job schema's own fields.
  private static func isResume(_ object: [String: Any]) -> Bool {
    (object["basics"] != nil || object["work"] != nil) && object["title"] == nil
      && object["description"] == nil && object["responsibilities"] == nil
  }

  private static func isJobSchema(_ object: [String: Any]) -> Bool {
    !knownKeys.isDisjoint(with: object.keys)
  }

  private static func offerFields(
    _ object: [String: Any], locator: inout LineLocator, to source: inout PostingSource
  ) {
    source.offer(.title, JSONValue.string(object["title"]), line: locator.line(ofKey: "title"))
    // "company": {"name": "…"} as some feeds write it, or the name itself.
    source.offer(
      .company, contactName(object["company"]), line: locator.line(ofKey: "company"))
    source.offer(.location, location(object), line: locator.line(ofKey: "location"))
    // "meta": {"contact": "Hiring manager: …"}, where JSON Resume keeps what it has no
    // field for.
    let meta = object["meta"] as? [String: Any]
    source.offer(
      .recipient, contactName(object["contact"]) ?? contactName(meta?["contact"]),
      line: locator.line(ofKey: "contact"))
    source.offer(.experience, JSONValue.string(object["experience"]))
    if let salary = JSONValue.string(object["salary"]) {
      source.offer(.salary, salary, line: locator.line(ofKey: "salary"))
    }
  }

  /// The person a `contact` (or the company an object) names: its `name` field, or the
  /// string itself.
  private static func contactName(_ value: Any?) -> String? {
    if let contact = value as? [String: Any] { return JSONValue.string(contact["name"]) }
    return JSONValue.string(value)
  }

  private static func location(_ object: [String: Any]) -> String? {
    var parts: [String] = []
    if let place = object["location"] as? [String: Any] {
      parts = ["city", "region", "countryCode"].compactMap { JSONValue.string(place[$0]) }
      if parts.count == 3 { parts.removeLast() }  // the country code once a region is named
      if parts.count >= 2, parts[0] == parts[1] { parts.remove(at: 1) }
    } else if let text = JSONValue.string(object["location"]) {
      parts = [text]
    }
    let remote = JSONValue.string(object["remote"])
    if remote == "Full" { parts.insert("Remote", at: 0) }
    if remote == "Hybrid", !parts.isEmpty { parts[parts.count - 1] += " (hybrid)" }
    return parts.isEmpty ? nil : parts.joined(separator: ", ")
  }

  /// The description, responsibilities, qualifications and skills as headed sections.
  private static func lines(_ object: [String: Any], locator: inout LineLocator) -> [TextLine] {
    var lines: [TextLine] = []
    if let description = JSONValue.string(object["description"]) {
      let line = locator.line(ofKey: "description") ?? 1
      lines.append(TextLine("Description", kind: .heading, level: 2, line: line))
      lines += JobDescriptionText.lines(description, line: line)
    }
    for (key, heading) in [
      ("responsibilities", "Responsibilities"), ("qualifications", "Qualifications"),
    ] {
      let items = texts(object[key])
      guard !items.isEmpty else { continue }
      let line = locator.line(ofKey: key) ?? 1
      lines.append(TextLine(heading, kind: .heading, level: 2, line: line))
      for item in items {
        lines.append(TextLine(item, kind: .bullet, level: 1, line: locator.line(of: item) ?? line))
      }
    }
    lines += skillLines(object["skills"], locator: &locator)
    return lines
  }

  private static func skillLines(_ value: Any?, locator: inout LineLocator) -> [TextLine] {
    // "skills": ["forklift", "RF scanner"] or "skills": "forklift": skills named alone.
    let items = value as? [Any] ?? (value as? String).map { [$0] as [Any] } ?? []
    let skills = items.compactMap { item in
      item as? [String: Any] ?? JSONValue.string(item).map { ["name": $0] as [String: Any] }
    }
    guard !skills.isEmpty else { return [] }
    let top = locator.line(ofKey: "skills") ?? 1
    var required: [TextLine] = []
    var preferred: [TextLine] = []
    for skill in skills {
      let name = JSONValue.string(skill["name"]) ?? ""
      let keywords = (skill["keywords"] as? [Any])?.compactMap(JSONValue.string) ?? []
      let text = keywords.isEmpty ? name : "\(name): \(keywords.joined(separator: ", "))"
      guard !text.trimmed.isEmpty else { continue }
      let line = TextLine(
        text.trimmedValue, kind: .bullet, level: 1, line: locator.line(of: name) ?? top)
      // "level": "Nice to have": the group's level says how much the posting wants it.
      let level = JSONValue.string(skill["level"])?.lowercased() ?? ""
      if preferredLevels.contains(where: { level.contains($0) }) {
        preferred.append(line)
      } else {
        required.append(line)
      }
    }
    var lines: [TextLine] = []
    if !required.isEmpty { lines = [TextLine("Skills", kind: .heading, level: 2, line: top)] }
    lines += required
    if !preferred.isEmpty {
      lines.append(TextLine("Nice-to-have skills", kind: .heading, level: 2, line: top))
    }
    return lines + preferred
  }

  /// Levels of a skill group that make it a wish, not a must.
  private static let preferredLevels = [
    "nice to have", "nice-to-have", "preferred", "bonus", "plus", "optional", "desired",
  ]
}
