/// Employers, schools, clients and titles a letter names that the resume does not show:
/// "At Kessler Dunn LLP, I …", "a B.A. at Stanford University", "audit schedules for KPMG",
/// "as a Staff Engineer". An employer in a work frame, a school beside a degree and a title the
/// writer says they hold or held are errors, like an invented credential; other unknown names
/// are warnings.
enum NameClaims {
  /// Verbs after which "as" names a title the writer held ("worked as", "served as").
  private static let heldVerbs: Set<String> = [
    "worked", "served", "hired", "employed", "started", "promoted", "began", "stepped",
  ]

  /// Verbs after which "for" names an employer ("worked for", "interned for", "wrote for").
  private static let workVerbs: Set<String> = [
    "work", "works", "worked", "working", "intern", "interned", "interning", "volunteer",
    "volunteered", "volunteering", "freelance", "freelanced", "consult", "consulted",
    "contract", "contracted", "write", "wrote", "writing", "report", "reported", "reporting",
    "drive", "drove", "driving", "fly", "flew", "flying", "teach", "taught", "teaching",
  ]

  /// Words before "at" or "for" that make the name the writer's employer ("worked at",
  /// "my role at", "employed by" is read through "at" and "for" only).
  private static let employmentWords: Set<String> = [
    "work", "works", "worked", "working", "employed", "role", "job", "time", "career",
    "position", "tenure", "intern", "interned", "internship", "years", "stint", "experience",
  ]

  /// Last words that make a name a school ("Stanford University", "Marlow College").
  private static let schoolNouns: Set<String> = [
    "university", "college", "school", "institute", "academy", "polytechnic", "conservatory",
  ]

  /// Words after a title that make it the job applied for ("the Editor position").
  private static let jobWords: Set<String> = [
    "job", "position", "role", "opening", "vacancy", "post", "title", "posting",
  ]

