/// Writes concrete fixes from the posting and resume: the person to address, an opening
/// sentence and a closing with a next step. Every detail comes from the inputs.
enum FixWriter {
  /// A concrete fix, or nil to use the rule's general fix.
  static func suggestion(_ fix: FixBuilder, _ context: ReviewContext, _ rule: Rule) -> String? {
    switch fix {
    case .general: return nil
    case .greeting: return greeting(context.job)
    case .opener: return opener(context.job, context.resume)
    case .closing: return closing(context.job, context.resume)
    }
  }

  static func greeting(_ job: JobPosting?) -> String? {
    if let person = job?.recipient?.name, !person.isEmpty {
      let role = job?.recipient?.role.map { " (\($0))" } ?? ""
      // "Dear Dr. Vance,": the honorific the posting writes is kept.
      let addressee = RecipientCheck.addressee(job) ?? person
      return "write 'Dear \(addressee),': the posting names \(person)\(role)"
    }
    if let company = job?.company, !company.isEmpty {
      return
        "find the hiring manager's name on the posting or \(possessive(company)) site; "
        + "failing that, "
        + "write 'Dear \(company) hiring team,'"
    }
    return nil
  }

  static func opener(_ job: JobPosting?, _ resume: ParsedResume?) -> String? {
    guard let job, let title = job.title, let company = job.company else { return nil }
    let lead = "I am applying for the \(title) role at \(company)"
    guard let resume, let evidence = bestEvidence(resume, for: job) else {
      return "write '\(lead)' and follow it with your strongest result for this role"
    }
    return "write '\(lead): \(claim(evidence)).'"
  }

  /// A closing that asks for the conversation and says when the writer will follow up. The
  /// reader is the person the letter greets, so the closing speaks to them as "you", never
  /// by a first name the greeting may not use.
  static func closing(_ job: JobPosting?, _ resume: ParsedResume?) -> String? {
    guard let job, let company = job.company else { return nil }
    let role = job.title.map { "the \($0) role at \(company)" } ?? "the role at \(company)"
    let followUp = "I will follow up next week to find a time."
    guard let resume, let evidence = bestEvidence(resume, for: job) else {
      return "write 'I would welcome a call about how my experience fits \(role). \(followUp)'"
    }
    let firstWord = evidence.text.trimmingWhitespace().prefix { $0.isLetter }.lowercased()
    let story =
      isPastTense(firstWord)
      ? "how \(claim(evidence, withPlace: false))"
      : "my work" + (evidence.organization.map { " at \($0)" } ?? "")
    return
      "write 'I would welcome a call to walk you through \(story), and how that experience "
      + "would carry into \(role). \(followUp)'"
  }

  /// The resume statement that best answers the posting: shared skills, then numbers.
  static func bestEvidence(_ resume: ParsedResume, for job: JobPosting) -> Evidence? {
    let wanted = Set(job.requirements.filter { $0.tier == .required }.flatMap(\.skills))
      .union(job.skills.filter { $0.tier == .required }.map(\.term))
    func score(_ evidence: Evidence) -> Double {
      let shared = Double(evidence.skills.filter { wanted.contains($0) }.count)
      let measured = evidence.metrics.isEmpty ? 0.0 : 2.0
      let fromWork = evidence.source == .work ? 1.0 : 0.0
      return shared * 2 + measured + fromWork + (evidence.isCurrent ? 0.5 : 0)
    }
    // Something the person did: a credential or degree is no story to tell ("how I
    // registered Nurse, Ohio Board of Nursing").
    let done: Set<Evidence.Source> = [.work, .project, .volunteer]
    let candidates = resume.evidence.filter { done.contains($0.source) && !$0.text.isEmpty }
    return candidates.max { score($0) < score($1) }
  }

  /// The posting's most stressed must-have skill.
  static func topRequirement(_ job: JobPosting) -> String? {
    let required = job.requirements.filter { $0.tier == .required && !$0.skills.isEmpty }
    if let top = required.max(by: { $0.emphasis < $1.emphasis }) { return top.skills.first }
    return job.skills.first { $0.tier == .required && $0.category != .softSkill }?.term
  }

  /// "at Larkspur Travel I cut p95 latency …", built from a resume highlight.
  static func claim(_ evidence: Evidence, withPlace: Bool = true) -> String {
    var text = evidence.text.trimmingWhitespace()
    while let last = text.last, ".;,".contains(last) { text.removeLast() }
    let firstWord = text.prefix { $0.isLetter }.lowercased()
    let keepsCapital = text.dropFirst().first?.isUppercase == true
    var body = keepsCapital ? text : text.prefix(1).lowercased() + text.dropFirst()
    let place = evidence.organization.map { "at \($0) " } ?? ""
    if isPastTense(firstWord) {
      return withPlace ? "\(place)I \(body)" : "I \(body)"
    }
    // "Teach 31 students" and "Manages the rota" follow "my work included" as "teaching 31
    // students" and "managing the rota".
    if let base = Verbs.isBase(firstWord) ? firstWord : Verbs.baseOfThirdPerson(firstWord) {
      body = Verbs.gerund(base) + body.dropFirst(firstWord.count)
      // "…English learners; raised the share…" goes on as ", and I raised the share…".
      if let cut = body.range(of: "; ") {
        let rest = body[cut.upperBound...]
        let next = rest.prefix { $0.isLetter }.lowercased()
        body = String(body[..<cut.lowerBound]) + (isPastTense(next) ? ", and I \(rest)" : "")
      }
    }
    return withPlace && !place.isEmpty ? "\(place)my work included \(body)" : "my work: \(body)"
  }

  private static let irregularPast: Set<String> = [
    "led", "built", "cut", "ran", "grew", "wrote", "made", "drove", "won", "taught", "set",
    "rebuilt", "brought", "sold", "took", "gave", "began", "kept", "held", "found", "oversaw",
    "rewrote", "became", "met", "put", "shut", "split", "spun", "bought", "chose", "paid",
    "sent", "spent", "understood", "upheld", "sped",
  ]

  static func isPastTense(_ word: String) -> Bool {
    (word.hasSuffix("ed") && word.count > 3) || irregularPast.contains(word)
  }
}
