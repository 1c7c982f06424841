import Foundation

/// Decides what a letter will say: who it is for, what it opens on, which requirements it
/// answers with which evidence, and how it closes. Pure selection; no sentence is written.
public struct LetterPlanner {
  public let posting: JobPosting
  public let resume: ParsedResume
  public let options: LetterOptions
  /// The date letters are written on, ISO 8601; decides gaps and recency.
  public let today: String
  /// Skills the resume shows anywhere, canonical terms.
  let knownSkills: Set<String>
  /// The category the posting gives each of its skills (its first mention's).
  let postingCategories: [String: SkillCategory]
  /// The resume's text lowercased, shared with the composer.
  let resumeText: LoweredResumeText
  /// The content words of the posting's title ("payroll", "specialist").
  let roleWords: Set<String>

  public init(posting: JobPosting, resume: ParsedResume, options: LetterOptions, today: String) {
    self.posting = posting
    self.resume = resume
    self.options = options
    self.today = today
    knownSkills = HeldSkills.terms(of: posting, in: resume)
    resumeText = LoweredResumeText(resume)
    roleWords = ContentWords.of(posting.title ?? "")
    postingCategories = Dictionary(posting.skills.map { ($0.term, $0.category) }) { first, _ in
      first
    }
  }

  public func plan() throws(CandorError) -> LetterPlan {
    let (level, levelReason) = LevelResolver.resolve(
      options.level, resume: resume, posting: posting)
    let (opener, openerReason) = try OpenerResolver(
      posting: posting, resume: resume, options: options, today: today
    ).resolve()
    let ranker = EvidenceRanker(evidence: resume.evidence, level: level)
    let overall = ranker.rank(
      words: ContentWords.of(postingNeed), skills: posting.skills.map(\.term))
    let lead = leadEvidence(ranker, overall)
    let points = choosePoints(ranker, lead: lead?.evidence)
    var used = Set(points.map(\.evidence.evidence.path) + [lead?.evidence.path].compactMap { $0 })
    let relevant = overall.filter {
      !used.contains($0.evidence.path) && $0.evidence.source != .summary
    }
    // The lead frame ("On leading people:") needs a team's size or a hire to stand on.
    // "One result from my work:" and ""The scale of my work" frame work done, not a credential.
    let emphasis = relevant.first {
      ranker.levelFit($0.evidence) > 0
        && (level == .entry || !Self.credentialSources.contains($0.evidence.source))
        && (level != .lead || EvidenceRanker.showsPeopleLed($0.evidence))
    }
    used.insert(emphasis?.evidence.path ?? "")
    let hooks = hooks()
    let duties = duties()
    return LetterPlan(
      recipient: recipient(), company: posting.company,
      role: posting.title.map(RoleName.forProse), hook: hooks.first,
      secondHook: hooks.dropFirst().first,
      lead: lead, points: points, emphasis: emphasis,
      reserve: reserve(ranker, relevant: relevant, used: used), roles: roles(),
      education: education(), furtherEducation: furtherEducation(), toolkit: toolkit(),
      listedSkills: listedSkills(), languages: languages(), duties: duties.compactMap { $0 },
      opener: opener,
      openerReason: openerReason, breakSource: breakSource(opener), level: level,
      levelReason: levelReason,
      // The work the letter shows: its lead, points and emphasis, and the statements that
      // fit the posting best (a letter whose points are credentials still shows work).
      closing: ClosingPlanner(
        posting: posting, resume: resume, duties: duties, known: knownSkills
      ).plan(
        near: ([lead, emphasis].compactMap { $0 } + points.map(\.evidence) + overall.prefix(6))
          .map(\.evidence)),
      signOff: signOff(), unmetRequirements: unmetRequirements())
  }

