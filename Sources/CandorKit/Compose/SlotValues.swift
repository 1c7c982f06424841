/// The values a phrase-bank pattern can name, computed once per letter from the plan.
///
/// Every value is text from the resume, the posting or an option, reshaped only in
/// grammar; the patterns add connective words, never facts.
struct SlotValues {
  let plan: LetterPlan
  let resume: ParsedResume
  let options: LetterOptions

  /// Slots shared by every part of the letter.
  func common() -> [String: String] {
    var slots: [String: String] = [:]
    // A person is greeted as the plan addresses them ("Dr. Vance"), a team by its name.
    slots["name"] = plan.recipient.name == nil ? nil : plan.recipient.addressee
    slots["team"] = plan.recipient.name == nil ? plan.recipient.addressee : nil
    slots["company"] = plan.company
    slots["role"] = plan.role
    // A noun phrase with no verb is said as a sentence of its own (`LetterComposer`).
    slots["hook"] = plan.hook.flatMap {
      HookPhrase.isOwnSentence($0) ? nil : ClauseBuilder.addressed($0.text)
    }
    slots["referrer"] = options.referrer.map(TypedName.cased)
    let work = resume.resume.work
    if let current = work.first(where: { ($0.endDate ?? "").isEmpty }) ?? work.first {
      slots["currentRole"] = current.position.map(Self.withArticle)
    }
    // A career change names the latest job as past only once it has ended: "After my work
    // as …" would end a job the person still holds.
    if let latest = work.first {
      let isCurrent = (latest.endDate ?? "").isEmpty && latest.startDate != nil
      slots[isCurrent ? "presentRole" : "previousRole"] = latest.position.map(Self.withArticle)
      slots[isCurrent ? "presentEmployer" : "previousEmployer"] = latest.name
    }
    slots["recent"] = recentLearning()
    slots["topic"] = plan.closing.topic
    slots["showcase"] = plan.closing.showcase
    // "walk you through my portfolio", "… through Tidewatch": the showcase inside a sentence.
    slots["showcaseNamed"] = plan.closing.showcase.map {
      $0.hasPrefix("My ") ? "my " + $0.dropFirst(3) : $0
    }
    slots["link"] =
      plan.closing.link.map { " (\($0))" } ?? (plan.closing.showcase == nil ? nil : "")
    return slots
  }

  /// "iOS: Swift, SwiftUI, UIKit", "Tools: Excel, Word": a group's label over a list of
  /// names; the names are the ask, and the label is no phrase to quote. Nil for any other
  /// text.
  private static func labelledList(_ text: String) -> [String]? {
    guard let colon = text.firstIndex(of: ":") else { return nil }
    let label = text[..<colon]
    guard (1...3).contains(WordCount.spaced(label)), !label.contains(",") else { return nil }
    let items = text[text.index(after: colon)...].split(separator: ",").map { item in
      var name = item.trimming(charactersIn: " .")
      for joiner in ["and ", "or "] where name.hasPrefix(joiner) {
        name = String(name.dropFirst(joiner.count))
      }
      return name
    }
    guard items.count >= 2,
      items.allSatisfy({ WordCount.spaced($0) <= 4 && $0.first?.isUppercase == true })
    else { return nil }
    return items
  }

  /// Slots for one answered requirement, its evidence told as `sentence`.
  static func point(_ point: PlannedPoint, sentence: String) -> [String: String] {
    [
      "requirement": point.isPartlyCovered
        ? coveredPhrase(point.skills) : requirementPhrase(point.requirement, skills: point.skills),
      "evidence": sentence,
      "evidenceLower": ClauseBuilder.lowerFirst(sentence),
    ]
  }

  /// Only the skills the resume shows, when the posting's line also names ones it lacks, so
  /// the letter never seems to claim those: "experience with Epic". A credential is held,
  /// not a matter of experience: "BLS certification".
  static func coveredPhrase(_ skills: [String]) -> String {
    let entries = skills.map { Lexicon.standard.entry(for: $0) }
    if let spoken = spokenPhrase(skills, entries) { return spoken }
    let credentials = entries.allSatisfy { $0?.category == .certification }
    guard credentials else { return "experience with " + list(skills.map(RequirementCase.named)) }
    // "Licensed Veterinary Technician" names a person; asked for, it is the credential.
    return list(
      skills.map { name in
        let last = name.split(separator: " ").last.map(String.init) ?? ""
        return RoleWords.isTitle(last) && name.contains(" ")
          ? "the \(name) credential" : counted(RequirementCase.named(name))
      })
  }

