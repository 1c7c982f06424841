/// Tells the candidate's evidence in order, varying how places are introduced so a letter
/// never opens three sentences the same way ("At Larkspur Travel, I also …").
struct Narrator {
  /// How a statement is introduced, in order of preference: `{place}`, `{role}`,
  /// `{clause}` ("I led …") and `{also}` ("I also led …"). A statement with a place always
  /// names it here; the plain clause serves one without, and `PlaceFrames` drops a place
  /// the sentence before has just named, once the composer has put sentences in order.
  static let firstMention: [Evidence.Source: [String]] = [
    .work: [
      "At {place}, {clause}", "{place} is where {clause}", "In my work at {place}, {clause}",
      "As {role} at {place}, {clause}", "{clause}", "While at {place}, {clause}",
      "During my time at {place}, {clause}",
    ],
    .project: ["In my {place} project, {clause}", "For my {place} project, {clause}", "{clause}"],
    .volunteer: ["As a volunteer with {place}, {clause}", "{clause}"],
  ]

  static let laterMention: [Evidence.Source: [String]] = [
    .work: [
      "At {place}, {also}", "{place} is also where {clause}", "In my work at {place}, {also}",
      "{also}", "{clause}", "While at {place}, {also}",
    ],
    .project: [
      "In my {place} project, {also}", "For my {place} project, {also}", "{also}", "{clause}",
    ],
    .volunteer: ["As a volunteer with {place}, {also}", "{also}", "{clause}"],
  ]

  private var mentions: [String: Int] = [:]
  /// Credentials placed so far: the next starts from the next of their wordings.
  private var credentials = 0
  /// How many times the letter's sentences so far say "also": past ``alsoLimit``, a later
  /// mention of a place is told plainly, so "I also" does not run through the letter.
  private var alsoCount = 0
  /// Whether a sentence so far is framed "X is where I …" ("is also where"): the frame
  /// reads as a device the second time, so a letter uses it once.
  private var saidWhere = false
  /// Whether a sentence so far is framed "In my work at X": a second reads as a tic.
  private var saidMyWork = false
  /// The frames the letter has used so far, shared by every sentence the composer writes.
  private(set) var openings = OpeningCounter()

  /// The statement as a placed first-person sentence; nil when it cannot be phrased.
  /// A work statement's first mention of its place says the place, later ones add "also",
  /// and the frame changes so no opening is used more than twice, or twice in a row.
  /// The caller records the sentence once it places it in the letter.
  mutating func sentence(for evidence: Evidence, allowAlso: Bool = true) -> String? {
    untracked(evidence, allowAlso: allowAlso)
  }

  /// Fills the first pattern from `variant` whose openings keep the letter varied, and
  /// counts them. A pattern's own "also" is left out when the letter would say the word
  /// more than ``alsoLimit`` times ("Your posting asks for …", "It matters to me that …"):
  /// each pattern reads as well without it.
  mutating func fill(_ patterns: [String], _ slots: [String: String], variant: Int) -> String? {
    var text = varied(patterns, slots, variant: variant)
    // Kept when the plain wording would open like the sentence before it ("My education
    // includes …" twice in a row): there "also" is what tells the two apart.
    if let found = text, alsoCount + Self.alsoWords(in: found) > Self.alsoLimit,
      let plain = varied(patterns.map(Self.withoutAlso), slots, variant: variant),
      openings.keys(in: plain).first != openings.last
    {
      text = plain
    }
    if let text { record(text) }
    return text
  }

  private func varied(_ patterns: [String], _ slots: [String: String], variant: Int)
    -> String?
  {
    let fresh = saidWhere ? patterns.filter { !Self.isWhereFrame($0) } : patterns
    let patterns = fresh.isEmpty ? patterns : fresh
    let text = PhraseBank.fill(patterns, slots, variant: variant) { openings.allows($0) }
    guard let found = text, !openings.allows(found, inARow: false) else { return text }
    return PhraseBank.fill(patterns, slots, variant: variant) {
      openings.allows($0, inARow: false)
    }
  }

  /// One of a credential's wordings (``CredentialPhrase/wordings(and:)``), starting from the
  /// one after the last credential's, so several credentials never open alike; not counted
  /// until recorded.
  func credential(_ texts: [String]) -> String? {
    guard !texts.isEmpty else { return nil }
    let start = credentials % texts.count
    return choose(texts[start...] + texts[..<start])
  }

  /// Counts the openings of text placed in the letter, and the credentials it says.
  mutating func record(_ text: String) {
    openings.record(text)
    if Self.isWhereFrame(text) { saidWhere = true }
    if text.hasBytes("n my work ") { saidMyWork = true }
    if text.hasBytes("also ") { alsoCount += Self.alsoWords(in: text) }
    if text.hasBytes("My credentials include ") || text.hasBytes("I have earned ")
      || text.hasBytes("I hold ")
    {
      credentials += 1
    }
  }

