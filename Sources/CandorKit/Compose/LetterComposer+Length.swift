/// Reaching the length target: what a letter adds, best first, when the plan's chosen
/// evidence leaves it short.
extension LetterComposer {
  /// Below the range: a second company detail, then reserve evidence, then what the resume
  /// states in its fields (roles, education, skills, languages), then the posting's duties,
  /// until the letter reaches the length target or the inputs run out.
  func lengthen(
    _ draft: inout LetterDraft, _ narrator: inout Narrator, _ slots: [String: String]
  ) {
    if draft.wordCount < lengthFloor, let hook = unsaidHook(draft) {
      var companySlots = slots
      companySlots["hook2"] = ClauseBuilder.addressed(hook.text)
      draft.company = narrator.fill(bank.company, companySlots, variant: variant).map {
        LetterSentence($0, sources: [hook.source])
      }
    }
    // The draft does not change until `place`, so its words are counted once, and the
    // extras' words as they are added: counting them anew per candidate was most of the time.
    let draftWords = draft.wordCount
    // Sentences added together (a requirement and the evidence nearest it) stay together.
    var groups: [[LetterSentence]] = []
    var extras: [LetterSentence] { groups.flatMap { $0 } }
    var extraWords = 0
    func add(_ sentences: [LetterSentence]) {
      guard !sentences.isEmpty else { return }
      groups.append(sentences)
      extraWords += words(sentences)
    }
    func short() -> Bool { draftWords + extraWords < lengthFloor }
    func tell(_ item: PlannedEvidence) {
      // A short credential goes in one sentence with the degree ("I hold … and a B.S. …").
      if let folded = credentialWithDegree(
        item.evidence, said: { ([draft.opening] + draft.body).flatMap(\.sentences) + extras },
        &narrator)
      {
        add([folded])
        return
      }
      guard let text = narrator.sentence(for: item.evidence) else { return }
      narrator.record(text)
      add(SentenceSources.sentences(text, sources: [.resume(item.evidence.path)]))
    }
    // Vague statements ("worked on web services") are never quoted to add length: a reader
    // discounts them, and the resume's fields say more.
    let quotable = plan.reserve.filter { !EvidenceRanker.isVague($0.evidence.text) }
    // A measured result is what a reader looks for first: keep one if the resume has one.
    if !hasMeasuredResult(draft) {
      if let best = quotable.first(where: { !$0.evidence.metrics.isEmpty }) { tell(best) }
      // With no measured action to tell, a measured noun phrase ("Migration of … (40%
      // cheaper)"), which the ranker leaves out, is quoted whole.
      if extras.isEmpty, let nominal = measuredNounPhrase() {
        narrator.record(nominal.text)
        add([nominal])
      }
    }
    let told = Set(extras.flatMap(\.sources))
    for item in quotable where short() && !told.contains(.resume(item.evidence.path)) {
      tell(item)
    }
    let drafted = ([draft.opening, draft.closing] + draft.body).map(\.text)
    let measures = unsaidMeasures(
      said: (drafted + extras.map(\.text)).joined(separator: " "),
      while: { draftWords + extraWords + $0 < lengthFloor }, &narrator)
    for sentence in measures { add([sentence]) }
    for role in plan.roles where short() {
      // A job already quoted, or already named with its title (a career-change opening's
      // "I've worked as a trainer at Gym A"), is said again only for the tools the letter
      // lacks: one statement is never told twice.
      var role = role
      let text = (([draft.opening] + draft.body).map(\.text) + extras.map(\.text))
        .joined(separator: " ")
      let said = text.lowercased()
      if narrator.hasMentioned(role.employer) || Self.names(role, in: said) {
        // A tool counts as said under any of its names ("Samsara" is fleet telematics).
        let named = Set(Lexicon.standard.matches(in: text).map(\.term))
        role.skills = role.skills.filter { !named.contains($0) && !said.hasBytes($0.lowercased()) }
        guard role.position != nil, role.skills.count >= 2 else { continue }
      }
      if let sentence = roleSentence(role, &narrator) { add([sentence]) }
    }
    if short(), let sentence = volunteerSentence(&narrator) { add([sentence]) }
    // A course of study a sentence already cites (a credential answered from it, or said
    // with a credential) is not said again. An entry-level letter says the year of study
    // the resume states, long or short.
    let quoted = Set(
      (([draft.opening] + draft.body).flatMap(\.sentences) + extras).flatMap(\.sources))
    if let education = plan.education, !quoted.contains(.resume(education.path)),
      short() || (plan.level == .entry && education.yearOfStudy != nil),
      let sentence = educationSentence(education, &narrator)
    {
      add([sentence])
    }
    for sentence in furtherEducationSentences(&narrator, excluding: quoted) where short() {
      add([sentence])
    }
    // The dated roles in order, unless a role was already said from its fields (here, or
    // with its dates for a years ask).
    let saidRoles = (draft.body.flatMap(\.sentences) + extras).flatMap(\.sources).contains {
      $0.kind == .resume && $0.reference.hasPrefix("work[") && !$0.reference.contains(".")
    }
    if short(), !saidRoles, let path = RolePath.text(of: resume.resume),
      let told = RolePath.told(of: resume.resume),
      let text = narrator.fill(bank.path, ["path": path, "worked": told], variant: variant)
    {
      add([LetterSentence(text, sources: [.resume("work")])])
    }
    // A requirement answered with a listed skill says that skill once: the list sentence
    // after it leaves the skill out.
    if short() {
      let cited = Set(([draft.opening] + draft.body).flatMap(\.sentences).flatMap(\.sources))
        .union(extras.flatMap(\.sources))
      let sentences = ([draft.opening, draft.closing] + draft.body).flatMap(\.sentences) + extras
      let said = sentences.map(\.text).joined(separator: " ")
      // Skills already named as skills ("My resume also shows Zendesk …").
      let listed = sentences.filter { $0.sources.contains(.resume("skills")) }.map(\.text)
        .joined(separator: " ")
      let answers = closestSentences(excluding: cited, said: said, listed: listed, &narrator)
      for answer in answers where short() { add(answer) }
      if short(),
        let sentence = languagesSentence(
          said: said + " " + extras.map(\.text).joined(separator: " "), &narrator)
      {
        add([sentence])
      }
      // Far under the target a letter reads as a note: the resume's tools keep it a letter.
      // Below 85 % of the target (212 of 250 words): four fifths, the shortest letter a
      // reader takes as whole, and the words place frames and trimming take off later.
      if draftWords + extraWords < wordRange.lowerBound * 17 / 20,
        let sentence = toolsSentence(
          said: said + " " + extras.map(\.text).joined(separator: " "), &narrator)
      {
        add([sentence])
      }
    }
    // A credential the posting asks for, pending on the resume, is said as pending.
    let written = (([draft.opening, draft.closing] + draft.body).map(\.text) + extras.map(\.text))
    if let pending = pendingCredentialSentence(
      said: written.joined(separator: " "), &narrator)
    {
      add([pending])
    }
    // What the letter shows done: its sentences that quote a resume statement.
    let shown = (([draft.opening] + draft.body).flatMap(\.sentences) + extras)
      .filter { $0.sources.contains { $0.kind == .resume && $0.reference.contains("highlights") } }
      .map(\.text)
    for sentence in dutySentences(said: shown, &narrator) where short() { add([sentence]) }
    // A letter to the person's own employer does not tell it its own facts as news.
    let home = resume.resume.work.contains { work in
      plan.company != nil && work.name?.trimmingSpaces() == plan.company
    }
    if short(), !home { draft.companyAgain = secondHookSentence(draft, &narrator) }
    place(groups, in: &draft)
  }

