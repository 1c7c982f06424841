/// Says one resume statement as a letter sentence, in the way its kind of entry calls for:
/// a work highlight as "At X, I …", a certificate as a credential, a summary as "I am …".
///
/// Only grammar changes (person, first-letter case, connective words); every fact stays as
/// the resume states it.
enum StatementPhrasing {
  /// The sentence, or nil when the statement cannot be said without guessing at grammar.
  static func sentence(for evidence: Evidence, also: Bool = false) -> String? {
    let text = ClauseBuilder.trimmedStatement(evidence.text)
    guard !text.isEmpty else { return nil }
    switch evidence.source {
    case .work:
      if let credential = credentialLine(text) {
        return "My credentials include \(CredentialPhrase(credential).object)."
      }
      return placed(text, evidence.organization.map { "At \($0)" }, also: also)
    case .volunteer:
      return placed(text, evidence.organization.map { "As a volunteer with \($0)" }, also: also)
    case .project:
      let project = evidence.organization.map(projectName)
      return placed(text, project.map { "In my \($0) project" }, also: also)
        ?? project.flatMap { projectLine($0, text) }
    case .certificate:
      if let statement = CredentialName.recordStatement(text) { return statement }
      if let done = actionStatement(text) ?? courseStatement(text) { return done }
      if let pending = PendingCredential.statement(text) { return pending }
      return "My credentials include \(CredentialPhrase(CredentialName.cleaned(text)).object)."
    case .education:
      guard isCourseList(text) else { return nil }
      let place = evidence.organization.map { " at \($0)" } ?? ""
      return "My coursework\(place) included \(ClauseBuilder.lowerFirst(text))."
    case .award:
      // An award's summary describes it; said as "I received …" it would be a second award.
      guard !evidence.path.hasSuffix(".summary") else { return nil }
      let from = evidence.organization.map { " from \($0)" } ?? ""
      return "I received \(titled(text))\(from)."
    case .publication:
      guard !evidence.path.hasSuffix(".summary") else { return nil }
      return "I published “\(text)”."
    case .summary:
      return summarySentence(text)
    }
  }

  /// True exactly when `sentence(for:)` gives a sentence, without writing it: the ranker
  /// asks this of every statement on every letter.
  static func canSay(_ evidence: Evidence) -> Bool {
    let text = ClauseBuilder.trimmedStatement(evidence.text)
    guard !text.isEmpty else { return false }
    switch evidence.source {
    case .work:
      return credentialLine(text) != nil || ClauseBuilder.firstPerson(text) != nil
    case .volunteer:
      return ClauseBuilder.firstPerson(text) != nil
    case .project:
      return ClauseBuilder.firstPerson(text) != nil
        || evidence.organization.flatMap { projectLine(projectName($0), text) } != nil
    case .certificate:
      return true
    case .education:
      return isCourseList(text)
    case .award, .publication:
      return !evidence.path.hasSuffix(".summary")
    case .summary:
      // As `summarySentence` decides, without phrasing the sentences after the first.
      let sentences = SentenceSplitter.split(text)
      guard sentences.count > 1 else { return summaryClause(text) != nil }
      return summaryClause(ClauseBuilder.trimmedStatement(sentences[0])) != nil
    }
  }

  /// An award said three ways, so a resume with several never gives "I received …" three
  /// times in a row; nil for an award's summary, which describes it.
  static func awardSentences(for evidence: Evidence) -> [String]? {
    guard let first = sentence(for: evidence), first.hasPrefix("I received ") else { return nil }
    let rest = first.dropFirst("I received ".count)
    return [first, "I also received " + rest, "My awards also include " + rest]
  }

  /// A credential said three ways, so a resume with several never opens "My credentials
  /// include …" again and again (review's repeated-frame); nil for any other statement. No
  /// wording says "also": the composer places sentences out of the order it writes them.
  static func credentialSentences(for evidence: Evidence) -> [String]? {
    let text = ClauseBuilder.trimmedStatement(evidence.text)
    switch evidence.source {
    // A job's statement is said as a credential only when it is a credential line (every
    // other wording opens "I" or "At").
    case .work: return credentialLine(text).map { CredentialPhrase($0).sentences }
    case .certificate:
      guard !text.isEmpty, CredentialName.recordStatement(text) == nil,
        actionStatement(text) == nil, courseStatement(text) == nil,
        PendingCredential.statement(text) == nil
      else { return nil }
      return CredentialPhrase(CredentialName.cleaned(text)).sentences
    default: return nil
    }
  }

