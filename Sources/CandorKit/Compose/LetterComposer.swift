/// Realises a plan as paragraphs in one tone, then fits the length target.
struct LetterComposer {
  let plan: LetterPlan
  let posting: JobPosting
  let resume: ParsedResume
  let options: LetterOptions
  let bank: PhraseBank
  /// The skills the resume holds for this posting (``HeldSkills/terms(of:in:)``), as the
  /// planner found them.
  let knownSkills: Set<String>
  /// The resume's text lowercased, as the planner gathered it.
  let resumeText: LoweredResumeText

  /// Words added to the length target's floor when a letter is composed again to leave
  /// room for its place frames (``compose()``).
  var floorBoost = 0

  var variant: Int { options.variant }
  /// The closing's and showcase's wording, spread across letters by what they name so two
  /// letters seldom close alike; `--variant` still steps through every wording.
  var closingVariant: Int {
    variant + PhraseBank.spread((plan.company ?? "") + " " + plan.closing.topic)
  }
  var wordRange: ClosedRange<Int> {
    Letter(paragraphs: [], options: options, plan: plan).targetWords
  }

  /// The fewest words the lengthening aims for.
  var lengthFloor: Int { wordRange.lowerBound + floorBoost }

  /// The letter's paragraphs, greeting to sign-off, with each statement's place frame
  /// decided (`PlaceFrames`). Saying "there" shortens a letter after its length was fitted:
  /// a letter it would take under the target is composed again aiming that many words
  /// higher, and a letter gives up only the words it has above the target.
  func compose() -> [LetterParagraph] {
    let frames = PlaceFrames(resume.resume, company: plan.company)
    var paragraphs = JobGrouping.grouped(drafted(), by: frames.workplace)
    var words = Self.bodyWords(paragraphs)
    let saved = words - Self.bodyWords(frames.reframed(paragraphs))
    if saved > 0, words >= wordRange.lowerBound, words - saved < wordRange.lowerBound {
      var longer = self
      longer.floorBoost = saved
      paragraphs = JobGrouping.grouped(longer.drafted(), by: frames.workplace)
      words = Self.bodyWords(paragraphs)
    }
    let spare = words >= wordRange.lowerBound ? words - wordRange.lowerBound : nil
    return frames.reframed(paragraphs, sparing: spare)
  }

  private static func bodyWords(_ paragraphs: [LetterParagraph]) -> Int {
    paragraphs.filter(\.role.isBody).reduce(0) { $0 + $1.wordCount }
  }

  /// The paragraphs as planned and fitted to the length target, before place frames.
  private func drafted() -> [LetterParagraph] {
    var narrator = Narrator()
    var slots = SlotValues(plan: plan, resume: resume, options: options).common()
    if let lead = plan.lead, let sentence = narrator.sentence(for: lead.evidence) {
      slots["lead"] = sentence
    }
    let sources = SourceMap(plan: plan)
    var openings = bank.opening[plan.opener.rawValue] ?? []
    // `--opener return` on a resume that shows no break: the return opening without the
    // break it cannot source ("After a career break", "During my break I completed …").
    if plan.opener == .return, plan.breakSource?.kind == .option {
      openings.removeAll(where: CareerBreak.isClaimed(in:))
      slots["recent"] = nil
    }
    let openingText = HookPhrase.namingOnce(
      plan.company,
      in: narrator.fill(
        plan.role == nil ? PhraseBank.untitled(openings) : openings, slots, variant: variant)
        ?? "")
    var opening = LetterParagraph(
      role: .opening,
      sentences: SentenceSources.sentences(openingText, slots: slots, sources: sources.common))
    // A sentence naming the break cites what shows it.
    if let source = plan.breakSource {
      for index in opening.sentences.indices
      where CareerBreak.isClaimed(in: opening.sentences[index].text) {
        opening.sentences[index].sources.append(source)
      }
    }
    if let hook = plan.hook, HookPhrase.isOwnSentence(hook) {
      opening.sentences.append(
        LetterSentence(HookPhrase.sentence(hook.text), sources: [hook.source]))
    }
    let body = bodyParagraphs(sources, &narrator)
    var draft = LetterDraft(
      opening: opening, body: body, nextStep: nextStep(slots, sources, &narrator))
    // A project to walk through belongs in every standard letter; a profile only fills a
    // letter the resume's statements leave short.
    let isProfile = plan.closing.showcaseSource?.reference.hasPrefix("basics.profiles") == true
    if options.length == .standard, !isProfile {
      draft.showcase = showcase(slots, sources, &narrator)
    }
    draft.coverage = coverage(draft, &narrator)
    lengthen(&draft, &narrator, slots)
    draft.dropRetold(credentialNames)
    if options.length == .standard, isProfile, draft.wordCount < lengthFloor {
      draft.showcase = showcase(slots, sources, &narrator)
    }
    draft.trim(to: wordRange.upperBound)
    draft.moveCoverageToBody()
    draft.splitLongParagraphs(over: 115)
    return [greeting(slots, sources), draft.opening] + draft.body + [draft.closing, signOff()]
  }