  /// True when `said` (lowercased) names the role's employer and its title.
  static func names(_ role: PlannedRole, in said: String) -> Bool {
    guard let position = role.position, !position.isEmpty else { return false }
    return said.hasBytes(role.employer.lowercased()) && said.hasBytes(position.lowercased())
  }

  /// The posting's second company detail, when the company sentence said the first and the
  /// letter is still short: a true fact about this company, never a stock phrase.
  private func secondHookSentence(_ draft: LetterDraft, _ narrator: inout Narrator)
    -> LetterSentence?
  {
    guard let second = plan.secondHook, let company = draft.company else { return nil }
    let detail = ClauseBuilder.addressed(second.text)
    let said = (([draft.opening] + draft.body).map(\.text) + [company.text])
      .joined(separator: " ")
    guard !said.hasBytes(detail) else { return nil }
    let slots = ["hook2": detail]
    return narrator.fill(bank.companyAgain, slots, variant: variant).map {
      LetterSentence($0, sources: [second.source])
    }
  }

  /// The statement with the largest number other than years that opens with a noun of
  /// action.
  private func measuredNounPhrase() -> LetterSentence? {
    // The largest number first: the result a reader remembers.
    func size(_ item: Evidence) -> Double {
      item.metrics.filter { $0.unit != "years" }.map(\.value).max() ?? 0
    }
    let measured = resume.evidence.filter { size($0) > 0 && !EvidenceRanker.isVague($0.text) }
    for item in measured.sorted(by: { size($0) > size($1) }) {
      guard let text = NominalStatement.sentence(for: item, language: resume.language) else {
        continue
      }
      return LetterSentence(text, sources: [.resume(item.path)])
    }
    return nil
  }