  /// "Passed the FE Civil exam (EIT application pending)" → "I passed the FE Civil exam (EIT
  /// application pending).": a certificate line that opens on a past verb tells something
  /// done, which "My credentials include …" would paste in as a name. "Certified Scrum
  /// Master" and "Registered Nurse" open on adjectives and stay names. "CFA Level I passed"
  /// tells the same with the verb last: "I passed CFA Level I.".
  static func actionStatement(_ text: String) -> String? {
    let words = text.split(separator: " ")
    if words.count >= 2, words.last?.lowercased() == "passed",
      !text.contains(where: { ",;:()".contains($0) })
    {
      return "I passed \(words.dropLast().joined(separator: " "))."
    }
    guard let first = text.split(separator: " ", maxSplits: 1).first,
      Verbs.isPastTense(first.lowercased()), let clause = ClauseBuilder.firstPerson(text)
    else { return nil }
    return clause + "."
  }

  /// True when a degree's detail line names courses ("Pharmacology, Clinical Pharmacy"),
  /// which "My coursework … included" can say. A line with a figure, a clause after a
  /// semicolon or a past verb ("1,920 hours of training; graduated with a 3.8 GPA") tells
  /// something else and is no course name.
  static func isCourseList(_ text: String) -> Bool {
    !text.contains(where: { $0.isNumber || $0 == ";" })
      && !text.split(separator: " ").contains { Verbs.isPastTense($0.lowercased()) }
  }

  /// "Restorative Practices Facilitator training (completed 2025)" → "I completed
  /// Restorative Practices Facilitator training.": training is done, not held, so it is no
  /// credential ("I hold the … training credential").
  static func courseStatement(_ text: String) -> String? {
    let name = CredentialName.cleaned(text)
    guard let last = name.split(separator: " ").last?.lowercased(),
      ["training", "course", "workshop", "bootcamp"].contains(last),
      WordCount.spaced(name) >= 2, !name.contains(",")
    else { return nil }
    return "I completed \(name)."
  }

  /// "Senior design: Culvert replacement" → "Culvert replacement": a project's name without
  /// the label of up to three words a resume writes before a colon, which "In my … project"
  /// would read as part of the name.
  static func projectName(_ name: String) -> String {
    guard let colon = name.byteRange(of: ": ") else { return name }
    let rest = name[colon.upperBound...].trimmingSpaces()
    guard WordCount.spaced(name[..<colon.lowerBound]) <= 3, !rest.isEmpty else { return name }
    return rest
  }

  /// "Certification : ACE personal trainer" → "ACE personal trainer": a job's line that lists
  /// credentials rather than work.
  static func credentialLine(_ text: String) -> String? {
    let lower = text.lowercased()
    for label in ["certifications", "certification", "certificates", "certificate"]
    where lower.hasPrefix(label) {
      let rest = text.dropFirst(label.count).drop { $0 == " " }
      guard rest.first == ":" else { return nil }
      let name = rest.dropFirst().drop { $0 == " " }
      return name.isEmpty ? nil : CredentialName.cleaned(String(name))
    }
    return nil
  }

  /// "the Digital Pioneer Award", or a title in quotation marks when it does not say it is one.
  private static func titled(_ award: String) -> String {
    let last = award.split(separator: " ").last.map { $0.lowercased() } ?? ""
    return ["award", "prize", "medal", "scholarship", "fellowship", "honor", "honour"]
      .contains(last) ? "the " + award : "“\(award)”"
  }

  /// A project's statement that is no action of the person's, with a verb so it never reads
  /// as a label: "My project Tidepool Watch has 1,400 GitHub stars.", "My project Tidepool
  /// Watch is an open-source watchOS app."; nil when neither reads right (a plural or a
  /// passive, "Used by 40 clinics"; the people on it, "Team of 4"; two statements joined
  /// by a semicolon, "Team of 4; presented to the city").
  static func projectLine(_ name: String, _ text: String) -> String? {
    guard let first = text.split(separator: " ", maxSplits: 1).first.map({ $0.lowercased() }),
      !text.hasBytes(";"), !groupNouns.contains(first)
    else { return nil }
    if first.first?.isNumber == true { return "My project \(name) has \(text)." }
    guard !first.hasSuffix("s"), !first.hasSuffix("ed"), !first.hasSuffix("ing"),
      !Verbs.isPastTense(first), !Verbs.isBase(first)
    else { return nil }
    return "My project \(name) is "
      + SlotValues.withArticle(ClauseBuilder.lowerFirst(text, always: true)) + "."
  }

