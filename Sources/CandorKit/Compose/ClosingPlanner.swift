/// Chooses a concrete next step: a conversation about a named piece of the posting's work,
/// and a project from the resume to walk through when there is one.
struct ClosingPlanner {
  let posting: JobPosting
  let resume: ParsedResume

  func plan(near evidence: [Evidence] = []) -> PlannedClosing {
    let (topic, source) = topic(near: evidence)
    var closing = PlannedClosing(topic: topic, topicSource: source)
    if let (index, project) = resume.resume.projects.enumerated().first(where: {
      ($0.element.name ?? "").isEmpty == false
    }) {
      closing.showcase = project.name
      closing.link = project.url
      closing.showcaseSource = .resume("projects[\(index)]")
    }
    return closing
  }

  /// The responsibility closest to the chosen evidence, as a gerund phrase.
  private func topic(near evidence: [Evidence]) -> (String, SourceRef?) {
    let evidenceWords = evidence.reduce(into: Set<String>()) {
      $0.formUnion(ContentWords.of($1.text))
    }
    let ranked = posting.responsibilities.enumerated().sorted { left, right in
      let a = ContentWords.of(left.element.text).intersection(evidenceWords).count
      let b = ContentWords.of(right.element.text).intersection(evidenceWords).count
      return a != b ? a > b : left.offset < right.offset
    }
    let known = Set(resume.skills.map(\.term) + resume.evidence.flatMap(\.skills))
    for (_, line) in ranked where ClaimSafety.namesOnlyKnownTools(line.text, known) {
      let clause = line.text.split(whereSeparator: { ";:".contains($0) }).first.map(String.init)
      if let phrase = Verbs.gerundPhrase(ClauseBuilder.trimmedStatement(clause ?? line.text)),
        phrase.split(separator: " ").count <= 22
      {
        return (ClauseBuilder.addressed(phrase), .posting(line: line.line))
      }
    }
    if let title = posting.title {
      return ("the first problems you would want a new \(title) to take on", nil)
    }
    return ("the first problems you would want me to take on", nil)
  }
}

/// Posting text a letter quotes must not name a tool or credential the resume lacks: the
/// letter would seem to claim it.
enum ClaimSafety {
  static func namesOnlyKnownTools(_ text: String, _ known: Set<String>) -> Bool {
    Lexicon.standard.matches(in: text).allSatisfy {
      !GroundingChecker.hardCategories.contains($0.category) || known.contains($0.term)
    }
  }
}
