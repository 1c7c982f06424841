/// Realises a plan as paragraphs in one tone, then fits the length target.
struct LetterComposer {
  let plan: LetterPlan
  let posting: JobPosting
  let resume: ParsedResume
  let options: LetterOptions
  let bank: PhraseBank

  private var variant: Int { options.variant }
  private var wordRange: ClosedRange<Int> {
    Letter(paragraphs: [], options: options, plan: plan).targetWords
  }

  func compose() -> [LetterParagraph] {
    var narrator = Narrator()
    var slots = SlotValues(plan: plan, resume: resume, options: options).common()
    if let lead = plan.lead, let sentence = narrator.sentence(for: lead.evidence) {
      slots["lead"] = sentence
      slots["leadLower"] = ClauseBuilder.lowerFirst(sentence)
    }
    let sources = SourceMap(plan: plan)
    var draft = LetterDraft(
      opening: paragraph(
        .opening, bank.opening[plan.opener.rawValue] ?? [], slots, sources.common, variant),
      body: bodyParagraphs(sources, &narrator), nextStep: nextStep(slots, sources))
    if options.length == .standard {
      draft.showcase = PhraseBank.fill(bank.showcase, slots, variant: variant).map {
        LetterSentence($0, sources: sources.showcase)
      }
    }
    draft.coverage = coverage(draft)
    lengthen(&draft, &narrator, slots)
    draft.trim(to: wordRange.upperBound)
    draft.splitLongParagraphs(over: 115)
    return [greeting(slots, sources), draft.opening] + draft.body + [draft.closing, signOff()]
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
      guard let sentence = narrator.sentence(for: point.evidence.evidence) else { continue }
      let slots = SlotValues.point(point, sentence: sentence)
      let text = PhraseBank.fill(bank.point, slots, variant: variant + index) ?? slots["evidence"]!
      sentences.append(SentenceSources.sentences(text, sources: sources.point(point)))
    }
    if options.length == .standard, let emphasis = plan.emphasis,
      let sentence = narrator.sentence(for: emphasis.evidence, allowAlso: false)
    {
      let slots = SlotValues.point(
        PlannedPoint(requirement: "", tier: .other, line: 0, evidence: emphasis),
        sentence: sentence)
      if let text = PhraseBank.fill(bank.level[plan.level.rawValue] ?? [], slots, variant: variant)
      {
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

  private func nextStep(_ slots: [String: String], _ sources: SourceMap) -> [LetterSentence] {
    guard let text = PhraseBank.fill(bank.closing, slots, variant: variant) else { return [] }
    return SentenceSources.sentences(text, sources: sources.topic)
  }

  /// The posting's top must-haves the resume shows but the draft never names, said in one
  /// sentence in the posting's own spelling.
  private func coverage(_ draft: LetterDraft) -> LetterSentence? {
    let text = ([draft.opening, draft.closing] + draft.body).map(\.text).joined(separator: " ")
    let mentioned = Set(Lexicon.standard.matches(in: text).map(\.term))
    let known = Set(resume.skills.map(\.term) + resume.evidence.flatMap(\.skills))
    let missing = KeywordGapCheck.mustHaves(posting, .standard).filter {
      known.contains($0) && !mentioned.contains($0)
    }
    guard !missing.isEmpty else { return nil }
    let skills = SlotValues.list(ClaimSafety.distinct(missing.prefix(4).map(posting.spelling)))
    return PhraseBank.fill(bank.coverage, ["skills": skills], variant: variant).map {
      LetterSentence($0, sources: [SourceRef(.posting, "requirements"), .resume("skills")])
    }
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

  /// Below the range: a second company detail, then reserve evidence in the shortest body
  /// paragraph, until the letter reaches the length target or the resume runs out.
  private func lengthen(
    _ draft: inout LetterDraft, _ narrator: inout Narrator, _ slots: [String: String]
  ) {
    if draft.wordCount < wordRange.lowerBound, let hook = plan.secondHook {
      var companySlots = slots
      companySlots["hook2"] = ClauseBuilder.addressed(hook.text)
      draft.company = PhraseBank.fill(bank.company, companySlots, variant: variant).map {
        LetterSentence($0, sources: [hook.source])
      }
    }
    // The draft does not change until `place`, so its words are counted once, and the
    // extras' words as they are added: counting them anew per candidate was most of the time.
    let draftWords = draft.wordCount
    var extras: [LetterSentence] = []
    var extraWords = 0
    func add(_ sentences: [LetterSentence]) {
      extras += sentences
      extraWords += words(sentences)
    }
    func short(_ floor: Int? = nil) -> Bool {
      draftWords + extraWords < (floor ?? wordRange.lowerBound)
    }
    func tell(_ item: PlannedEvidence) {
      guard let text = narrator.sentence(for: item.evidence) else { return }
      add(SentenceSources.sentences(text, sources: [.resume(item.evidence.path)]))
    }
    // A measured result is what a reader looks for first: keep one if the resume has one.
    let measured = plan.reserve.filter { !$0.evidence.metrics.isEmpty }
    if !hasMeasuredResult(draft),
      let best = measured.first(where: { !EvidenceRanker.isVague($0.evidence.text) })
        ?? measured.first
    {
      tell(best)
    }
    let told = Set(extras.flatMap(\.sources))
    let fresh = plan.reserve.filter { !told.contains(.resume($0.evidence.path)) }
    // Vague statements ("web applications") only to reach the floor, never the target.
    for item in fresh where short() && !EvidenceRanker.isVague(item.evidence.text) { tell(item) }
    let floor = wordRange.lowerBound * 4 / 5
    for item in fresh where short(floor) && EvidenceRanker.isVague(item.evidence.text) {
      tell(item)
    }
    for role in plan.roles where short() && !narrator.hasMentioned(role.employer) {
      if let sentence = roleSentence(role) { add([sentence]) }
    }
    if short(), let education = plan.education, let sentence = educationSentence(education) {
      add([sentence])
    }
    if short() { add(listSentences(draft, extras)) }
    let topic = plan.closing.topic
    for duty in plan.duties where short() && duty.text != topic {
      let text = PhraseBank.fill(bank.interest, ["duty": duty.text], variant: variant)
      if let text { add([LetterSentence(text, sources: [duty.source])]) }
    }
    place(extras, in: &draft)
  }

  /// True when a body sentence cites a statement that states a number.
  private func hasMeasuredResult(_ draft: LetterDraft) -> Bool {
    let paths = Set(
      ([draft.opening] + draft.body).flatMap(\.sentences).flatMap(\.sources)
        .filter { $0.kind == .resume }.map(\.reference))
    return resume.evidence.contains { paths.contains($0.path) && !$0.metrics.isEmpty }
  }

  /// The resume's tools not yet named, and the languages it lists.
  private func listSentences(_ draft: LetterDraft, _ extras: [LetterSentence]) -> [LetterSentence] {
    var sentences: [LetterSentence] = []
    let said = ([draft.opening, draft.closing] + draft.body).map(\.text) + extras.map(\.text)
    let mentioned = Set(Lexicon.standard.matches(in: said.joined(separator: " ")).map(\.term))
    let fresh = plan.toolkit.filter {
      !mentioned.contains(Lexicon.standard.entry(for: $0)?.term ?? $0)
    }
    if fresh.count >= 2,
      let text = PhraseBank.fill(
        bank.skills, ["skills": SlotValues.list(ClaimSafety.distinct(fresh))], variant: variant)
    {
      sentences.append(LetterSentence(text, sources: [.resume("skills")]))
    }
    if !plan.languages.isEmpty,
      let text = PhraseBank.fill(
        bank.languages, ["languages": SlotValues.list(plan.languages)], variant: variant)
    {
      sentences.append(LetterSentence(text, sources: [.resume("languages")]))
    }
    return sentences
  }

  /// Spreads added sentences over the body, shortest paragraph first; a letter with no
  /// answered requirement gets a body paragraph of its own.
  private func place(_ extras: [LetterSentence], in draft: inout LetterDraft) {
    guard !extras.isEmpty else { return }
    if draft.body.isEmpty { draft.body = [LetterParagraph(role: .body, sentences: [])] }
    for sentence in extras {
      let body = draft.body
      let target = body.indices.min { body[$0].wordCount < body[$1].wordCount }!
      draft.body[target].sentences.append(sentence)
    }
  }

  private func words(_ sentences: [LetterSentence]) -> Int {
    sentences.reduce(0) { $0 + $1.text.split(separator: " ").count }
  }

  private func roleSentence(_ role: PlannedRole) -> LetterSentence? {
    var slots = ["employer": role.employer]
    slots["position"] = role.position.map(SlotValues.withArticle)
    if !role.skills.isEmpty {
      slots["skills"] = SlotValues.list(ClaimSafety.distinct(role.skills.map(posting.spelling)))
    }
    return PhraseBank.fill(bank.role, slots, variant: 0).map {
      LetterSentence($0, sources: [.resume(role.path)])
    }
  }

  private func educationSentence(_ education: PlannedEducation) -> LetterSentence? {
    var slots = ["institution": education.institution]
    slots["studyType"] = education.studyType
    slots["area"] = education.area
    return PhraseBank.fill(bank.education, slots, variant: 0).map {
      LetterSentence($0, sources: [.resume(education.path)])
    }
  }
}