  /// "bilingual English and Spanish", "fluency in French": languages are spoken, not a
  /// matter of experience ("experience with Bilingual and English"); nil unless every skill
  /// is a spoken language or bilingualism.
  private static func spokenPhrase(_ skills: [String], _ entries: [Lexicon.Entry?]) -> String? {
    var languages: [String] = []
    var bilingual = false
    for (skill, entry) in zip(skills, entries) {
      guard let entry else { return nil }
      if entry.term == "bilingual" {
        bilingual = true
      } else if entry.isSpokenLanguage {
        languages.append(skill)
      } else {
        return nil
      }
    }
    if languages.isEmpty { return bilingual ? "bilingual skills" : nil }
    return (bilingual ? "bilingual " : "fluency in ") + list(languages)
  }

  /// The slot for the languages the plan lists ("Somali (fluent)"): `bilingual` ("bilingual
  /// in English and Spanish") when the resume marks each of two or more languages
  /// bilingual, or lists two of which one is marked bilingual and the other has no level
  /// ("French (bilingual), English"), since "English (bilingual) and Spanish (bilingual)"
  /// reads as a form; otherwise `languages`, each with the level the resume states.
  static func languages(_ languages: [String]) -> [String: String] {
    let mark = " (bilingual)"
    let marked = languages.filter { $0.lowercased().hasSuffix(mark) }
    let names = languages.map { entry in
      entry.lowercased().hasSuffix(mark) ? String(entry.dropLast(mark.count)) : entry
    }
    let allMarked = languages.count >= 2 && marked.count == languages.count
    let pairMarked =
      languages.count == 2 && !marked.isEmpty && !names.contains { $0.contains("(") }
    guard allMarked || pairMarked else { return ["languages": list(languages)] }
    return ["bilingual": "bilingual in " + list(names)]
  }

