import Foundation

/// A schema.org `JobPosting` read from a page's JSON-LD; its fields win over the page text.
struct JSONLDPosting {
  var title: String?
  var company: String?
  var location: String?
  var salary: Salary?
  var descriptionHTML: String?
  var experience: String?
  /// The `qualifications` text, read as a list of requirements after the description.
  var qualifications: String?
  /// The `responsibilities` text, read as a list of duties after the description.
  var responsibilities: String?
  /// `experienceRequirements.monthsOfExperience`, a requirement when the text states none.
  var monthsOfExperience: Double?

  /// Reads the first `JobPosting` node in one `application/ld+json` block, or fails.
  init?(_ block: String) {
    let body = block.replacingOccurrences(of: "<![CDATA[", with: "")
      .replacingOccurrences(of: "]]>", with: "").trimmed
    guard let data = body.data(using: .utf8),
      let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]),
      let node = Self.jobPostingNode(in: json)
    else { return nil }
    title = JSONValue.string(node["title"])
    company = JSONValue.name(node["hiringOrganization"])
    location = Self.location(node)
    salary = SalaryParser.structured(node["baseSalary"], currency: node["salaryCurrency"])
    descriptionHTML = JSONValue.string(node["description"])
    experience = JSONValue.string(node["experienceRequirements"])
    let asked = node["experienceRequirements"] as? [String: Any]
    monthsOfExperience = JSONValue.number(asked?["monthsOfExperience"]).flatMap {
      $0 > 0 ? $0 : nil
    }
    qualifications = Self.text(node["qualifications"])
    responsibilities = Self.text(node["responsibilities"])
  }

  /// A string, or an array of strings as lines.
  private static func text(_ value: Any?) -> String? {
    guard let items = value as? [Any] else { return JSONValue.string(value) }
    let lines = items.compactMap(JSONValue.string)
    return lines.isEmpty ? nil : lines.joined(separator: "\n")
  }

  /// Copies the fields into `source`; the description replaces the page text when the page
  /// shows little of it.
  func apply(to source: inout PostingSource, file: InputFile) {
    let line = PostingLoader.lineOfText("JobPosting", in: file.text)
    source.offer(.title, title, line: line)
    source.offer(.company, company, line: line)
    source.offer(.location, location, line: line)
    source.offer(.experience, experience, line: line)
    if source.salary == nil { source.salary = salary }
    guard let html = descriptionHTML else { return }
    // FIXME: every description line points at the JSON-LD block's line, not its own place.
    var described = JobDescriptionText.lines(html, line: line ?? 1)
    for (key, heading, text) in [
      ("responsibilities", "Responsibilities", responsibilities),
      ("qualifications", "Qualifications", qualifications),
    ] {
      guard let text, !text.trimmed.isEmpty else { continue }
      let at = PostingLoader.lineOfText("\"\(key)\"", in: file.text) ?? line ?? 1
      described.append(TextLine("", kind: .blank, line: at))
      described.append(TextLine(heading, kind: .heading, level: 3, line: at))
      described += Self.items(text, line: at)
    }
    if let months = monthsOfExperience,
      !described.contains(where: { RequirementCues.years(in: $0.text) != nil })
    {
      let at = PostingLoader.lineOfText("monthsOfExperience", in: file.text) ?? line ?? 1
      described += [
        TextLine("", kind: .blank, line: at),
        TextLine("Experience", kind: .heading, level: 3, line: at),
        TextLine(Self.experience(months: months), kind: .bullet, level: 1, line: at),
      ]
    }
    let (words, pageWords) = (wordCount(described), wordCount(source.lines))
    if words > pageWords * 2 {
      replace(&source, with: described, note: "the page shows little text")
    } else if words > pageWords, itemCount(described) > itemCount(source.lines) {
      replace(&source, with: described, note: "the page leaves out the description's lists")
    } else {
      let page = Set(source.lines.map(\.text.folded))
      source.describedOnly = described.filter {
        $0.kind == .text && $0.text.hasCharacters(atLeast: 40) && !page.contains($0.text.folded)
      }
    }
  }

  /// The items of a `qualifications` or `responsibilities` text: its lines or list items,
  /// or the parts of one line between semicolons ("Master's degree…; 3 years of…").
  private static func items(_ text: String, line: Int) -> [TextLine] {
    let lines = JobDescriptionText.lines(text, line: line)
    let plain = lines.filter { !$0.isBlank }
    if plain.count == 1, let only = plain.first, only.text.hasBytes("; ") {
      return only.text.split(separator: ";").map { String($0).trimmed }.filter { !$0.isEmpty }
        .map { TextLine($0, kind: .bullet, level: 1, line: line) }
    }
    return lines.map {
      var item = $0
      if item.kind == .text { item.kind = .bullet }
      return item
    }
  }

  /// Reads the description instead of the page, whose lines stay for the recipient.
  private func replace(_ source: inout PostingSource, with described: [TextLine], note: String) {
    source.pageLines = source.lines
    source.lines = described
    source.notes.append(note + "; read the JSON-LD description instead")
  }

  /// "2 years of experience" for 24 months, "18 months of experience" for 18.
  static func experience(months: Double) -> String {
    if months >= 12, months.truncatingRemainder(dividingBy: 12) == 0 {
      let years = Int(months / 12)
      return "\(years) year\(years == 1 ? "" : "s") of experience"
    }
    return "\(Int(months)) months of experience"
  }

  private func wordCount(_ lines: [TextLine]) -> Int {
    lines.reduce(0) { $0 + $1.text.wordCount }
  }

  private func itemCount(_ lines: [TextLine]) -> Int {
    lines.reduce(0) { $0 + ($1.kind == .bullet ? 1 : 0) }
  }

  private static func jobPostingNode(in json: Any) -> [String: Any]? {
    if let array = json as? [Any] {
      return array.lazy.compactMap(jobPostingNode).first
    }
    guard let object = json as? [String: Any] else { return nil }
    let type = object["@type"]
    let types =
      (type as? [Any])?.compactMap { $0 as? String } ?? [type as? String].compactMap { $0 }
    if types.contains("JobPosting") { return object }
    if let graph = object["@graph"] { return jobPostingNode(in: graph) }
    return nil
  }

  private static func location(_ node: [String: Any]) -> String? {
    let places = (node["jobLocation"] as? [Any]) ?? [node["jobLocation"]].compactMap { $0 }
    let named = places.compactMap(placeName)
    if !named.isEmpty { return named.joined(separator: "; ") }
    if JSONValue.string(node["jobLocationType"])?.uppercased() == "TELECOMMUTE" {
      return "Remote"
    }
    return nil
  }

  /// "Sacramento, CA" out of an address written as one string ("1200 Market St,
  /// Sacramento, CA 95814"); the whole string when no town and region end it.
  private static func town(in address: String) -> String? {
    let text = address.trimmed
    guard !text.isEmpty else { return nil }
    let parts = text.split(separator: ",").map { String($0).trimmed }
    for count in [2, 3] where parts.count >= count {
      if let place = PlaceLine.place(in: parts.suffix(count).joined(separator: ", ")) {
        return place
      }
    }
    return text
  }

  private static func placeName(_ place: Any) -> String? {
    if let text = place as? String { return text }
    guard let object = place as? [String: Any] else { return nil }
    if let text = object["address"] as? String { return town(in: text) }
    guard let address = object["address"] as? [String: Any] else {
      return JSONValue.string(object["name"])
    }
    var parts = [
      JSONValue.string(address["addressLocality"]), JSONValue.string(address["addressRegion"]),
      JSONValue.name(address["addressCountry"]),
    ].compactMap { $0 }.filter { !$0.isEmpty }
    if parts.count == 3 { parts.removeLast() }  // the country once a region is named
    var unique: [String] = []
    for part in parts where !unique.contains(part) { unique.append(part) }
    return unique.isEmpty ? nil : unique.joined(separator: ", ")
  }
}