  /// Employers after "at", "for", "joined" or a colleague's "from" (with or without "the"),
  /// clients written as an acronym after "for" ("for KPMG"), and titles after "as a",
  /// "was a", "promoted to" or a bare "as" ("as Principal Engineer").
  static func hits(
    _ sentence: LetterText.Sentence, _ sources: ClaimSources, _ context: ReviewContext
  ) -> [Hit] {
    let words = sentence.words
    let text = context.letter.text
    let hasDegree = CredentialClaims.namesDegree(sentence, context)
    var hits: [Hit] = []
    if let name = openingEmployer(words, text) {
      let quote = NameMatching.text(words, name, in: text)
      if !isSupported(quote, isTitle: false, held: false, sources, context) {
        let range =
          words[name.lowerBound].range.lowerBound..<words[name.upperBound - 1].range.upperBound
        hits.append(
          Hit(
            range: range, message: "check '\(quote)': your resume does not show this name",
            severity: .error))
      }
    }
    for (index, word) in words.enumerated() where index + 1 < words.count {
      var start = index + 1
      let hasArticle = ["a", "an", "the"].contains(words[start].key)
      // "as a Staff Engineer", "was the Lead Developer", and bare "as Principal Engineer".
      // "promoted to HR Manager" names a title as surely as "as HR Manager".
      let promoted = word.key == "to" && index > 0 && words[index - 1].key == "promoted"
      let isTitle =
        ["as", "was", "am", "been", "being"].contains(word.key)
        && (hasArticle || (["as", "was"].contains(word.key) && words[start].isCapitalized))
        || (promoted && words[start].isCapitalized)
      // "I was Sous Chef", "promoted to", "worked as", "As Lead Teacher at Oakridge, I": a
      // title the writer holds or held, unless the sentence speaks of the job ahead first.
      let held =
        isTitle
        && (["was", "been"].contains(word.key) || promoted
          || (word.key == "as" && index > 0 && heldVerbs.contains(words[index - 1].key))
          || !isAhead(index, words))
      // "for" names an employer only after a verb of working ("worked for Kohl's"), not a
      // place or a day ("leave for Bethel", "staffed for Black Friday"); an acronym after
      // "for" in a claim of work done is a client ("built the schedules for KPMG").
      let isEmployer =
        !isTitle
        && (["at", "joined"].contains(word.key) || attendWords.contains(word.key)
          || (word.key == "for" && index > 0 && workVerbs.contains(words[index - 1].key))
          || (word.key == "for" && isClient(start, sentence, text))
          || (word.key == "from" && !hasDegree && isColleagueFrame(index, words)))
      // "At the Boston Globe": an employer's name may follow a lowercase "the".
      if (isTitle && hasArticle) || (isEmployer && words[start].key == "the") { start += 1 }
      guard isTitle || isEmployer, start < words.count,
        var name = NameMatching.properName(in: words, from: start, text: text)
      else { continue }
      if isTitle { name = withLevel(name, words, text) }
      if isTitle && !endsInRoleNoun(words[name]) { continue }
      // "my crew from Denver" names a home town, not an employer.
      if word.key == "from", words[name].allSatisfy({ DiscoveryWords.places.contains($0.key) }) {
        continue
      }
      // "I attended Dreamforce" names an event; only a school attended is a claim.
      let namesSchool = !isTitle && words[name].contains { schoolNouns.contains($0.key) }
      if attendWords.contains(word.key) && !namesSchool { continue }
      // "for the Senior Editor job" names the job applied for: wrong-role's business.
      if isEmployer, name.upperBound < words.count, jobWords.contains(words[name.upperBound].key) {
        continue
      }
      let quote = NameMatching.text(words, name, in: text)
      guard !isSupported(quote, isTitle: isTitle, held: held, sources, context) else { continue }
      let range =
        words[name.lowerBound].range.lowerBound..<words[name.upperBound - 1].range.upperBound
      // "a B.A. at Stanford University", "I trained at the Culinary Institute of America",
      // "I attended Marlow College": a school, as "from Stanford University" is.
      let isSchool = namesSchool && (hasDegree || isStudyFrame(index, words))
      let isWork = !isTitle && isWorkFrame(index, name, words, text)
      let kind = isTitle ? "title" : isSchool ? "school" : "name"
      hits.append(
        Hit(
          range: range, message: "check '\(quote)': your resume does not show this \(kind)",
          severity: isSchool || isWork || held ? .error : nil))
    }
    return hits
  }

  /// Verbs after which a school's name is one the writer attended.
  private static let attendWords: Set<String> = ["attended", "attend", "attending"]
  /// Verbs of study before "at" ("trained at", "enrolled at").
  private static let studyVerbs: Set<String> = [
    "trained", "studied", "enrolled", "educated", "schooled", "graduated", "apprenticed",
    "training", "studying", "study",
  ]

  /// True when the word at `index` opens the name of a place the writer studied: "attended
  /// X", or "at" after a verb of study ("trained at X", "my training at X").
  private static func isStudyFrame(_ index: Int, _ words: [LetterWord]) -> Bool {
    let key = words[index].key
    if attendWords.contains(key) { return true }
    return key == "at" && index > 0 && studyVerbs.contains(words[index - 1].key)
  }

  /// True when a title's last word is a role noun, or a level after one ("Software Engineer
  /// II").
  private static func endsInRoleNoun(_ title: ArraySlice<LetterWord>) -> Bool {
    let keys = title.map(\.key)
    let role = keys.last.map(HeldTitles.levels.contains) == true ? keys.dropLast() : keys[...]
    return role.last.map(PostingRoleWords.nouns.contains) ?? false
  }

  /// The title with the level number written after it ("Software Engineer 2").
  private static func withLevel(_ title: Range<Int>, _ words: [LetterWord], _ text: String)
    -> Range<Int>
  {
    let next = title.upperBound
    guard next < words.count, HeldTitles.levels.contains(words[next].key),
      words[next].key.first?.isNumber == true,
      LetterWord.gap(words[next - 1], words[next], in: text) == " "
    else { return title }
    return title.lowerBound..<(next + 1)
  }