  /// A requirement as a noun phrase that reads after "You ask for": cue words dropped,
  /// cut at a clause boundary when long, and never a list of generic words.
  static func requirementPhrase(_ requirement: String, skills: [String]) -> String {
    var text = ClauseBuilder.trimmedStatement(requirement)
    if let items = labelledList(text) { return "experience with " + list(items) }
    let lowered = text.lowercased()
    for prefix in ["must have", "must hold", "must possess", "required:", "requirement:"]
      + ["you have", "you are"]
    where lowered.hasPrefix(prefix + (prefix.hasSuffix(":") ? "" : " ")) {
      text = String(text.dropFirst(prefix.count)).trimmingSpaces()
    }
    // "ideally in warehousing or manufacturing", the preferred half of a split ask: the
    // cue goes, and a bare place of work is experience there.
    for cue in ["ideally ", "preferably "] where text.lowercased().hasPrefix(cue) {
      text = String(text.dropFirst(cue.count)).trimmingSpaces()
      let first = text.prefix { $0 != " " }.lowercased()
      if ["in", "with", "within", "at"].contains(first) { text = "experience " + text }
    }
    // "Must pass a DOT physical", "Must be able to lift 50 lb", "Able to work weekends": an
    // ability asked for.
    for prefix in ["must be able to ", "must be willing to ", "able to ", "must "]
    where text.lowercased().hasPrefix(prefix) {
      let rest = String(text.dropFirst(prefix.count)).trimmingSpaces()
      if prefix == "must ", rest.lowercased().hasPrefix("be ") {
        text = String(rest.dropFirst(3)).trimmingSpaces()  // "Must be bondable"
        break
      }
      if WordCount.spaced(rest) >= 2 { return "the ability to " + ClauseBuilder.lowerFirst(rest) }
    }
    // "Expert in Adobe Illustrator": the expertise is what is asked for.
    for (prefix, noun) in [("expert in ", "expertise in "), ("expert with ", "expertise with ")]
    where text.lowercased().hasPrefix(prefix) {
      text = noun + text.dropFirst(prefix.count)
    }
    // "Comfortable with ezyVet" says how the candidate should be, not what is asked for: the
    // tool is the ask ("ezyVet").
    var loweredText = text.lowercased()
    for prefix in comfortPrefixes where loweredText.hasPrefix(prefix + " ") {
      let rest = String(text.dropFirst(prefix.count + 1)).trimmingSpaces()
      if WordCount.spaced(rest) >= 1 {
        text = rest
        loweredText = text.lowercased()
      }
    }
    // "Bachelor's degree in HR. Master's degree preferred.": the first sentence is the ask.
    let sentences = SentenceSplitter.split(text)
    if sentences.count > 1, WordCount.spaced(sentences[0]) >= 4 {
      text = ClauseBuilder.trimmedStatement(sentences[0])
    }
    text = RequirementQuote.withoutTierNote(text)
    for marker in [
      ";", ":", " (", ", including", " including ", ", such as", ", ideally",
      ", preferably", ", e.g.", " - ", " – ", " — ",
    ] {
      // A cut inside brackets ("Security+ (required; CySA+ a plus)") would leave one open.
      // Two words before a semicolon are a name ("CompTIA Security+; CySA+ a plus").
      // "Airframe and Powerplant (A&P) certificate": an acronym in brackets inside a name
      // is no aside, and the name runs on after it.
      if let cut = RequirementQuote.topLevel(marker, in: text),
        WordCount.spaced(text[..<cut]) >= (marker == ";" ? 2 : 3),
        marker != " (" || !namedAcronym.matches(String(text[cut...]))
      {
        text = String(text[..<cut]).trimmingSpaces()
      }
    }
    text = RequirementQuote.withoutTrailingCue(RequirementQuote.closed(text))
    if WordCount.spaced(text) > 16 {
      if !skills.isEmpty {
        return "experience with " + list(Array(skills.prefix(3)))
      } else {
        text = text.split(separator: " ", maxSplits: 12).prefix(12).joined(separator: " ")
      }
    }
    if let industry = industryAsk(text) { return industry }
    let first = text.split(separator: " ", maxSplits: 1).first.map { String($0).lowercased() } ?? ""
    // "Pass DOT physical": the verb's capital is the list item's, never a name's.
    if abilityVerbs.contains(first) {
      return "the ability to " + first + text.dropFirst(first.count)
    }
    // "Credentialed Veterinary Technician": a person is asked for, with an article.
    // "job costing for contractors" ends on a role word but asks for work, not a person: a
    // gerund or a plural ("contractors") never takes "a".
    if RoleWords.isTitle(text), !text.contains(where: \.isNumber),
      let last = text.split(separator: " ").last, RoleWords.isTitle(String(last)),
      !isPlural(String(last)),
      !text.split(separator: " ").contains(where: { Verbs.isGerund($0.lowercased()) })
    {
      return SlotValues.withArticle(titleLowered(text))
    }
    return counted(RequirementCase.lowered(text))
  }

  /// "Outdoor or apparel industry" → "experience in the outdoor or apparel industry": an
  /// industry named alone is asked for as experience in it ("You ask for Outdoor or apparel
  /// industry" reads as a typo). Nil for any other ask.
  private static func industryAsk(_ text: String) -> String? {
    let words = text.split(separator: " ")
    let linking: Set<String> = [
      "in", "of", "with", "the", "a", "an", "to", "for", "within", "experience", "background",
    ]
    guard (2...6).contains(words.count), let last = words.last?.lowercased(),
      ["industry", "sector"].contains(last),
      !words.contains(where: { linking.contains($0.lowercased()) })
    else { return nil }
    let first = words[0]
    let opening = RequirementCase.isPlainCapitalised(first) ? first.lowercased() : String(first)
    return "experience in the " + opening + text.dropFirst(first.count)
  }