  /// Each certificate's name as a letter says it, by the path its statement cites.
  private var credentialNames: [String: String] {
    Dictionary(
      resume.resume.certificates.enumerated().compactMap { index, certificate in
        certificate.name.map { ("certificates[\(index)].name", CredentialName.cleaned($0)) }
      }
    ) { first, _ in first }
  }

  private func showcase(
    _ slots: [String: String], _ sources: SourceMap, _ narrator: inout Narrator
  ) -> LetterSentence? {
    narrator.fill(bank.showcase, slots, variant: closingVariant).map {
      LetterSentence($0, sources: sources.showcase)
    }
  }

  private func greeting(_ slots: [String: String], _ sources: SourceMap) -> LetterParagraph {
    let kind = plan.recipient.name == nil ? "team" : "person"
    return paragraph(.greeting, bank.greeting[kind] ?? [], slots, sources.common, 0)
  }

  /// One paragraph for the first two points, a second for the third and the level emphasis.
  private func bodyParagraphs(_ sources: SourceMap, _ narrator: inout Narrator)
    -> [LetterParagraph]
  {
    var sentences: [[LetterSentence]] = []
    for (index, point) in plan.points.enumerated() {
      guard var sentence = narrator.sentence(for: point.evidence.evidence) else { continue }
      // An ask for years is answered with the roles that hold them, dated, before the work;
      // that sentence cites the roles, the statement after it its own line.
      let roles = point.tenure ?? []
      let tenure = RolePath.told(of: resume.resume, roles: roles).map { "I \($0)." }
      if let tenure { sentence = tenure + " " + sentence }
      let slots = SlotValues.point(point, sentence: sentence)
      // A credential the posting would welcome is never said to be asked for.
      let patterns = point.tier == .preferred ? bank.preferredPoint : bank.point
      let text = narrator.fill(patterns, slots, variant: variant + index) ?? sentence
      var told = SentenceSources.sentences(text, sources: sources.point(point))
      for spot in told.indices where told[spot].text == tenure {
        told[spot].sources = [.posting(line: point.line)] + roles.map { .resume("work[\($0)]") }
      }
      sentences.append(told)
    }
    if options.length == .standard, let emphasis = plan.emphasis,
      let sentence = narrator.sentence(for: emphasis.evidence, allowAlso: false)
    {
      let slots = SlotValues.point(
        PlannedPoint(requirement: "", tier: .other, line: 0, evidence: emphasis),
        sentence: sentence)
      // "One result …" frames a measured change only: a mid letter's emphasis that is none
      // ("I built a rig that runs 220 tests per commit") is told plainly.
      let framed = plan.level != .mid || EvidenceRanker.showsChange(emphasis.evidence)
      let frames = framed ? bank.level[plan.level.rawValue] ?? [] : ["{evidence}"]
      if let text = narrator.fill(frames, slots, variant: variant) {
        sentences.append(
          SentenceSources.sentences(text, sources: [.resume(emphasis.evidence.path)]))
      }
    }
    let groups =
      sentences.count <= 2
      ? [sentences] : [Array(sentences.prefix(2)), Array(sentences.dropFirst(2))]
    return groups.filter { !$0.isEmpty }.map {
      LetterParagraph(role: .body, sentences: $0.flatMap { $0 })
    }
  }