  /// Words before a title's frame that make it the job ahead, not one held: "I would join
  /// as Lead Teacher", "eager to grow as a Staff Engineer".
  private static let aheadWords: Set<String> = [
    "would", "will", "join", "joining", "apply", "applying", "become", "becoming", "grow",
    "growing", "hope", "want", "eager", "ready", "excited", "interested", "next", "future",
    "to", "can", "could",
  ]

  /// Words after a title's frame that make it the job ahead: "As Lead Teacher, I would …".
  private static let futureWords: Set<String> = ["would", "will", "could", "shall"]

  /// True when a word before the title's frame at `index`, or a future after it, speaks of
  /// the job ahead; otherwise "As Lead Teacher at Oakridge, I …" or "I am a Charge Nurse"
  /// says the writer holds or held the title, and the posting's own title does not back it.
  private static func isAhead(_ index: Int, _ words: [LetterWord]) -> Bool {
    words[..<index].contains { aheadWords.contains($0.key) }
      || words[index...].contains { futureWords.contains($0.key) }
  }

  /// The resume, the lexicon or the posting backs the name: an employer as written, with
  /// "and" and "&" swapped, or each of "Kohl's and REI" on its own; a place the posting
  /// names ("at Maple Street", its school) is where the job is, while a title it names is
  /// still a claim.
  private static func isSupported(
    _ quote: String, isTitle: Bool, held: Bool, _ sources: ClaimSources,
    _ context: ReviewContext
  ) -> Bool {
    if isTitle {
      return sources.supports(name: quote, lexicon: context.lexicon, heldBefore: held)
    }
    let known = { (name: String) in
      forms(of: name).contains { sources.supports(name: $0, lexicon: context.lexicon) }
    }
    let parts = quote.components(separatedBy: " and ")
    if known(quote) || (parts.count > 1 && parts.allSatisfy(known)) { return true }
    return forms(of: quote).contains { form in
      context.job?.lines.contains { $0.text.contains(form) } == true
    }
  }

  /// True when the name at `name`, introduced by the word at `index`, is the writer's
  /// employer: "At X, I …", "I worked at X", "my role at X", "joined X", "X is where I".
  private static func isWorkFrame(
    _ index: Int, _ name: Range<Int>, _ words: [LetterWord], _ text: String
  ) -> Bool {
    let key = words[index].key
    // "joined X", and "my associates from X" (the only frame that reads "from").
    if ["joined", "from"].contains(key) { return true }
    if index > 0, employmentWords.contains(words[index - 1].key) { return true }
    if key == "for", index > 0, workVerbs.contains(words[index - 1].key) { return true }
    guard key == "at" else { return false }
    if isWorkClause(before: index, words, text) { return true }
    // "At Kessler Dunn LLP, I managed …": the name, then the writer as the subject, or
    // "At CVS Health, where I worked as …".
    guard name.upperBound < words.count else { return false }
    let after = words[name.upperBound...].map(\.key).prefix(2)
    return ["i", "we"].contains(after.first)
      || (after.first == "where" && ["i", "we"].contains(after.last))
  }

  /// Words before "at" in a clause that make the name after it the writer's workplace.
  private static let clauseWorkWords = employmentWords.union(workVerbs).union(["spent"])
  /// Words that make a clause a wish or the job ahead ("I would love to work at …").
  private static let wishWords: Set<String> = [
    "would", "will", "to", "hope", "want", "wish", "could", "like", "love",
  ]

  /// "I worked as a travel nurse at Mayo Clinic", "two years in audit at KPMG": a word of
  /// work up to six words before "at", in the same clause and not in a wish, makes the name
  /// after it the writer's employer.
  private static func isWorkClause(before index: Int, _ words: [LetterWord], _ text: String)
    -> Bool
  {
    var back = index - 1
    while back >= 0, index - back <= 6 {
      if NameMatching.isBroken(between: words[back], words[back + 1], in: text) { return false }
      let key = words[back].key
      if wishWords.contains(key) { return false }
      if clauseWorkWords.contains(key) { return true }
      back -= 1
    }
    return false
  }

