/// Infers the career stage a posting hires for: from the title's words first ("Staff",
/// "Senior", "Intern"), then whether a manager title manages people, then a stated
/// experience level, then the years the requirements ask for.
enum LevelInference {
  static func infer(
    title: String?, stated: String?, requirements: [Requirement], text: String
  ) -> ExperienceLevel {
    let words = PostingRoleWords.tokens(title ?? "")
    let isManager = words.contains("manager") || words.contains("gerente")
    if PostingRoleWords.namesLead(words) { return .lead }
    if isManager, managesPeople(words, text: text) { return .lead }
    if words.contains(where: PostingRoleWords.senior.contains) { return .senior }
    if !isManager,
      words.contains(where: PostingRoleWords.entry.contains) || firstGrade.matches(title ?? "")
    {
      return .entry
    }
    if words.contains("intermediate") || words.contains("mid") { return .mid }
    if let stated = stated.flatMap(level(stated:)) { return stated }
    let required = requirements.filter { $0.tier == .required }.compactMap(\.years)
    return level(years: required.min() ?? requirements.compactMap(\.years).min()) ?? .mid
  }

  /// "Civil Engineer I", "Accountant I/II": the roman numeral of a ladder's first grade,
  /// written in capitals and standing alone (not the "I" of "I.T.").
  private static let firstGrade = Pattern(
    #"\sI(?![\w.'’&-])"#, caseSensitive: true, requiring: [" I"])

  /// A manager of people or of a function, not a project, product or account manager.
  private static func managesPeople(_ words: [String], text: String) -> Bool {
    let index = words.lastIndex(of: "manager") ?? words.lastIndex(of: "gerente") ?? 0
    let qualifier = index > 0 ? words[index - 1] : ""
    if !PostingRoleWords.individualManagerQualifiers.contains(qualifier) { return true }
    return peopleCue.matches(text)
  }

  private static let peopleCue = Pattern(
    #"\b"#
      + Pattern.anyOf([
        "direct reports", "supervis(e|ing) (a |the )?(team|staff)", "manage (a |the )?team of",
        "hire and (train|develop)", "performance reviews for",
      ]) + #"\b"#)

  private static func level(stated: String) -> ExperienceLevel? {
    let lower = stated.lowercased()
    if ["intern", "entry", "junior", "graduate"].contains(where: lower.contains) { return .entry }
    if ["director", "executive", "lead", "principal"].contains(where: lower.contains) {
      return .lead
    }
    if lower.contains("senior") { return .senior }
    if lower.contains("mid") || lower.contains("associate") { return .mid }
    return nil
  }

  private static func level(years: Double?) -> ExperienceLevel? {
    guard let years else { return nil }
    if years >= 5 { return .senior }
    return years >= 2 ? .mid : .entry
  }
}
