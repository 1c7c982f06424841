/// Renders a ``JobPosting`` as an indented outline a person can check at a glance.
public enum PostingOutline {
  /// The outline: fields first, then requirements by tier, responsibilities, skills by
  /// category, scale figures, hooks and notes, each with its source line.
  public static func render(_ posting: JobPosting) -> String {
    var out = PostingOutlineWriter()
    out.line(0, "JobPosting")
    out.field("title", posting.title)
    if posting.department != nil { out.field("department", posting.department) }
    out.field("company", posting.company)
    out.field("recipient", posting.recipient.map(describe))
    out.field("location", posting.location)
    out.field("salary", posting.salary.map(describe))
    out.field("level", posting.level?.rawValue)
    out.field("language", posting.language)
    requirements(posting.requirements, into: &out)
    out.list("responsibilities", posting.responsibilities) { "line \($0.line): \($0.text)" }
    skills(posting.skills, into: &out)
    out.list("scale figures", posting.scaleFigures) { figure in
      let quantity = figure.quantity
      return "line \(figure.line): \(quantity.text) (\(figure.measures)) in "
        + "\"\(figure.sentence)\""
    }
    out.list("hooks", posting.hooks) { "\($0.kind.rawValue), line \($0.line): \($0.text)" }
    out.list("notes", posting.notes) { $0 }
    return out.text
  }

  private static func describe(_ contact: Contact) -> String {
    var details = [contact.role, contact.honorific.map { "honorific \($0)" }, contact.email]
      .compactMap { $0 }
    if let line = contact.line { details.append("line \(line)") }
    return details.isEmpty ? contact.name : "\(contact.name) (\(details.joined(separator: ", ")))"
  }

  private static func describe(_ salary: Salary) -> String {
    let amounts = [salary.minimum, salary.maximum].compactMap { $0 }.map(number)
    var parsed = Set(amounts).count == 1 ? amounts[0] : amounts.joined(separator: "–")
    if let currency = salary.currency { parsed = "\(currency) \(parsed)" }
    if let period = salary.period { parsed += " per \(period.rawValue)" }
    if let unit = salary.unit { parsed += " per \(unit)" }
    return amounts.isEmpty || parsed == salary.text ? salary.text : "\(salary.text) → \(parsed)"
  }

  private static func number(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(value)
  }

  private static func requirements(
    _ requirements: [Requirement], into out: inout PostingOutlineWriter
  ) {
    guard !requirements.isEmpty else { return }
    out.line(1, "requirements")
    for tier in Tier.allCases {
      let items = requirements.filter { $0.tier == tier }
      guard !items.isEmpty else { continue }
      out.line(2, tier.rawValue)
      for item in items {
        out.line(3, "line \(item.line): \(item.text)")
        var details = ["emphasis \(number(item.emphasis))"]
        if let years = item.years { details.insert("years \(number(years))", at: 0) }
        if !item.skills.isEmpty { details.append("skills: \(item.skills.joined(separator: ", "))") }
        out.line(4, details.joined(separator: " · "))
      }
    }
  }

  private static func skills(_ skills: [SkillMention], into out: inout PostingOutlineWriter) {
    guard !skills.isEmpty else { return }
    out.line(1, "skills")
    for category in SkillCategory.allCases {
      let items = skills.filter { $0.category == category }
      guard !items.isEmpty else { continue }
      out.line(2, category.rawValue)
      for skill in items {
        let lines = skill.lines.map(String.init).joined(separator: ", ")
        let known = skill.isKnown ? "" : ", not in lexicon"
        out.line(
          3, "\(skill.term) (\(skill.tier.rawValue), \(skill.count)×, lines \(lines)\(known))")
      }
    }
  }
}

/// Builds indented outline text, two spaces per level.
struct PostingOutlineWriter {
  private(set) var text = ""

  mutating func line(_ depth: Int, _ content: String) {
    text += String(repeating: "  ", count: depth) + content + "\n"
  }

  mutating func field(_ name: String, _ value: String?) {
    line(1, "\(name): \(value ?? "—")")
  }

  mutating func list<Item>(_ name: String, _ items: [Item], _ describe: (Item) -> String) {
    guard !items.isEmpty else { return }
    line(1, name)
    for item in items { line(2, describe(item)) }
  }
}