  /// The first company detail the opening has not said: the plan's hook when the opening
  /// led with evidence instead, else the second one.
  private func unsaidHook(_ draft: LetterDraft) -> PlannedHook? {
    let cited = Set(draft.opening.sentences.flatMap(\.sources))
    if let hook = plan.hook, !cited.contains(hook.source) { return hook }
    return plan.secondHook
  }

  /// True when a body sentence cites a statement that states a number.
  private func hasMeasuredResult(_ draft: LetterDraft) -> Bool {
    let paths = Set(
      ([draft.opening] + draft.body).flatMap(\.sentences).flatMap(\.sources)
        .filter { $0.kind == .resume }.map(\.reference))
    return resume.evidence.contains { paths.contains($0.path) && !$0.metrics.isEmpty }
  }

  /// The organisations of volunteer entries no sentence has quoted, by their first name
  /// ("ENEISOFT XIII | University" → "ENEISOFT XIII"): "My volunteer work includes X and Y."
  private func volunteerSentence(_ narrator: inout Narrator) -> LetterSentence? {
    var names: [String] = []
    for entry in resume.resume.volunteer {
      guard let organization = entry.organization, !narrator.hasMentioned(organization),
        !PlaceholderCheck.containsPlaceholder(organization),
        let name = organization.split(separator: "|").first?.trimmingSpaces(), !name.isEmpty,
        !names.contains(name)
      else { continue }
      names.append(name)
    }
    guard !names.isEmpty else { return nil }
    return narrator.fill(
      bank.volunteer, ["organizations": SlotValues.list(names)], variant: variant
    ).map { LetterSentence($0, sources: [.resume("volunteer")]) }
  }

  /// The other degrees and courses, one sentence each so two institution names never run
  /// together: "I have also earned an MBA at X."
  private func furtherEducationSentences(
    _ narrator: inout Narrator, excluding cited: Set<SourceRef>
  ) -> [LetterSentence] {
    plan.furtherEducation.filter { !cited.contains(.resume($0.path)) }.enumerated().compactMap {
      index, entry in
      let slots = SlotValues.furtherStudy(entry)
      return narrator.fill(bank.furtherEducation, slots, variant: variant + index).map {
        LetterSentence($0, sources: [.resume(entry.path)])
      }
    }
  }

  /// The languages the resume lists. The resume's tools and skills are never listed in a
  /// sentence of their own ("My toolkit includes …", "The skills section of my resume lists
  /// …"): a skill reaches the letter in a statement that uses it, in an answer to the
  /// requirement that asks for it, or in the coverage sentence.
  /// Languages an answered ask already named ("I am bilingual in French and English") are
  /// not listed again.
  private func languagesSentence(said: String, _ narrator: inout Narrator) -> LetterSentence? {
    let lowered = said.lowercased()
    let names = plan.languages.map {
      $0.split(separator: "(").first.map { $0.trimmingSpaces().lowercased() } ?? $0
    }
    guard !plan.languages.isEmpty, !names.allSatisfy(lowered.hasBytes) else { return nil }
    return narrator.fill(bank.languages, SlotValues.languages(plan.languages), variant: variant)
      .map { LetterSentence($0, sources: [.resume("languages")]) }
  }