  /// People the writer worked beside: after "my" or "our", a name after "from" is where
  /// they worked together ("my associates from Gantry Freight", "our old crew from X").
  private static let colleagueNouns: Set<String> = [
    "associates", "colleagues", "coworkers", "teammates", "team", "teams", "crew", "crews",
    "staff", "peers", "manager", "managers", "supervisor", "supervisors", "mentor", "mentors",
  ]

  /// True when "from" at `index` follows a colleague noun owned by the writer, up to two
  /// words after "my" or "our" ("my former colleagues from").
  private static func isColleagueFrame(_ index: Int, _ words: [LetterWord]) -> Bool {
    guard index > 1, colleagueNouns.contains(words[index - 1].key) else { return false }
    return words[max(0, index - 4)..<(index - 1)].contains { ["my", "our"].contains($0.key) }
  }

  /// "Grove & Tam LLC is where I e-filed …", "Kessler Dunn is also where I …": a name
  /// opening the sentence as the place the writer worked.
  /// "Denver is where I grew up" names a home, and "This is where I …" no place at all.
  private static func openingEmployer(_ words: [LetterWord], _ text: String) -> Range<Int>? {
    guard let name = NameMatching.properName(in: words, from: 0, text: text),
      name.count > 1 || !notEmployers.contains(words[0].key)
    else { return nil }
    let rest = words[name.upperBound...].map(\.key).filter { $0 != "also" }
    guard rest.starts(with: ["is", "where", "i"]) || rest.starts(with: ["was", "where", "i"])
    else { return nil }
    return rest.dropFirst(3).first.map(lifeVerbs.contains) == true ? nil : name
  }

  /// Words opening "… is where I" that name no employer.
  private static let notEmployers: Set<String> = [
    "this", "that", "it", "here", "there", "which", "what", "home", "one", "each",
  ]
  /// Verbs after "where I" that make the place a home or a school, not an employer.
  private static let lifeVerbs: Set<String> = [
    "grew", "live", "lived", "was", "born", "raised", "met", "studied", "learned", "went",
    "am", "feel", "belong",
  ]

  /// Verbs before "for" that make the acronym after it an exam: "sit for REG".
  private static let examVerbs: Set<String> = [
    "sit", "sits", "sitting", "sat", "study", "studying", "studied", "register", "registered",
    "prepare", "preparing", "prepared", "prep", "prepping", "scheduled", "testing",
  ]

  /// "I built the audit schedules for KPMG": an acronym after "for" in a sentence where the
  /// writer did the work (an "I" before a verb in the past), not a plan ("I will …").
  private static func isClient(
    _ start: Int, _ sentence: LetterText.Sentence, _ text: String
  ) -> Bool {
    let words = sentence.words
    guard start < words.count, !UnsupportedClaimCheck.isPlan(sentence),
      start < 2 || !examVerbs.contains(words[start - 2].key)
    else { return false }
    let written = text[words[start].range]
    guard written.count >= 2, written.allSatisfy(\.isUppercase) else { return false }
    let before = words[..<start]
    guard let subject = before.firstIndex(where: { $0.key == "i" }) else { return false }
    return before[subject...].contains { Verbs.isPastTense($0.key) }
  }

  /// The ways a name in a letter may match the resume or posting: as written, with "and"
  /// and "&" swapped ("Marrow and Salt"), and its owner without a possessive ("Amazon's
  /// JOL1 fulfillment center" names Amazon).
  static func forms(of quote: String) -> [String] {
    var forms = [quote]
    if quote.contains(" and ") {
      forms.append(quote.replacingOccurrences(of: " and ", with: " & "))
    }
    if quote.contains(" & ") {
      forms.append(quote.replacingOccurrences(of: " & ", with: " and "))
    }
    for mark in ["'s", "’s"] {
      if let found = quote.range(of: mark), found.lowerBound > quote.startIndex {
        forms.append(String(quote[..<found.lowerBound]))
      }
    }
    return forms
  }
}