  /// A bracketed acronym with the credential's noun after it: " (A&P) certificate".
  private static let namedAcronym = Pattern(
    #"^ \([A-Z][A-Z&/.-]{1,7}\) (?:certificate|certification|licen[cs]e|card|credential|"#
      + #"permit|endorsement|training)\b"#, caseSensitive: true)

  /// "contractors", "nurses": a plural noun; "Sales", "Boss" and "Analysis" are not.
  private static func isPlural(_ word: String) -> Bool {
    let lower = word.lowercased()
    return lower.hasSuffix("s") && !lower.hasSuffix("ss") && !lower.hasSuffix("is")
      && lower != "sales"
  }

  /// "a Washington journeyman electrician license", "an OSHA 10 card", "a valid California
  /// teaching credential": one licence, card, permit, credential or certificate asked for
  /// without an article takes one; a list of them does not.
  /// The noun is read outside brackets and before an issuer: "a paralegal certificate
  /// (ABA-approved)", "a paralegal certificate from an ABA-approved program".
  static func counted(_ phrase: String) -> String {
    // The name runs to its credential noun; what follows it ("in Washington, or the ability
    // to obtain it") qualifies the one credential and needs no article of its own.
    let words = phrase.split(separator: " ").filter { !$0.hasPrefix("(") && !$0.hasSuffix(")") }
    guard let noun = words.firstIndex(where: { countedNouns.contains($0.lowercased()) }),
      noun >= 1, noun == words.count - 1 || qualifierWords.contains(words[noun + 1].lowercased()),
      let first = words.first?.lowercased(),
      !["a", "an", "the", "your", "one", "any", "each", "this"].contains(first)
    else { return phrase }
    let name = words[...noun]
    guard !name.contains("or"), !name.contains("and"), !name.contains(where: { $0.hasSuffix(",") })
    else { return phrase }
    return withArticle(phrase)
  }

  /// Nouns of a single credential, counted with an article ("a Class A license").
  private static let countedNouns: Set<String> = [
    "license", "licence", "card", "permit", "registration", "endorsement", "credential",
    "certificate",
  ]
  /// Words that start a qualifier after a credential's noun ("license in Washington").
  private static let qualifierWords: Set<String> = ["from", "in", "for", "issued", "with"]

  /// A title's plain words lowered ("Credentialed Veterinary Technician" → "credentialed
  /// veterinary technician"); acronyms, places and names keep their capitals.
  private static func titleLowered(_ text: String) -> String {
    text.split(separator: " ").map { word in
      RequirementCase.isPlainCapitalised(word) ? word.lowercased() : String(word)
    }.joined(separator: " ")
  }

  /// Openings that say how a candidate should feel about a tool, not what the tool is.
  private static let comfortPrefixes = [
    "comfortable with", "comfortable using", "familiarity with", "familiar with",
    "proficient in", "proficient with", "proficiency in", "proficiency with", "skilled in",
    "confident with", "confident using", "hands-on experience with", "experience with",
    "experience using",
  ]

  /// Verbs that open requirement lines about abilities ("Lift 50 pounds", "Work nights").
  private static let abilityVerbs: Set<String> = [
    "communicate", "work", "lift", "manage", "lead", "write", "read", "speak", "travel",
    "stand", "operate", "use", "build", "design", "develop", "maintain", "handle", "perform",
    "prioritize", "prioritise", "learn", "adapt", "collaborate", "analyze", "analyse", "solve",
    "multitask", "thrive", "pass", "obtain", "drive", "explain", "teach", "sit", "walk",
  ]

  /// The latest course, certificate or project dated after the last role, for a return.
  private func recentLearning() -> String? {
    let lastEnd = resume.resume.work.compactMap { $0.endDate.flatMap(MonthStamp.init) }.max()
    let certificates = resume.resume.certificates.filter {
      guard let date = $0.date.flatMap(MonthStamp.init), let lastEnd else { return false }
      return date > lastEnd
    }
    if let certificate = certificates.last, let name = certificate.name {
      // "Michigan Paramedic License (current, renewed 2025)": a renewal is no new course.
      let stem = name.split(separator: "(", maxSplits: 1).first.map(String.init)?.trimmed ?? ""
      let base = CredentialName.cleaned(stem.isEmpty ? name : stem)
      let renewed = certificate.renewed == true || name.lowercased().hasBytes("renew")
      return renewed
        ? "During my break I renewed my \(base)." : "During my break I completed \(base)."
    }
    let courses = resume.resume.education.filter {
      guard let date = $0.endDate.flatMap(MonthStamp.init), let lastEnd else { return false }
      return date > lastEnd
    }
    if let course = courses.last, let study = course.area ?? course.studyType {
      return "During my break I studied \(study)"
        + (course.institution.map { " at \($0)" } ?? "") + "."
    }
    return nil
  }

  /// A course of study said from its fields: "MBA in Finance at X", "Docker at Orsys"; a
  /// degree name longer than four words gives way to the area.
  static func study(_ entry: PlannedEducation) -> String {
    let what = degreeName(entry) ?? course(entry) ?? entry.area ?? ""
    return what.isEmpty ? entry.institution : "\(what) at \(entry.institution)"
  }

  /// A degree or credential with its field, as a person who earned it names it: "B.A. in
  /// Psychology", "Master of Accountancy" (a bare "Master", "Bachelor" or "Doctor" takes
  /// "of"), "Paralegal Certificate"; a field the kind already names is not said twice. Nil
  /// when the entry names no kind of study, or one of over four words.
  static func degreeName(_ entry: PlannedEducation) -> String? {
    guard let type = entry.studyType, unbracketedWords(type) <= 4, DegreeRank.isAward(type)
    else { return nil }
    let last = type.split(separator: " ").last.map { $0.lowercased() } ?? ""
    return named(type, entry.area, joiner: ofDegrees.contains(last) ? " of " : " in ")
  }

  /// The words of `type` outside brackets: "Certificate in Paralegal Studies (ABA-approved)"
  /// names its kind in four words and a note.
  private static func unbracketedWords(_ type: String) -> Int {
    var depth = 0
    return type.split(separator: " ").count { word in
      let inside = depth > 0 || word.hasPrefix("(")
      depth += word.count { $0 == "(" } - word.count { $0 == ")" }
      return !inside
    }
  }

  /// A kind of study with its field, the field left out when the kind already names it.
  private static func named(_ type: String, _ area: String?, joiner: String) -> String {
    guard let area, !type.lowercased().hasBytes(area.lowercased()) else { return type }
    return type + joiner + area
  }

  /// A course named by its kind, not a degree or credential ("Formation GraphQL" at a
  /// training school), with its field.
  private static func course(_ entry: PlannedEducation) -> String? {
    guard let type = entry.studyType, WordCount.spaced(type) <= 4, !DegreeRank.isAward(type)
    else { return nil }
    return named(type, entry.area, joiner: " in ")
  }

  /// The slots an education sentence names: `degree` ("a B.A. in Psychology") and
  /// `degreeName` for a degree or credential, which is earned, never "studied"; `course`
  /// or `area` for what was studied; the institution always.
  static func education(_ entry: PlannedEducation) -> [String: String] {
    var slots = ["institution": entry.institution]
    slots["area"] = entry.area
    slots["course"] = course(entry)
    // "Third year" → "a third-year student", "a third-year Civil Engineering student".
    if let year = entry.yearOfStudy {
      let stated = year.lowercased().split(separator: " ").joined(separator: "-")
      slots["yearStudent"] = withArticle(stated + " student")
      slots["student"] = entry.area.map { withArticle("\(stated) \($0) student") }
    }
    // A degree the person is still completing is not said as earned ("I earned", "My B.S.
    // … is from"): only the pattern that says it is being completed can use it.
    if entry.isExpected == true {
      slots["completing"] = degreeName(entry).map(withArticle)
      return slots
    }
    slots["degreeName"] = degreeName(entry)
    slots["degree"] = degreeName(entry).map(withArticle)
    return slots
  }

  /// The slots for one further course of study: `study`, what it was ("a B.A. in
  /// Psychology at X", "Docker at Orsys", "studies at X" for a school alone), and
  /// `studied`, with the verb it takes: a degree or credential is earned, a course studied.
  static func furtherStudy(_ entry: PlannedEducation) -> [String: String] {
    if let degree = degreeName(entry) {
      let earned = withArticle(degree) + " at " + entry.institution
      if entry.isExpected == true {
        return ["study": "work toward " + earned, "studied": "started " + earned]
      }
      return ["study": earned, "studied": "earned " + earned]
    }
    guard entry.area != nil || course(entry) != nil else {
      let school = "at " + entry.institution
      return ["study": "studies " + school, "studied": "studied " + school]
    }
    return ["study": study(entry), "studied": "studied " + study(entry)]
  }

  private static let ofDegrees: Set<String> = ["master", "bachelor", "doctor", "associate"]

  static func withArticle(_ title: String) -> String {
    let first = title.split(separator: " ", maxSplits: 1).first.map { $0.lowercased() } ?? ""
    if ["a", "an", "the"].contains(first) { return title }
    // By sound, as review's a-or-an reads it: "an MBA", "an FP&A analyst", "a BSc".
    let word = title.prefix { !$0.isWhitespace && $0 != "," }
    if let article = IndefiniteArticle.article(for: word) { return article + " " + title }
    return ("aeiou".contains(title.lowercased().first ?? "x") ? "an " : "a ") + title
  }

  static func list(_ items: [String]) -> String {
    switch items.count {
    case 0: return ""
    case 1: return items[0]
    case 2: return "\(items[0]) and \(items[1])"
    default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
  }
}