  /// Per responsibility, the line said as a gerund phrase ("training new associates"); nil
  /// when it names a tool the resume lacks or gives no phrase of at most 16 words. The
  /// letter's duties and its closing topic both choose from these.
  private func duties() -> [PlannedHook?] {
    posting.responsibilities.map { line in
      guard !ClosingPlanner.isApplicationStep(line.text),
        ClaimSafety.namesOnlyKnownTools(line.text, knownSkills, in: posting),
        let phrase = Verbs.gerundPhrase(
          ClauseBuilder.trimmedStatement(ClauseBuilder.dutyClause(line.text)))
      else { return nil }
      let short = ClosingPlanner.shortTopic(phrase)
      // The phrase as the letter says it may read a word as a tool ("drafting and
      // cite-checking" is CAD drafting beside a skill): it too must name only held tools.
      // A verb left with only its particle ("setting up") names no work.
      let last = short.split(separator: " ").last.map(String.init) ?? ""
      guard WordCount.spaced(short) <= 16, !Self.particles.contains(last),
        ClaimSafety.namesOnlyKnownTools(short, knownSkills, in: posting)
      else { return nil }
      return PlannedHook(text: ClauseBuilder.addressed(short), source: .posting(line: line.line))
    }
  }

  /// What shows the break a return opening names (``CareerBreak``); the person's own
  /// `--opener return` when the resume shows none.
  private func breakSource(_ opener: OpenerSituation) -> SourceRef? {
    guard opener == .return else { return nil }
    return CareerBreak.source(in: resume.resume, today: today) ?? .option("--opener")
  }

  /// Evidence kept back for the length target: relevant statements first, then the rest of
  /// the work record by strength.
  private func reserve(
    _ ranker: EvidenceRanker, relevant: [PlannedEvidence], used: Set<String>
  ) -> [PlannedEvidence] {
    var taken = used
    var result: [PlannedEvidence] = []
    for item in relevant where !taken.contains(item.evidence.path) {
      taken.insert(item.evidence.path)
      result.append(item)
    }
    let rest = ranker.evidence.indices.filter {
      !taken.contains(ranker.evidence[$0].path) && ranker.evidence[$0].source != .summary
    }.sorted { ranker.bonus($0) > ranker.bonus($1) }
    for index in rest {
      result.append(PlannedEvidence(evidence: ranker.evidence[index], score: 0, sharedTerms: []))
    }
    return result
  }

  /// The posting's title, requirements and responsibilities as one need.
  private var postingNeed: String {
    let lines = posting.requirements.map(\.text) + posting.responsibilities.map(\.text)
    return ([posting.title ?? ""] + lines)
      .joined(separator: " ")
  }

  /// The evidence that best fits the posting as a whole, preferring one with a number.
  /// `ranked` is all evidence ranked for the whole posting.
  private func leadEvidence(_ ranker: EvidenceRanker, _ ranked: [PlannedEvidence])
    -> PlannedEvidence?
  {
    // A vague statement ("worked on web services") would open the letter on nothing, and a
    // side task ("Help with inventory on Sundays") on the least of the record.
    let work = ranked.filter {
      $0.evidence.source != .summary && !ranker.isVague($0.evidence) && !Self.isMinor($0.evidence)
    }
    // A statement naming a must-have's tool ("Fill 300 prescriptions … in PioneerRx") opens
    // before one that only shares words with the posting ("Ran the register …").
    let mustHave = Set(
      posting.requirements.filter { $0.tier == .required }.flatMap(\.skills).filter(isHard))
    // A tool the lexicon lacks ("PioneerRx") is in no statement's skills: its name is read.
    // Such a statement may share too few words with the posting to be ranked at all.
    let mustTools = ranker.evidence.indices.filter { index in
      let item = ranker.evidence[index]
      return item.source == .work && !item.metrics.isEmpty && !ranker.isVague(index)
        && names(item, anyOf: Array(mustHave))
    }.map { index in
      work.first { $0.evidence.path == ranker.evidence[index].path }
        ?? PlannedEvidence(evidence: ranker.evidence[index], score: 0, sharedTerms: [])
    }
    // A measured result that answers a must-have ("Reached 118% of quota") opens before one
    // that only shares words with the duties ("Visited 15 customer sites a week").
    let answering = mustHaveAnswers(ranker)
    if let best = mustTools.max(by: { $0.score < $1.score })
      ?? work.first(where: {
        !$0.evidence.metrics.isEmpty && answering.contains($0.evidence.path)
      })
      ?? work.first(where: { !$0.evidence.metrics.isEmpty }) ?? work.first
    {
      return best
    }
    // Nothing matches the posting: lead with the strongest statement on the record.
    let order: [Evidence.Source] = [.work, .project, .volunteer]
    let strongest = ranker.evidence.indices.filter {
      order.contains(ranker.evidence[$0].source) && !ranker.isVague($0)
        && !Self.isMinor(ranker.evidence[$0])
    }
    .min {
      let (a, b) = (ranker.evidence[$0].source, ranker.evidence[$1].source)
      if a != b { return order.firstIndex(of: a)! < order.firstIndex(of: b)! }
      return ranker.bonus($0) > ranker.bonus($1)
    }
    return strongest.map {
      PlannedEvidence(evidence: ranker.evidence[$0], score: 0, sharedTerms: [])
    }
  }

