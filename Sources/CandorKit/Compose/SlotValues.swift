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
    slots["referrer"] = plan.referrer?.name
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

  /// Slots for one answered requirement, its evidence told as `sentence`.
  static func point(_ point: PlannedPoint, sentence: String) -> [String: String] {
    [
      "requirement": point.isPartlyCovered
        ? coveredPhrase(point.skills, offeredIn: point.requirement)
        : requirementPhrase(point.requirement, skills: point.skills),
      "evidence": sentence,
      "evidenceLower": ClauseBuilder.lowerFirst(sentence),
    ]
  }

  /// Only the skills the resume shows, when the posting's line also names ones it lacks, so
  /// the letter never seems to claim those: "experience with Epic". A credential is held,
  /// not a matter of experience: "BLS certification". Credentials the ask offers as a
  /// choice ("RN license (or compact license)") are joined with "or", never asked for both.
  static func coveredPhrase(_ skills: [String], offeredIn requirement: String = "") -> String {
    let entries = skills.map { Lexicon.standard.entry(for: $0) }
    if let spoken = spokenPhrase(skills, entries) { return spoken }
    let credentials = entries.allSatisfy { $0?.category == .certification }
    let word = isChoice(skills, in: requirement) ? "or" : "and"
    guard credentials else {
      return "experience with " + list(skills.map(RequirementCase.named), joinedBy: word)
    }
    // "Licensed Veterinary Technician" names a person; asked for, it is the credential.
    let names = skills.map { name in
      let last = name.split(separator: " ").last.map(String.init) ?? ""
      return RoleWords.isTitle(last) && name.contains(" ")
        ? "the \(name) credential" : counted(RequirementCase.named(name))
    }
    return list(names, joinedBy: word)
  }

  /// True when `requirement` names the skills as options: "or" stands between the first
  /// two and "and" does not ("Minnesota RN license (or compact license)").
  static func isChoice(_ skills: [String], in requirement: String) -> Bool {
    let lowered = requirement.lowercased()
    guard skills.count >= 2, let first = lowered.byteRange(of: skills[0].lowercased()),
      let second = lowered.byteRange(of: skills[1].lowercased(), from: first.upperBound)
    else { return false }
    let between = lowered[first.upperBound..<second.lowerBound].split { !$0.isLetter }
    return between.contains("or") && !between.contains("and")
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

  /// The latest course, certificate or project dated after the last role, for a return.
  private func recentLearning() -> String? {
    // A break listed among the jobs is no role: what was learnt during it counts.
    let lastEnd = resume.resume.work.filter { !$0.isBreak }
      .compactMap { $0.endDate.flatMap(MonthStamp.init) }.max()
    let certificates = resume.resume.certificates.filter {
      guard let date = $0.date.flatMap(MonthStamp.init), let lastEnd else { return false }
      return date > lastEnd
    }
    if let certificate = certificates.last, let name = certificate.name {
      // "Michigan Paramedic License (current, renewed 2025)": a renewal is no new course.
      let stem = name.split(separator: "(", maxSplits: 1).first.map(String.init)?.trimmed ?? ""
      let base = CredentialName.cleaned(stem.isEmpty ? name : stem)
      let renewed = certificate.renewed == true || name.lowercased().hasBytes("renew")
      let when = isDuringBreak(certificate.date) ? "During my break" : "After my break,"
      return renewed
        ? "\(when) I renewed my \(base)."
        : "\(when) I completed \(CredentialPhrase(base).object)."
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

  /// True unless a break the resume lists among its jobs ended before `date`: a certificate
  /// earned after "Career Break, 2022 – 2025" was not earned during it.
  private func isDuringBreak(_ date: String?) -> Bool {
    let ends = resume.resume.work.filter(\.isBreak).map { $0.endDate.flatMap(MonthStamp.init) }
    guard let date = date.flatMap(MonthStamp.init), !ends.isEmpty, !ends.contains(nil) else {
      return true
    }
    return ends.compactMap { $0 }.contains { date <= $0 }
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

  /// "A", "A and B", "A, B and C"; `word` "or" for a choice: "A, B or C".
  static func list(_ items: [String], joinedBy word: String = "and") -> String {
    switch items.count {
    case 0: return ""
    case 1: return items[0]
    case 2: return "\(items[0]) \(word) \(items[1])"
    default: return items.dropLast().joined(separator: ", ") + " \(word) " + items.last!
    }
  }
}
