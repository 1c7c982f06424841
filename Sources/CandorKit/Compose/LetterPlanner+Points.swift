/// How a letter picks the requirements it answers and the statement answering each.
extension LetterPlanner {
  /// The requirements the letter answers, each with its best statement other than `lead`.
  func choosePoints(_ ranker: EvidenceRanker, lead: Evidence?) -> [PlannedPoint] {
    var used = Set([lead?.path].compactMap { $0 })
    var points: [PlannedPoint] = []
    let limit = options.length == .short ? 1 : 3
    // A short letter keeps a required credential the resume holds ("an active Ohio
    // pharmacist license") beside its one answer: it is what a reader checks first.
    var saysCredential = false
    for need in needs() {
      let full = points.count >= limit
      if full, options.length != .short || saysCredential || need.tier != .required { continue }
      let covered = need.skills.filter(knownSkills.contains)
      guard need.skills.isEmpty || !covered.isEmpty else { continue }
      // An ask for years in a field is answered only with roles in it that cover the years.
      let tenure = need.years.flatMap { _ in
        FieldYears.roles(for: need, in: resume.resume, today: today)
      }
      if need.years != nil, tenure == nil { continue }
      let ranked = ranker.rank(for: need.text, skills: need.skills)
      // An ask for years in a field ("2+ years of retail pharmacy experience") is answered by
      // time spent working, never by a certificate or a degree.
      let sources = need.years == nil ? nil : Self.timeSpent
      let asksMore = asksBeyondTheRole(need)
      let candidates = ranked.filter {
        !used.contains($0.evidence.path) && $0.score >= 3
          && sources?.contains($0.evidence.source) != false
          && (!asksMore || sharesMoreThanTheRole($0))
      }
      // A certificate the resume lists under its education answers an ask for it too.
      let programme = programmeAnswer(for: need, used: used)
      // What kind of answer fits is read only when some statement is left to judge.
      guard !candidates.isEmpty || programme != nil else { continue }
      let kind = AnswerKind(need)
      // A credential asked for is answered by the credential held ("I hold the … ProAdvisor
      // credential"), before work that only shares its tool's name.
      let held =
        kind.asksCredential
        ? candidates.first { $0.evidence.source == .certificate && kind.fits($0.evidence) }
          ?? programme : nil
      guard let best = held ?? (full ? nil : candidates.first(where: { kind.fits($0.evidence) }))
      else {
        continue
      }
      // The opening already answers a requirement with its tool ("… in PioneerRx"): a line
      // that names none of its tools would answer it again, only weaker.
      let tools = covered.filter(isHard)
      if let lead, !tools.isEmpty, names(lead, anyOf: tools), !names(best.evidence, anyOf: tools) {
        continue
      }
      // Each skill as this line writes it ("Kafka"), never only the lexicon's canonical name
      // ("Apache Kafka"), which would put words in the letter that neither document has.
      // A word shared out of a list ("outside" of "outside or B2B sales") names no skill.
      let written = Dictionary(
        Lexicon.standard.matches(in: need.text).filter {
          Lexicon.standard.entry(for: $0.spelling)?.term == $0.term
        }.map { ($0.term, $0.spelling) }
      ) { first, _ in first }
      let spelled = covered.map { term in
        let asked = written[term] ?? posting.spelling(of: term)
        return HeldSpelling.spelling(asked, of: term, in: resume) { resumeText.text }
      }
      used.insert(best.evidence.path)
      if held != nil { saysCredential = true }
      points.append(
        PlannedPoint(
          requirement: need.text, tier: need.tier, line: need.line, evidence: best,
          tenure: tenure,
          skills: spelled,
          isPartlyCovered: need.skills.contains { !knownSkills.contains($0) && !isSoft($0) }))
    }
    return points
  }

  /// An education entry that awards the credential `need` asks for, said as the credential
  /// held with its school: "Certificate in Paralegal Studies (ABA-approved)" at a college
  /// answers "Paralegal certificate from an ABA-approved program". Nil when no entry does;
  /// an entry is read only when the resume has a programme that awards a credential.
  func programmeAnswer(for need: Requirement, used: Set<String>) -> PlannedEvidence? {
    func awards(_ type: String?) -> Bool {
      type.map { !ContentWords.of($0).isDisjoint(with: HeldCertificate.programmeWords) } ?? false
    }
    guard resume.resume.education.contains(where: { awards($0.studyType) }) else { return nil }
    for entry in educationEntries() where !used.contains(entry.path) && entry.isExpected != true {
      guard awards(entry.studyType), let name = SlotValues.degreeName(entry),
        HeldCertificate.names(need.text, in: [name])
      else { continue }
      let text = "\(name), \(entry.institution)"
      let evidence = Evidence(
        text: text, path: entry.path, source: .certificate, organization: entry.institution)
      return PlannedEvidence(evidence: evidence, score: 3, sharedTerms: [])
    }
    return nil
  }

  /// True when a requirement asks for more than the role's own field ("Experience with a
  /// payroll system migration" for a Payroll Specialist): then a statement must share more
  /// than the field with it, since every statement of a payroll resume shares "payroll".
  func asksBeyondTheRole(_ need: Requirement) -> Bool {
    !roleWords.isEmpty && ContentWords.of(need.text).subtracting(roleWords).count >= 2
  }

  /// The statement shares a term with its requirement that the role's title does not hold.
  func sharesMoreThanTheRole(_ candidate: PlannedEvidence) -> Bool {
    candidate.sharedTerms.contains { !ContentWords.of($0).isSubset(of: roleWords) }
  }

  /// The statements that show time spent working.
  static let timeSpent: Set<Evidence.Source> = [.work, .volunteer, .project, .summary]

  /// Requirements, must-haves first; among them those the resume covers fully, then the most
  /// stressed. Responsibilities stand in when the posting lists no requirements.
  func needs() -> [Requirement] {
    guard !posting.requirements.isEmpty else {
      return posting.responsibilities.map {
        Requirement(text: $0.text, tier: .other, skills: skillTerms(in: $0.text), line: $0.line)
      }
    }
    let known = knownSkills
    func coverage(_ requirement: Requirement) -> Double {
      guard !requirement.skills.isEmpty else { return 0.5 }
      let covered = Double(requirement.skills.filter(known.contains).count)
      let total = Double(requirement.skills.count)
      return covered == total ? 1 : covered / total / 2
    }
    return posting.requirements.sorted { left, right in
      if left.tier != right.tier { return left.tier < right.tier }
      let (a, b) = (coverage(left), coverage(right))
      if a != b { return a > b }
      if left.emphasis != right.emphasis { return left.emphasis > right.emphasis }
      return left.line < right.line
    }
  }

  func skillTerms(in text: String) -> [String] {
    Lexicon.standard.matches(in: text).map(\.term)
  }

  /// A soft skill names a way of working, not knowledge a letter could falsely claim.
  func isSoft(_ term: String) -> Bool {
    let category = postingCategories[term] ?? Lexicon.standard.entry(for: term)?.category
    return category == .softSkill
  }
}