  /// The paths of the statements that answer a must-have: ranked for it with a score a
  /// point would need.
  private func mustHaveAnswers(_ ranker: EvidenceRanker) -> Set<String> {
    var paths = Set<String>()
    for need in posting.requirements where need.tier == .required {
      let ranked = ranker.rank(for: need.text, skills: need.skills)
      paths.formUnion(ranked.filter { $0.score >= 3 }.map(\.evidence.path))
    }
    return paths
  }

  /// The requirements the letter answers, each with its best statement other than `lead`.
  private func choosePoints(_ ranker: EvidenceRanker, lead: Evidence?) -> [PlannedPoint] {
    var used = Set([lead?.path].compactMap { $0 })
    var points: [PlannedPoint] = []
    let limit = options.length == .short ? 1 : 3
    for need in needs() where points.count < limit {
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
      guard let best = held ?? candidates.first(where: { kind.fits($0.evidence) }) else {
        continue
      }
      // The opening already answers a requirement with its tool ("… in PioneerRx"): a line
      // that names none of its tools would answer it again, only weaker.
      let tools = covered.filter(isHard)
      if let lead, !tools.isEmpty, names(lead, anyOf: tools), !names(best.evidence, anyOf: tools) {
        continue
      }
      used.insert(best.evidence.path)
      // Each skill as this line writes it ("Kafka"), never only the lexicon's canonical name
      // ("Apache Kafka"), which would put words in the letter that neither document has.
      // A word shared out of a list ("outside" of "outside or B2B sales") names no skill.
      let written = Dictionary(
        Lexicon.standard.matches(in: need.text).filter {
          Lexicon.standard.entry(for: $0.spelling)?.term == $0.term
        }.map { ($0.term, $0.spelling) }
      ) { first, _ in first }
      points.append(
        PlannedPoint(
          requirement: need.text, tier: need.tier, line: need.line, evidence: best,
          tenure: tenure,
          skills: covered.map { term in
            let asked = written[term] ?? posting.spelling(of: term)
            return HeldSpelling.spelling(asked, of: term, in: resume) { resumeText.text }
          },
          isPartlyCovered: need.skills.contains { !knownSkills.contains($0) && !isSoft($0) }))
    }
    return points
  }