  private func nextStep(
    _ slots: [String: String], _ sources: SourceMap, _ narrator: inout Narrator
  ) -> [LetterSentence] {
    guard let text = narrator.fill(bank.closing, slots, variant: closingVariant) else {
      return []
    }
    return SentenceSources.sentences(text, sources: sources.topic)
  }

  private func signOff() -> LetterParagraph {
    var lines = [LetterSentence(bank.signOff[variant % bank.signOff.count])]
    if let name = plan.signOff.name {
      lines.append(LetterSentence(name, sources: [.resume("basics.name")]))
    }
    if !plan.signOff.contacts.isEmpty {
      lines.append(
        LetterSentence(plan.signOff.contacts.joined(separator: " · "), sources: [.resume("basics")])
      )
    }
    return LetterParagraph(role: .signOff, sentences: lines)
  }

  private func paragraph(
    _ role: LetterParagraph.Role, _ patterns: [String], _ slots: [String: String],
    _ sources: [String: [SourceRef]], _ variant: Int
  ) -> LetterParagraph {
    let text = PhraseBank.fill(patterns, slots, variant: variant) ?? ""
    let sentences = SentenceSources.sentences(text, slots: slots, sources: sources)
    return LetterParagraph(role: role, sentences: sentences)
  }

  /// Spreads added sentences over the body, shortest paragraph first, keeping each group
  /// (a requirement and its nearest evidence) in one paragraph; a letter with no answered
  /// requirement gets a body paragraph of its own. The career span ("I worked as … and have
  /// been … since 2021") opens the body, where it frames what follows, never trailing last.
  func place(_ groups: [[LetterSentence]], in draft: inout LetterDraft) {
    guard !groups.isEmpty else { return }
    if draft.body.isEmpty { draft.body = [LetterParagraph(role: .body, sentences: [])] }
    for group in groups {
      if group.allSatisfy({ $0.sources == [.resume("work")] }) {
        draft.body[0].sentences.insert(contentsOf: group, at: 0)
        continue
      }
      let body = draft.body
      let target = body.indices.min { body[$0].wordCount < body[$1].wordCount }!
      draft.body[target].sentences += group
    }
  }

  func words(_ sentences: [LetterSentence]) -> Int {
    sentences.reduce(0) { $0 + WordCount.words($1.text) }
  }

  func roleSentence(_ role: PlannedRole, _ narrator: inout Narrator) -> LetterSentence? {
    var slots = ["employer": role.employer]
    // A bare list of employers ("Gym A ,Studio B") is said as a list of workplaces.
    if role.position == nil, role.skills.isEmpty, role.employer.contains(",") {
      let names = role.employer.split(separator: ",").map { $0.trimmingSpaces() }
      slots["employer"] = SlotValues.list(names.filter { !$0.isEmpty })
    }
    slots["position"] = role.position.map(SlotValues.withArticle)
    if !role.skills.isEmpty {
      // As the role's statements write them: "Samsara ELD" is one product.
      let written = resume.evidence.filter { $0.path.hasPrefix(role.path + ".") }.map(\.text)
      let distinct = ClaimSafety.distinct(role.skills.map(posting.spelling))
      let names = JoinedToolNames.joined(distinct, in: written.joined(separator: "\n"))
      slots["skills"] = SlotValues.list(names.map { RequirementCase.commonTerm($0) ?? $0 })
    }
    return narrator.fill(bank.role, slots, variant: 0).map {
      LetterSentence($0, sources: [.resume(role.path)])
    }
  }

  func educationSentence(_ education: PlannedEducation, _ narrator: inout Narrator)
    -> LetterSentence?
  {
    let slots = SlotValues.education(education)
    return narrator.fill(bank.education, slots, variant: 0).map {
      LetterSentence($0, sources: [.resume(education.path)])
    }
  }
}