  private static let groupNouns: Set<String> = [
    "team", "group", "crew", "squad", "committee", "club", "panel", "cohort",
  ]

  /// "Backend engineer with eight years …" → "I am a backend engineer with eight years …";
  /// a title in capitals stays so ("I am a Customer Support Specialist with …"). Of a
  /// summary of several sentences, a later one is kept only when it can be said in the first
  /// person: a fragment such as "Bilingual English/Spanish." is left out.
  static func summarySentence(_ text: String) -> String? {
    let sentences = SentenceSplitter.split(text)
    guard sentences.count > 1 else { return summaryClause(text) }
    guard let first = summaryClause(ClauseBuilder.trimmedStatement(sentences[0])) else {
      return nil
    }
    let rest = sentences.dropFirst().compactMap {
      summaryClause(ClauseBuilder.trimmedStatement($0))
    }
    return ([first] + rest).joined(separator: " ")
  }

  private static func summaryClause(_ text: String) -> String? {
    guard !text.isEmpty else { return nil }
    // The first six words; `maxSplits` spares splitting the rest of a long summary.
    let words = text.split(separator: " ", maxSplits: 6).prefix(6).map { $0.lowercased() }
    if words.first == "i" { return ClauseBuilder.capitalisedFirst(text) + "." }
    let describesRole = words.contains("with") || words.contains { roleNouns.contains($0) }
    let opensWithAction = words.first.map { Verbs.isPastTense($0) } ?? false
    // "CDL Class A with Hazmat and Tanker (N) endorsements" names a credential, not a role.
    if describesRole, !words.contains(where: roleNouns.contains), namesCredential(text) {
      return "I hold \(text)."
    }
    if describesRole && !opensWithAction {
      let firstTwo = text.split(separator: " ", maxSplits: 2).prefix(2)
      let titled = firstTwo.count == 2 && firstTwo.allSatisfy { $0.first?.isUppercase == true }
      let role = titled ? text : ClauseBuilder.lowerFirst(text, always: true)
      return "I am " + SlotValues.withArticle(role) + "."
    }
    return ClauseBuilder.firstPerson(text).map { $0 + "." }
  }

  /// True when the words before "with" name a licence or certificate, not a person who
  /// holds one: "CPA with four years of …" is someone ("I am a CPA with …"), as is any
  /// credential followed by years or experience.
  private static func namesCredential(_ text: String) -> Bool {
    let split = text.byteRange(of: " with ")
    let head = split.map { String(text[..<$0.lowerBound]) } ?? text
    if let split {
      let rest = Set(text[split.upperBound...].lowercased().split(separator: " ").prefix(6))
      if !rest.isDisjoint(with: ["years", "year", "months", "experience"]) { return false }
    }
    return Lexicon.standard.matches(in: head).contains { $0.category == .certification }
  }

  private static func placed(_ text: String, _ place: String?, also: Bool) -> String? {
    guard var clause = ClauseBuilder.firstPerson(text) else { return nil }
    if also, let withAlso = Narrator.insertAlso(clause) { clause = withAlso }
    guard let place, !CurrentRole.namesItsWorkplace(text) else {
      return splitLong(ClauseBuilder.capitalisedFirst(clause))
    }
    return splitLong("\(place), \(clause)")
  }

  /// Ends the sentence; one that joins two statements with ";" becomes two sentences when
  /// the second starts with a past verb ("I own the close; shortened it…" → "I own the
  /// close. I shortened it…"), or, in one over 30 words, with any verb ("I also …").
  static func splitLong(_ sentence: String) -> String {
    guard let semicolon = sentence.byteRange(of: "; ") else { return sentence + "." }
    let rest = String(sentence[semicolon.upperBound...])
    let isLong = WordCount.spaced(sentence) > 30
    guard isLong || Verbs.isPastTense(rest.prefix { $0 != " " }.lowercased()),
      let clause = ClauseBuilder.firstPerson(rest),
      let second = isLong ? Narrator.insertAlso(clause) : clause
    else { return sentence + "." }
    return sentence[..<semicolon.lowerBound] + ". " + second + "."
  }

  private static let roleNouns: Set<String> = [
    "engineer", "developer", "nurse", "teacher", "accountant", "manager", "analyst",
    "designer", "specialist", "professional", "associate", "representative", "lead",
    "leader", "scientist", "consultant", "administrator", "coordinator", "technician",
    "generalist", "recruiter", "executive", "assistant", "graduate", "student", "advocate",
    "trainer", "paralegal", "architect", "operator", "clerk", "agent", "officer", "educator",
  ]
}
