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
    let openers = OpenerResolver(
      posting: posting, resume: resume, options: options, today: today)
    let (opener, openerReason) = try openers.resolve()
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
    // "One result I can point to:" and "The scale of my work" frame work done, not a
    // credential.
    let fitting = relevant.filter {
      ranker.levelFit($0.evidence) > 0
        && (level == .entry || !Self.credentialSources.contains($0.evidence.source))
        && (level != .lead || EvidenceRanker.showsPeopleLed($0.evidence))
    }
    // "One result …" is said of a measured outcome when the record has one.
    let emphasis =
      level == .mid
      ? fitting.first { EvidenceRanker.isResult($0.evidence) } ?? fitting.first
      : fitting.first
    used.insert(emphasis?.evidence.path ?? "")
    let hooks = hooks()
    let duties = duties()
    return LetterPlan(
      recipient: recipient(), company: posting.company,
      role: posting.title.map { RoleName.forProse($0, company: posting.company) },
      hook: hooks.first,
      secondHook: hooks.dropFirst().first,
      lead: lead, points: points, emphasis: emphasis,
      reserve: reserve(ranker, relevant: relevant, used: used), roles: roles(),
      education: education(), furtherEducation: furtherEducation(), toolkit: toolkit(),
      listedSkills: listedSkills(), languages: languages(), duties: duties.compactMap { $0 },
      opener: opener,
      openerReason: openerReason, breakSource: breakSource(opener),
      referrer: opener == .referral ? openers.referrer : nil, level: level,
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

  /// Statements that name a credential held, not work done.
  private static let credentialSources: Set<Evidence.Source> = [.certificate, .award, .education]

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
