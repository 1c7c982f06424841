/// Requirements the letter has not answered, told with what the resume does hold: a listed
/// skill that meets the ask, or the nearest fact, said as exactly that.
extension LetterComposer {
  /// Requirements the letter has not answered, each with the nearest thing the resume
  /// states (an education entry, a listed skill, a role), said as exactly that and never as
  /// a claim to meet them: "Your posting asks for X. The closest my resume comes is Y."
  /// A fact the letter has already cited (`cited`), or a skill it already names as a skill
  /// (`listed`), is not offered again, nor is a requirement `said` already answers or one
  /// a resume statement meets. A requirement a listed skill meets (``ListedAnswer``) is
  /// answered with that skill plainly: "You mention SQL or Looker, and I work with Looker."
  func closestSentences(
    excluding cited: Set<SourceRef>, said: String, listed: String, _ narrator: inout Narrator
  ) -> [[LetterSentence]] {
    // A requirement quoted from a posting in another language would not read in English.
    guard posting.language == "en" else { return [] }
    let answered = Set(plan.points.map(\.line))
    let requirements = posting.requirements.filter { !answered.contains($0.line) }
      .sorted { ($0.tier, -$0.emphasis, $0.line) < ($1.tier, -$1.emphasis, $1.line) }
    let facts = ClosestFacts(plan: plan, excluding: cited, said: listed)
    var answers: [[LetterSentence]] = []
    var used = Set<String>()
    let saidStems = ClosestFacts.stems(said)
    // A statement naming one of a requirement's skills ("Built Airflow pipelines") meets it:
    // the letter cites such statements, and the coverage sentence names the skill otherwise,
    // so nothing "closest" (such as the same skill in the skills list) is offered for it.
    let evidenced = Set(resume.evidence.flatMap(\.skills))
    let shown = evidenced.union(
      StatedToolNames.terms(of: posting, in: resume, known: evidenced))
    let held = HeldCertificate.heldWords(of: resume)
    var listedLower = listed.lowercased()
    let spoken = SpokenAnswer.held(resume.resume, languages: plan.languages)
    for requirement in requirements where answers.count < 6 {
      // A degree the resume holds at the level asked, or above, is no gap to offer for.
      // A listed skill or certificate naming the ask's core ("Fall Protection" for "Fall
      // protection training") holds it.
      if requirement.skills.contains(where: shown.contains)
        || DegreeRequirement.isMet(requirement.text, by: resume)
        || HeldCertificate.holds(requirement.text, in: held)
      {
        continue
      }
      // A language the resume lists is said as spoken, at the level the resume gives.
      if let languages = SpokenAnswer.languages(meeting: requirement.text, held: spoken) {
        let unsaid = languages.filter { !listedLower.hasBytes($0.lowercased()) }
        if unsaid.count == languages.count,
          let text = narrator.fill(bank.languages, SlotValues.languages(languages), variant: 0)
        {
          listedLower += " " + text.lowercased()
          answers.append(
            SentenceSources.sentences(
              text, sources: [.posting(line: requirement.line), .resume("skills")]))
        }
        continue
      }
      let phrase = SlotValues.requirementPhrase(requirement.text, skills: [])
      guard Self.isNounPhrase(phrase), !ClosestFacts.isAnswered(phrase, byStems: saidStems)
      else { continue }
      // A listed skill that meets the ask is said plainly, once: no "closest" concession.
      if let skills = ListedAnswer.skills(
        meeting: requirement.text, listed: plan.listedSkills + plan.toolkit,
        company: posting.company)
      {
        let unsaid = skills.filter { !listedLower.hasBytes($0.lowercased()) }
        let slots = [
          "requirement": phrase, "skills": SlotValues.list(unsaid.map(RequirementCase.listed)),
        ]
        if !unsaid.isEmpty, skills.count == unsaid.count,
          let text = narrator.fill(bank.listedAnswer, slots, variant: variant + answers.count)
        {
          listedLower += " " + text.lowercased()
          answers.append(
            SentenceSources.sentences(
              text, sources: [.posting(line: requirement.line), .resume("skills")]))
        }
        continue
      }
      // An industry a role's employer or title names is met, and said as met.
      if let answer = roleAnswer(requirement, phrase, &narrator) {
        answers.append(answer)
        continue
      }
      // A skill the resume lists is never called missing: nothing "closest" stands in for it.
      if requirement.skills.contains(where: knownSkills.contains) { continue }
      guard let fact = facts.nearest(to: requirement, excluding: used) else { continue }
      used.insert(fact.text)
      let slots = ["requirement": phrase, "closest": fact.text]
      if let text = narrator.fill(bank.closest, slots, variant: variant + answers.count) {
        answers.append(
          SentenceSources.sentences(
            text, sources: [.posting(line: requirement.line), fact.source]))
      }
    }
    return answers
  }

  /// The first role that meets an ask for its industry (``FieldAnswer``), said as meeting
  /// it: "Your posting mentions experience in the outdoor or apparel industry, and I work as
  /// a Supply Planner at Granite Peak Apparel."
  private func roleAnswer(
    _ requirement: Requirement, _ phrase: String, _ narrator: inout Narrator
  ) -> [LetterSentence]? {
    guard let role = plan.roles.first(where: { FieldAnswer.meets(requirement.text, by: $0) }),
      let work = resume.resume.work.indices.first(where: { "work[\($0)]" == role.path })
        .map({ resume.resume.work[$0] })
    else { return nil }
    let isCurrent = (work.endDate ?? "").isEmpty && work.startDate != nil
    let position = role.position.map { " as \(SlotValues.withArticle($0))" } ?? ""
    let clause = (isCurrent ? "work" : "worked") + position + " at " + role.employer
    let slots = ["requirement": phrase, "role": clause]
    guard let text = narrator.fill(bank.roleAnswer, slots, variant: variant) else { return nil }
    return SentenceSources.sentences(
      text, sources: [.posting(line: requirement.line), .resume(role.path)])
  }

  /// A requirement that reads after "asks for": not a verb ("participate in …"), not an
  /// address ("you heed …"), not cut off mid-list ("GIS, or"), not two sentences, not a
  /// title ("experience as an HR Manager") or a vague category ("new languages"), and with
  /// no figure ("6+ years"): each of those would read as the candidate's own claim.
  static func isNounPhrase(_ phrase: String) -> Bool {
    let words = phrase.split(separator: " ").map { $0.lowercased() }
    guard words.count >= 3, let first = words.first, let last = words.last else { return false }
    let openers: Set<String> = ["you", "we", "be", "must", "should", "can", "are", "is"]
    let enders: Set<String> = ["or", "and", "a", "the", "of", "to", "with", "in"]
    return !openers.contains(first) && !Verbs.isBase(first) && !enders.contains(last)
      && !phrase.hasSuffix(",") && !phrase.hasSuffix(";") && !phrase.contains(where: \.isNumber)
      && !phrase.contains(where: \.isNewline) && !phrase.hasBytes(". ")
      && !words.contains("as") && !EvidenceRanker.isVague(phrase)
  }
}
