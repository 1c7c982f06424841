/// What the resume lists beside its statements, as the letter can say it: each role's
/// employer and tools, the resume's own tools, its listed skills and its languages.
extension LetterPlanner {
  /// Each job with an employer, said from its fields; skills the posting wants come first.
  func roles() -> [PlannedRole] {
    let wanted = Set(posting.skills.map(\.term))
    // Each role's statements, gathered in one pass instead of one pass per role.
    let byRole = Dictionary(grouping: resume.evidence) { $0.path.prefix { $0 != "." } }
    return resume.resume.work.enumerated().compactMap { index, work in
      guard let employer = work.name, !employer.isEmpty,
        !PlaceholderCheck.containsPlaceholder(employer)
      else { return nil }
      let prefix = "work[\(index)]"
      var skills: [String] = []
      for item in byRole[Substring(prefix)] ?? [] where item.path.hasPrefix(prefix + ".") {
        for term in item.skills where !skills.contains(term) && isTool(term) {
          skills.append(term)
        }
      }
      skills.sort { wanted.contains($0) && !wanted.contains($1) }
      return PlannedRole(
        employer: employer, position: work.position, skills: Array(skills.prefix(4)),
        path: prefix)
    }
  }

  /// The resume's own tools (no degree or credential: a certificate is no tool), the
  /// posting's first, spelled as the posting spells them or else as the resume does.
  func toolkit() -> [String] {
    let wanted = Set(posting.skills.map(\.term))
    // Tools the person lists or uses in a statement, not words of a contact line.
    let listed = resume.resume.skills.flatMap { [$0.name ?? ""] + ($0.keywords ?? []) }
      .joined(separator: ", ")
    let used = Set(resume.evidence.flatMap(\.skills))
      .union(Lexicon.standard.matches(in: listed).map(\.term))
    let tools = resume.skills.filter { isTool($0.term) && used.contains($0.term) }
    // The posting's first, then languages, frameworks and databases before office tools.
    let core: Set<SkillCategory> = [.language, .framework, .database, .cloud]
    let others = tools.filter { !wanted.contains($0.term) }
    let ordered =
      tools.filter { wanted.contains($0.term) } + others.filter { core.contains($0.category) }
      + others.filter { !core.contains($0.category) }
    var seen = Set<String>()
    return ordered.filter { seen.insert($0.term).inserted }.prefix(10).map { skill in
      guard wanted.contains(skill.term) else { return skill.spelling }
      let asked = HeldSpelling.spelling(
        posting.spelling(of: skill.term), of: skill.term, in: resume
      ) { resumeText.text }
      // "Hand and power tool experience" asks for the tools the resume lists in the plural.
      return skill.spelling.lowercased() == asked.lowercased() + "s" ? skill.spelling : asked
    }
  }

  /// Skill names and keywords as the resume lists them: short items only, never a sentence,
  /// a bracketed group or a label before a dash ("Tools - Excel"); a hyphenated word
  /// ("de-escalation", "long-term care") is a skill like any other.
  func listedSkills() -> [String] {
    var seen = Set<String>()
    var listed: [String] = []
    // A group's name ("Tools: Salesforce, Zendesk") labels its keywords and is said only
    // when it is a skill of its own ("Python: Django, Flask").
    let items = resume.resume.skills.flatMap { skill -> [String] in
      let keywords = skill.keywords ?? []
      let name = skill.name ?? ""
      let isLabel = !keywords.isEmpty && Lexicon.standard.entry(for: name) == nil
      return (isLabel ? [] : [name]) + keywords
    }
    // Read only until eight are found: a long skills list need not be read to its end.
    for item in items
    where listed.count < 8 {
      let item = item.trimmingWhitespace()
      let words = WordCount.spaced(item)
      let dashed = item.hasBytes(" -") || item.hasBytes("- ") || item.first == "-"
      if (1...4).contains(words) && !dashed
        && !item.contains(where: { "()[]:;–—".contains($0) })
        && !PlaceholderCheck.containsPlaceholder(item) && seen.insert(item.lowercased()).inserted
      {
        listed.append(item)
      }
    }
    return listed
  }

  /// The languages the resume lists by name, each with its level as the resume states it
  /// ("Somali (fluent)"); a bare code ("fr") is left out, since "I speak fr" is not English
  /// and "French" is a word the resume never wrote.
  func languages() -> [String] {
    resume.resume.languages.compactMap { entry -> String? in
      guard let name = entry.language, name.count > 3 || name.contains(where: { !$0.isLetter })
      else { return nil }
      let level = (entry.fluency ?? "").trimmingSpaces()
      guard !level.isEmpty, !level.contains("("), WordCount.spaced(level) <= 4 else {
        return name
      }
      return "\(name) (\(level))"
    }
  }
}