  /// An education entry that awards the credential `need` asks for, said as the credential
  /// held with its school: "Certificate in Paralegal Studies (ABA-approved)" at a college
  /// answers "Paralegal certificate from an ABA-approved program". Nil when no entry does;
  /// an entry is read only when the resume has a programme that awards a credential.
  private func programmeAnswer(for need: Requirement, used: Set<String>) -> PlannedEvidence? {
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
  private func asksBeyondTheRole(_ need: Requirement) -> Bool {
    !roleWords.isEmpty && ContentWords.of(need.text).subtracting(roleWords).count >= 2
  }

  /// The statement shares a term with its requirement that the role's title does not hold.
  private func sharesMoreThanTheRole(_ candidate: PlannedEvidence) -> Bool {
    candidate.sharedTerms.contains { !ContentWords.of($0).isSubset(of: roleWords) }
  }

  /// A side task with no number to show for it: never the statement a letter opens on.
  static func isMinor(_ item: Evidence) -> Bool {
    item.metrics.isEmpty && SideTask.isSideTask(item.text)
  }

  /// Statements that name a credential held, not work done.
  private static let credentialSources: Set<Evidence.Source> = [.certificate, .award, .education]

  /// The statements that show time spent working.
  private static let timeSpent: Set<Evidence.Source> = [.work, .volunteer, .project, .summary]

  /// True when `item` names one of `terms`, in its skills or, for a tool the lexicon lacks,
  /// in its words.
  private func names(_ item: Evidence, anyOf terms: [String]) -> Bool {
    terms.contains { term in
      item.skills.contains(term)
        || posting.skills.contains { $0.term == term && StatedToolNames.names($0, in: item.text) }
    }
  }

  /// A soft skill names a way of working, not knowledge a letter could falsely claim.
  private func isSoft(_ term: String) -> Bool {
    let category = postingCategories[term] ?? Lexicon.standard.entry(for: term)?.category
    return category == .softSkill
  }

  /// Tools, languages and credentials: what a letter must never seem to claim.
  /// "French", "English": a language the person speaks shares the `language` category with
  /// programming languages, but it belongs to the resume's languages, never its tools.
  func isSpokenLanguage(_ term: String) -> Bool {
    Lexicon.standard.entry(for: term)?.isSpokenLanguage == true
  }

  private static let particles: Set<String> = [
    "up", "out", "off", "in", "on", "down", "over", "back", "through",
  ]

  /// A skill a letter may list as one the person works with: a hard skill that is no
  /// degree, credential or spoken language.
  func isTool(_ term: String) -> Bool {
    // The lexicon is asked once: a term's lookup tokenizes it.
    let entry = postingCategories[term] == nil ? Lexicon.standard.entry(for: term) : nil
    guard let category = postingCategories[term] ?? entry?.category,
      GroundingChecker.hardCategories.contains(category), category != .degree,
      category != .certification
    else { return false }
    return (entry ?? Lexicon.standard.entry(for: term))?.isSpokenLanguage != true
  }

  func isHard(_ term: String) -> Bool {
    let category = postingCategories[term] ?? Lexicon.standard.entry(for: term)?.category
    return category.map(GroundingChecker.hardCategories.contains) ?? false
  }

  /// Requirements, must-haves first; among them those the resume covers fully, then the most
  /// stressed. Responsibilities stand in when the posting lists no requirements.
  private func needs() -> [Requirement] {
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

  private func skillTerms(in text: String) -> [String] {
    Lexicon.standard.matches(in: text).map(\.term)
  }

  /// Must-haves naming hard skills the resume never shows; soft skills are left out. One
  /// asking for years in a field is met by the years of the dated roles (``FieldYears``), and
  /// one offering options ("a TMS such as McLeod or TMW") by any option the resume names.
  private func unmetRequirements() -> [String] {
    let known = knownSkills
    func isSoft(_ term: String) -> Bool {
      Lexicon.standard.entry(for: term)?.category == .softSkill
        || posting.skills.contains { $0.term == term && $0.category == .softSkill }
    }
    let unmet = posting.requirements.filter { requirement in
      let hard = requirement.skills.filter { !isSoft($0) }
      return requirement.tier == .required && !hard.isEmpty
        && hard.allSatisfy { term in
          !known.contains(term)
            && !HeldCertificate.isMet(
              term, by: resume, isCertification: postingCategories[term] == .certification)
        }
        && !FieldYears.isMet(requirement, terms: hard, by: resume, known: known)
    }
    let options = unmet.map { RequirementOptions.names(in: $0.text) }
    return zip(unmet, options).filter { requirement, options in
      // The resume's whole text is gathered only for a requirement that offers options.
      (options.isEmpty || !RequirementOptions.isMet(options: options, resumeText: resumeText.text))
        && !DegreeRequirement.isMet(requirement.text, by: resume)
        && !(ClosingPlanner.asksForPortfolio(requirement.text)
          && ClosingPlanner.portfolioIndex(in: resume.resume) != nil)
    }.map(\.0.text)
  }

  private func signOff() -> PlannedSignOff {
    let basics = resume.resume.basics
    let link = basics?.url ?? basics?.profiles?.compactMap(\.url).first
    let contacts = [basics?.email, basics?.phone, link].compactMap { $0 }.filter { !$0.isEmpty }
    return PlannedSignOff(name: basics?.name, contacts: contacts)
  }
}