  private mutating func untracked(_ evidence: Evidence, allowAlso: Bool) -> String? {
    // A credential, or a job's credential line ("Certification : …") said without its place,
    // in a wording the letter has not just used.
    if let texts = StatementPhrasing.credentialSentences(for: evidence) {
      return credential(texts)
    }
    // A project is named without a label before a colon ("Senior design: …").
    let organization = evidence.organization ?? ""
    let place =
      evidence.source == .project ? StatementPhrasing.projectName(organization) : organization
    let count = mentions[place, default: 0]
    mentions[place] = count + 1
    if evidence.source == .award, let texts = StatementPhrasing.awardSentences(for: evidence) {
      // Past the limit the wordings go without "also" ("My awards include …").
      return choose(alsoCount < Self.alsoLimit ? texts : texts.map(Self.withoutAlso))
    }
    guard let first = Self.firstMention[evidence.source],
      let later = Self.laterMention[evidence.source]
    else { return StatementPhrasing.sentence(for: evidence) }
    let repeated = allowAlso && count > 0 && alsoCount < Self.alsoLimit
    guard let clause = ClauseBuilder.firstPerson(ClauseBuilder.trimmedStatement(evidence.text))
    else { return StatementPhrasing.sentence(for: evidence, also: repeated) }
    var slots = ["clause": clause]
    // "Worked as an ASM at Maruti" names its own workplace: no place goes before it.
    if !place.isEmpty, !CurrentRole.namesItsWorkplace(evidence.text) { slots["place"] = place }
    slots["role"] = Self.shortRole(evidence.role).map(SlotValues.withArticle)
    slots["also"] = repeated ? Self.insertAlso(clause) : nil
    var frames = slots["also"] == nil ? first : later
    if saidWhere { frames.removeAll(where: Self.isWhereFrame) }
    if saidMyWork { frames.removeAll { $0.hasBytes("In my work ") } }
    // A statement names its place: which sentence it follows is known only once the
    // composer has placed it, and `PlaceFrames` then says "there" or drops the place.
    if slots["place"] != nil { frames.removeAll { !$0.hasBytes("{place}") } }
    // Written one by one as `choose` reads them: the first frame usually serves.
    let texts = frames.lazy.compactMap { PhraseBank.fill($0, slots) }.map {
      StatementPhrasing.splitLong(ClauseBuilder.capitalisedFirst($0))
    }
    return choose(texts) ?? StatementPhrasing.sentence(for: evidence, also: repeated)
  }

  /// The first text whose openings stay under the limit and differ from the last sentence's;
  /// else the first under the limit; else the first that at least keeps the frame limit;
  /// else the first. Reads `texts` once, and stops at the first text of the first kind.
  private func choose(_ texts: some Sequence<String>) -> String? {
    let last = openings.last
    var (first, firstOpen, firstUnderLimit): (String?, String?, String?) = (nil, nil, nil)
    for text in texts {
      if first == nil { first = text }
      if openings.allows(text) {
        if openings.keys(in: text).first != last { return text }
        if firstOpen == nil { firstOpen = text }
      } else if firstUnderLimit == nil, openings.allows(text, inARow: false) {
        firstUnderLimit = text
      }
    }
    return firstOpen ?? firstUnderLimit ?? first
  }

  /// True for a pattern or sentence framed "X is where …" or "X is also where …".
  static func isWhereFrame(_ text: String) -> Bool {
    text.hasBytes(" is where ") || text.hasBytes(" is also where ")
  }

  /// How many of `text`'s space-separated words are "also". ASCII text, as most sentences
  /// are, is split on its bytes, where each byte is a character; other text by characters.
  static func alsoWords(in text: String) -> Int {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
      return text.split(separator: " ").count { $0 == "also" }
    }
    return text.utf8.split(separator: 0x20).count { $0.elementsEqual("also".utf8) }
  }

  /// The most "also"s a letter says: past them, later mentions of a place and the phrase
  /// bank's patterns go without one, so "also" never runs through the letter.
  static let alsoLimit = 2

  /// "Your posting also asks for {requirement}." → "Your posting asks for {requirement}."
  static func withoutAlso(_ pattern: String) -> String {
    guard pattern.hasBytes("also ") else { return pattern }
    let words = pattern.split(separator: " ", omittingEmptySubsequences: false)
    return words.filter { $0 != "also" }.joined(separator: " ")
  }

  /// A job title short and plain enough to say after "As": "Backend Engineer", never
  /// "Architect / Project lead / DevOps".
  static func shortRole(_ role: String?) -> String? {
    guard let role = role?.trimmingSpaces(), !role.isEmpty,
      (1...4).contains(WordCount.spaced(role)),
      !hasListMark(role)
    else { return nil }
    return role
  }

  /// True when `role` holds one of "/|,;:()&" as a character. The marks are ASCII, so a role
  /// without their bytes, as most are, is answered without reading characters.
  private static func hasListMark(_ role: String) -> Bool {
    let marks = "/|,;:()&"
    return role.utf8.contains(where: marks.utf8.contains)
      && role.contains(where: { marks.contains($0) })
  }

  /// True when a statement from `place` has been told.
  func hasMentioned(_ place: String) -> Bool {
    mentions[place, default: 0] > 0
  }

  /// "I rebuilt" → "I also rebuilt"; "I have been" → "I have also been"; "I was" → "I was also".
  /// Nil when the clause already says "also" ("I lead the team also"): a second one would
  /// read twice.
  static func insertAlso(_ clause: String) -> String? {
    let words = clause.split(separator: " ").map { $0.lowercased().trimmingPunctuation() }
    if words.contains("also") { return nil }
    if clause.hasPrefix("I have been ") {
      return "I have also been " + clause.dropFirst("I have been ".count)
    }
    if clause.hasPrefix("I was ") { return "I was also " + clause.dropFirst("I was ".count) }
    guard clause.hasPrefix("I ") else { return nil }
    return "I also " + clause.dropFirst(2)
  }
}
