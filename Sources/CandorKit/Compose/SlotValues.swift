/// The values a phrase-bank pattern can name, computed once per letter from the plan.
///
/// Every value is text from the resume, the posting or an option, reshaped only in
/// grammar; the patterns add connective words, never facts.
struct SlotValues {
  let plan: LetterPlan
  let resume: ParsedResume
  let options: LetterOptions

  /// Slots shared by every part of the letter.
  func common() -> [String: String] {
    var slots: [String: String] = [:]
    slots["name"] = plan.recipient.name
    slots["team"] = plan.recipient.name == nil ? plan.recipient.addressee : nil
    slots["company"] = plan.company
    slots["role"] = plan.role
    slots["hook"] = plan.hook.map { ClauseBuilder.addressed($0.text) }
    slots["referrer"] = options.referrer
    let work = resume.resume.work
    if let current = work.first(where: { ($0.endDate ?? "").isEmpty }) ?? work.first {
      slots["currentRole"] = current.position.map(Self.withArticle)
    }
    if let previous = work.first {
      slots["previousRole"] = previous.position.map(Self.withArticle)
      slots["previousEmployer"] = previous.name
    }
    slots["recent"] = recentLearning()
    slots["topic"] = plan.closing.topic
    slots["showcase"] = plan.closing.showcase
    slots["link"] =
      plan.closing.link.map { " (\($0))" } ?? (plan.closing.showcase == nil ? nil : "")
    return slots
  }

  /// Slots for one answered requirement, its evidence told as `sentence`.
  static func point(_ point: PlannedPoint, sentence: String) -> [String: String] {
    [
      "requirement": requirementPhrase(point.requirement, shared: point.evidence.sharedTerms),
      "evidence": sentence,
      "evidenceLower": ClauseBuilder.lowerFirst(sentence),
    ]
  }

  /// "At Larkspur Travel, I rebuilt …" — the statement in first person, placed.
  static func sentence(for evidence: Evidence) -> String {
    switch evidence.source {
    case .project:
      let name = evidence.organization ?? evidence.role
      guard let clause = ClauseBuilder.firstPerson(evidence.text) else {
        let text = ClauseBuilder.trimmedStatement(evidence.text)
        return name.map { "My project \($0): \(text)." } ?? "One of my projects: \(text)."
      }
      return name.map { "In my \($0) project, \(clause)." } ?? ClauseBuilder.capitalisedFirst(
        clause) + "."
    case .volunteer:
      let place = evidence.organization.map { "As a volunteer with \($0)" }
      return placed(evidence.text, place)
    default:
      return placed(evidence.text, evidence.organization.map { "At \($0)" })
    }
  }

  private static func placed(_ text: String, _ place: String?) -> String {
    if let clause = ClauseBuilder.firstPerson(text) {
      guard let place else { return ClauseBuilder.capitalisedFirst(clause) + "." }
      return "\(place), \(clause)."
    }
    let statement = ClauseBuilder.lowerFirst(ClauseBuilder.trimmedStatement(text))
    guard let place else { return "One result I can point to: \(statement)." }
    return "\(place), my work included \(statement)."
  }

  /// A requirement as a noun phrase that reads after "You ask for".
  static func requirementPhrase(_ requirement: String, shared: [String]) -> String {
    var text = ClauseBuilder.trimmedStatement(requirement)
    for prefix in ["must have", "must be", "required:", "requirement:", "you have", "you are"]
    where text.lowercased().hasPrefix(prefix) {
      text = String(text.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
    }
    if let cut = text.firstIndex(where: { ";(".contains($0) }) {
      text = String(text[..<cut]).trimmingCharacters(in: .whitespaces)
    }
    if text.split(separator: " ").count > 16 {
      let terms = shared.filter { $0.first?.isUppercase == true || $0.count <= 4 }
      if !terms.isEmpty { return "experience with " + list(Array(terms.prefix(3))) }
      text = text.split(separator: " ").prefix(14).joined(separator: " ")
    }
    let first = text.split(separator: " ").first.map { String($0).lowercased() } ?? ""
    if Verbs.isBase(first) { return "the ability to " + ClauseBuilder.lowerFirst(text) }
    return ClauseBuilder.lowerFirst(text)
  }

  /// The latest course, certificate or project dated after the last role, for a return.
  private func recentLearning() -> String? {
    let lastEnd = resume.resume.work.compactMap { $0.endDate.flatMap(MonthStamp.init) }.max()
    let certificates = resume.resume.certificates.filter {
      guard let date = $0.date.flatMap(MonthStamp.init), let lastEnd else { return false }
      return date > lastEnd
    }
    if let certificate = certificates.last, let name = certificate.name {
      return "Since then I have completed \(name)."
    }
    let courses = resume.resume.education.filter {
      guard let date = $0.endDate.flatMap(MonthStamp.init), let lastEnd else { return false }
      return date > lastEnd
    }
    if let course = courses.last, let study = course.area ?? course.studyType {
      return "Since then I have studied \(study)" + (course.institution.map { " at \($0)" } ?? "")
        + "."
    }
    return nil
  }

  static func withArticle(_ title: String) -> String {
    let vowelSound =
      "aeiou".contains(title.lowercased().first ?? "x")
      && !title.lowercased().hasPrefix("uni") && !title.lowercased().hasPrefix("use")
    return (vowelSound ? "an " : "a ") + title
  }

  static func list(_ items: [String]) -> String {
    switch items.count {
    case 0: return ""
    case 1: return items[0]
    case 2: return "\(items[0]) and \(items[1])"
    default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
  }
}
