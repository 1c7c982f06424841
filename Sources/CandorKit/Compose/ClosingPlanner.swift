/// Chooses a concrete next step: a conversation about a named piece of the posting's work,
/// and a project from the resume to walk through when there is one.
struct ClosingPlanner {
  let posting: JobPosting
  let resume: ParsedResume
  /// Per responsibility, whether it names only tools the resume shows; found when nil.
  var quotable: [Bool]? = nil

  func plan(near evidence: [Evidence] = []) -> PlannedClosing {
    let (topic, source) = topic(near: evidence)
    var closing = PlannedClosing(topic: topic, topicSource: source)
    if let (index, project) = resume.resume.projects.enumerated().first(where: {
      ($0.element.name ?? "").isEmpty == false
    }) {
      closing.showcase = project.name
      closing.link = project.url
      closing.showcaseSource = .resume("projects[\(index)]")
    } else if let (index, profile) = resume.resume.basics?.profiles?.enumerated().first(where: {
      Self.workHosts.contains(($0.element.network ?? "").lowercased()) && $0.element.url != nil
    }), let network = profile.network {
      // No project to name: the profile where the work lives ("My GitHub profile (…)").
      closing.showcase = "My \(network) profile"
      closing.link = profile.url
      closing.showcaseSource = .resume("basics.profiles[\(index)]")
    }
    return closing
  }

  /// Profile networks that hold a person's work, not only their career history.
  static let workHosts: Set<String> = [
    "github", "gitlab", "bitbucket", "behance", "dribbble", "kaggle", "codepen",
  ]

  /// A topic of at most 14 words, cut before a purpose or companion clause when longer.
  static func shortTopic(_ phrase: String) -> String {
    let words = phrase.split(separator: " ")
    guard words.count > 14 else { return phrase }
    for index in 5..<words.count
    where ["to", "so", "with", "for", "while", "by", "and"].contains(words[index]) {
      return words[..<index].joined(separator: " ").trimmingPunctuation()
    }
    return phrase
  }

  /// The responsibility closest to the chosen evidence, as a gerund phrase.
  private func topic(near evidence: [Evidence]) -> (String, SourceRef?) {
    let evidenceWords = evidence.reduce(into: Set<String>()) {
      $0.formUnion(ContentWords.of($1.text))
    }
    let shared = posting.responsibilities.map {
      ContentWords.of($0.text).intersection(evidenceWords).count
    }
    let ranked = posting.responsibilities.enumerated().sorted { left, right in
      let (a, b) = (shared[left.offset], shared[right.offset])
      return a != b ? a > b : left.offset < right.offset
    }
    let known =
      quotable == nil ? Set(resume.skills.map(\.term) + resume.evidence.flatMap(\.skills)) : []
    for (index, line) in ranked
    where quotable?[index]
      ?? ClaimSafety.namesOnlyKnownTools(line.text, known, in: posting)
    {
      let clause = ClauseBuilder.dutyClause(line.text)
      if let phrase = Verbs.gerundPhrase(ClauseBuilder.trimmedStatement(clause))
        .map(Self.shortTopic), WordCount.spaced(phrase) <= 16
      {
        return (ClauseBuilder.addressed(phrase), .posting(line: line.line))
      }
    }
    if let title = posting.title {
      return ("what you would want me to take on first as your \(title)", nil)
    }
    return ("what you would want me to take on first", nil)
  }
}

/// Posting text a letter quotes must not name a tool or credential the resume lacks: the
/// letter would seem to claim it.
enum ClaimSafety {
  /// The company's own name may also be a product ("ServiceNow"); that is no claim. The
  /// terms of a line the posting's reader scanned are taken from its scan, not found again.
  static func namesOnlyKnownTools(_ text: String, _ known: Set<String>, in posting: JobPosting)
    -> Bool
  {
    let company = posting.company
    return posting.reading.matches(in: text, lexicon: .standard).allSatisfy { match in
      !GroundingChecker.hardCategories.contains(match.category) || known.contains(match.term)
        || company.map { OpenerResolver.sameOrganisation(match.spelling, $0) } == true
    }
  }

  /// Skills to list in one sentence: each once, and not "Spring" beside "Spring Boot".
  static func distinct(_ skills: [String]) -> [String] {
    skills.filter { skill in
      !skills.contains { $0 != skill && $0.lowercased().hasPrefix(skill.lowercased() + " ") }
    }
  }
}