  /// The resume's tools the letter has not named, the posting's first, then the skills it
  /// lists in its own words: "I also work with PL/SQL, Java and Python." Said only for a
  /// letter far under its target.
  private func toolsSentence(said: String, _ narrator: inout Narrator) -> LetterSentence? {
    let mentioned = Set(Lexicon.standard.matches(in: said).map(\.term))
    let fresh = plan.toolkit.filter {
      !mentioned.contains(Lexicon.standard.entry(for: $0)?.term ?? $0)
    }
    let tools = JoinedToolNames.joined(
      ClaimSafety.distinct(Array(fresh.prefix(6))), inLowered: resumeText.text
    ).map { RequirementCase.commonTerm($0) ?? $0 }
    // The skills as the resume words them, none named yet, when the tools are few.
    let lowered = (said + " " + tools.joined(separator: " ")).lowercased()
    let named = mentioned.union(Lexicon.standard.matches(in: lowered).map(\.term))
    // "bilingual English/Spanish" is a language said as one ("I work with … bilingual …").
    let listed = plan.listedSkills.filter { item in
      !lowered.hasBytes(item.lowercased())
        && !Lexicon.standard.matches(in: item).contains {
          $0.term == "bilingual" || Lexicon.standard.entry(for: $0.term)?.isSpokenLanguage == true
        }
        && !Lexicon.standard.matches(in: item).contains { named.contains($0.term) }
    }.map(RequirementCase.listed)
    let items = tools + listed.prefix(max(0, 6 - tools.count))
    guard items.count >= 2 else { return nil }
    return narrator.fill(bank.skills, ["skills": SlotValues.list(items)], variant: variant).map {
      LetterSentence($0, sources: [.resume("skills")])
    }
  }

  /// The posting's duties as work the candidate is ready to take on, at most three
  /// sentences: short duties up to three to a sentence so the letter never repeats one pattern
  /// line after line, then a longer duty (13 to 16 words) alone, which keeps each sentence
  /// under the reviewer's 35 words. A thin resume's letter reaches its length from the
  /// posting's own work this way, never from padding. Comma-free duties only, and none the
  /// letter has already shown done (`said`): "processing insurance claims" after a result
  /// about insurance claims would offer to take on what the candidate just said they do.
  private func dutySentences(said: [String], _ narrator: inout Narrator) -> [LetterSentence] {
    let saidStems = said.map(ShownWork.stems)
    let duties = plan.duties.filter {
      $0.text != plan.closing.topic && !$0.text.contains(",")
        && !Self.isShownDone($0.text, byStems: saidStems)
    }
    let sizes = duties.map { WordCount.spaced($0.text) }
    let short = duties.indices.filter { (3...12).contains(sizes[$0]) }.map { duties[$0] }
    let long = duties.indices.filter { (13...16).contains(sizes[$0]) }.map { duties[$0] }
    var groups = Self.grouped(short.prefix(9))
    groups += long.prefix(max(0, 3 - groups.count)).map { [$0] }
    return groups.enumerated().compactMap { index, group in
      let slots = ["duty": SlotValues.list(group.map(\.text))]
      // "take on taking part in …" doubles the verb: such a duty takes another frame.
      let frames =
        group.first?.text.hasPrefix("taking ") == true
        ? bank.interest.filter { !$0.contains("take on {duty}") } : bank.interest
      return narrator.fill(frames, slots, variant: variant + index).map {
        LetterSentence($0, sources: group.map(\.source))
      }
    }
  }

  /// Short duties up to three to a group, while a group's duties hold at most
  /// `groupWords`, so the sentence around them stays under 35 words.
  static func grouped(_ duties: ArraySlice<PlannedHook>) -> [[PlannedHook]] {
    var groups: [[PlannedHook]] = []
    var words = 0
    for duty in duties {
      let size = WordCount.spaced(duty.text)
      if let last = groups.last, last.count < 3, words + size <= groupWords {
        groups[groups.count - 1].append(duty)
        words += size
      } else {
        groups.append([duty])
        words = size
      }
    }
    return groups
  }

  /// The words a sentence's duties may hold: its frame ("Your posting describes …, and
  /// that is work I am ready to take on.") takes up to 13 more.
  static let groupWords = 22

  /// True when one of the letter's quoted statements (`said`, each as
  /// ``ShownWork/stems(_:)``) already shows a duty done (``ShownWork/isShown(_:in:)``).
  static func isShownDone(_ duty: String, byStems said: [Set<String>]) -> Bool {
    ShownWork.isShown(duty, in: said)
  }

  /// A duty without its opening verbs: "filling and labeling prescriptions" →
  /// "prescriptions".
  static func dutyObject(_ duty: String) -> String {
    var words = duty.split(separator: " ")[...]
    var isVerb = true
    while let first = words.first?.lowercased(),
      isVerb ? Verbs.isGerund(first) || Verbs.isBase(first) : ["and", "or"].contains(first)
    {
      words = words.dropFirst()
      isVerb.toggle()
    }
    return words.joined(separator: " ")
  }
}
