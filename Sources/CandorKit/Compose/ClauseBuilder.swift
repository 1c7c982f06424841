import Foundation

/// Turns a resume statement or a posting sentence into a clause a letter can use,
/// changing only grammar (person, tense marker, first-letter case), never a fact.
///
/// "Reduced failed payouts by 35% …" → "I reduced failed payouts by 35% …";
/// "Working on the ChatGPT project" → "I have been working on the ChatGPT project";
/// "We are rebuilding our scheduling service" → "you are rebuilding your scheduling service".
enum ClauseBuilder {
  /// A first-person clause without final punctuation, or nil when the statement does not
  /// start with a verb the builder can conjugate.
  static func firstPerson(_ statement: String) -> String? {
    actionClause(statement).map(SemicolonTail.bracketed)
  }

  private static func actionClause(_ statement: String) -> String? {
    let text = trimmedStatement(statement)
    guard let (first, rest) = splitFirstWord(text), !isAcronym(first, before: rest) else {
      return nil
    }
    let word = first.lowercased()
    // "Pied Piper is a compression company": a named subject and its verb, not an action.
    let next = rest.split(separator: " ", maxSplits: 2).prefix(2).map { $0.lowercased() }
    if next.contains("is") || next.contains("are") { return nil }
    if word == "responsible" || word == "accountable" { return "I was " + word + rest }
    if passiveOpeners.contains(word) { return "I was " + word + rest }
    if let current = CurrentRole.clause(word, rest) { return current }
    if word.hasSuffix("ly"), word.count > 4,
      let (next, tail) = splitFirstWord(
        String(rest.drop(while: { $0 == " " }))), Verbs.isPastTense(next.lowercased())
    {
      return "I " + word + " " + next.lowercased() + tail
    }
    if word == "part" && rest.hasPrefix(" of") { return "I was part" + rest }
    if Verbs.isPastTense(word) {
      // "Built by a team of five" is passive: the person did not build it.
      if rest.hasPrefix(" by ") { return nil }
      return "I " + word + (completions.contains(word) ? withCourseArticle(rest) : rest)
    }
    if word.hasSuffix("ing"),
      Verbs.isBase(String(word.dropLast(3)))
        || Verbs.isBase(String(word.dropLast(3)) + "e") || word.count > 5
    {
      // "Delivering safety briefings and enforce lockout rules": one form for both verbs.
      let agreed = coordinated(rest, needsObject: true) {
        Verbs.isBase($0) ? Verbs.gerund($0) : nil
      }
      return "I have been " + word + agreed
    }
    if let base = Verbs.baseOfThirdPerson(word) {
      return "I " + base + coordinated(rest, Verbs.baseOfThirdPerson)
    }
    if let role = roleClause(word, rest) { return role }
    if Verbs.isBase(word) { return "I " + word + rest }
    return nil
  }

  /// "LEED Green Associate", "OSHA 30-Hour": a word in capitals opening a line that is not
  /// all in capitals is a name's acronym, never a verb ("I leed Green Associate").
  private static func isAcronym(_ word: String, before rest: String) -> Bool {
    let letters = word.filter(\.isLetter)
    return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
      && rest.contains(where: \.isLowercase)
  }

  /// "Mix designer; canoe weighed 180 lb" → "I served as mix designer; canoe weighed
  /// 180 lb": a word that could be a verb before a singular role noun that ends its phrase
  /// names the person's role, which "I mix designer" would garble. "Manage vendor
  /// relationships" goes on past the noun, so it stays an action.
  private static func roleClause(_ word: String, _ rest: String) -> String? {
    let words = rest.split(separator: " ", maxSplits: 2)
    guard let noun = words.first else { return nil }
    let bare = noun.trimming(charactersIn: ";,:.")
    guard RoleWords.isTitle(bare),
      ["er", "or", "ist", "ian", "ant", "ent", "ead"].contains(where: bare.lowercased().hasSuffix)
    else { return nil }
    let ends =
      bare.count < noun.count || words.count == 1
      || roleLinks.contains(words[1].lowercased())
    return ends ? "I served as " + word + rest : nil
  }

  private static let roleLinks: Set<String> = ["for", "on", "at", "in", "of", "with"]

  /// Verbs whose object may be a named course: "Completed Smith System defensive driving
  /// course".
  private static let completions: Set<String> = [
    "completed", "finished", "attended", "passed", "took",
  ]

  /// " Smith System defensive driving course" → " the Smith System defensive driving
  /// course": a named course or programme takes "the", as a resume's clipped line leaves it
  /// out. Only a name (capitalised first word) ending in a course noun within six words.
  static func withCourseArticle(_ rest: String) -> String {
    let words = rest.split(separator: " ", maxSplits: 6).prefix(6)
    guard let first = words.first, first.first?.isUppercase == true,
      !articleWords.contains(first.lowercased()),
      let end = words.firstIndex(where: {
        courseNouns.contains($0.lowercased().trimmingPunctuation())
      }),
      end > words.startIndex
    else { return rest }
    return " the" + rest
  }

  private static let articleWords: Set<String> = [
    "a", "an", "the", "my", "our", "their", "his", "her", "its", "this", "that", "each",
  ]
  private static let courseNouns: Set<String> = [
    "course", "programme", "program", "bootcamp", "workshop", "seminar", "apprenticeship",
    "curriculum",
  ]

  /// Openers that mean something was done to the person: "Awarded …" is "I was awarded …".
  private static let passiveOpeners: Set<String> = [
    "awarded", "selected", "recognized", "recognised", "promoted", "nominated", "invited",
    "named", "chosen", "elected", "honored", "honoured", "granted", "appointed", "featured",
  ]

  /// A posting sentence addressed back to the company: "we/our/us" become "you/your".
  static func addressed(_ sentence: String) -> String {
    let text = trimmedStatement(sentence)
    // Every word said back holds "we", "us" or "ou" in some letter case; a text without
    // them, as most duties are, is left as it is without reading it word by word.
    guard mayHoldCompanyVoice(text) else { return lowerFirst(text) }
    var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    for index in words.indices {
      let core = words[index].trimmingPunctuation()
      // "US GAAP", "US citizens": the country in capitals is no "us" of the company.
      guard let replacement = readerWords[core.lowercased()], core != "US" else { continue }
      words[index] = words[index].replacingOccurrences(of: core, with: replacement)
    }
    return lowerFirst(words.joined(separator: " "))
  }

  /// The company's words for itself and how the letter says them back.
  private static let readerWords: [String: String] = [
    "we": "you", "our": "your", "us": "you", "ours": "yours", "we're": "you're",
    "we've": "you've", "we'll": "you'll", "ourselves": "yourselves", "we’re": "you’re",
  ]

  /// True when `text` holds "we", "us" or "ou" in any letter case, as bytes: a text without
  /// them has no word of `readerWords` (only ASCII letters lowercase to these), so the
  /// company never speaks of itself in it.
  static func mayHoldCompanyVoice(_ text: String) -> Bool {
    var previous: UInt8 = 0
    for byte in text.utf8 {
      let lowered = byte | 0x20
      switch (previous, lowered) {
      case (0x77, 0x65), (0x75, 0x73), (0x6F, 0x75): return true
      default: previous = lowered
      }
    }
    return false
  }

  /// A duty's first clause, without a short title-cased label before a dash: "Service
  /// First - Interact with guests daily; listen…" → "Interact with guests daily". A duty
  /// of several sentences gives its first.
  static func dutyClause(_ duty: String) -> String {
    let sentence = duty.byteRange(of: ". ").map { String(duty[..<$0.lowerBound]) } ?? duty
    let clause = firstClause(sentence)
    guard let dash = [" - ", " – ", " — "].lazy.compactMap({ clause.byteRange(of: $0) }).first
    else {
      return clause
    }
    let label = clause[..<dash.lowerBound].split(separator: " ")
    guard (1...4).contains(label.count), label.allSatisfy({ $0.first?.isUppercase == true })
    else { return clause }
    return String(clause[dash.upperBound...])
  }

  /// The first non-empty piece of `sentence` between semicolons and colons, as
  /// `split(whereSeparator:)` gives it; on bytes when the text is ASCII.
  private static func firstClause(_ sentence: String) -> String {
    guard sentence.utf8.allSatisfy({ $0 < 0x80 }) else {
      return sentence.split(whereSeparator: { ";:".contains($0) }).first.map(String.init)
        ?? sentence
    }
    let piece = sentence.utf8.split(whereSeparator: { $0 == 0x3B || $0 == 0x3A }).first
    return piece.map { String(Substring($0)) } ?? sentence
  }

  /// Drops bullet debris and final punctuation.
  static func trimmedStatement(_ statement: String) -> String {
    var text = statement
    // Most statements hold no debris: one byte pass tells, instead of a search per mark.
    if hasDebris(text) || !isSingleSpaced(text) {
      if text.hasBytes("**") { text = text.replacingOccurrences(of: "**", with: "") }
      if text.hasBytes("__") { text = text.replacingOccurrences(of: "__", with: "") }
      if !isSingleSpaced(text) {
        text = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      }
      // "NCLEX-RN passed ; Ohio RN license": no space goes before a semicolon or a comma.
      if text.hasBytes(" ;") || text.hasBytes(" ,") {
        text = text.replacingOccurrences(of: " ;", with: ";")
          .replacingOccurrences(of: " ,", with: ",")
      }
    }
    while let last = text.last, ".;:,!".contains(last) { text.removeLast() }
    // "Lead the college team also": the letter places its own "also".
    if endsWithAlso(text), text.split(separator: " ").count > 3 {
      text.removeLast(5)
    }
    return text
  }

  /// True when `text` ends in " also" in any letter case, as `lowercased().hasSuffix(" also")`
  /// finds it: only ASCII letters lowercase to those, so the last five bytes tell.
  private static func endsWithAlso(_ text: String) -> Bool {
    let bytes = text.utf8.suffix(5)
    return bytes.count == 5 && bytes.first == 0x20
      && zip(bytes.dropFirst(), "also".utf8).allSatisfy { $0 | 0x20 == $1 }
  }

  /// True when `text` holds "**", "__", " ;" or " ,", the bytes `trimmedStatement` removes.
  /// A native string's bytes are read in place: walking `utf8` costs several times more.
  private static func hasDebris(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable(hasDebris)
      ?? Array(text.utf8).withUnsafeBufferPointer(hasDebris)
  }

  private static func hasDebris(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var previous: UInt8 = 0
    for byte in bytes {
      switch (previous, byte) {
      case (0x2A, 0x2A), (0x5F, 0x5F), (0x20, 0x3B), (0x20, 0x2C): return true
      default: previous = byte
      }
    }
    return false
  }

  /// True when every space in `text` is one plain space between two words, so collapsing
  /// its whitespace would change nothing. Read on the bytes in place (`SpaceBytes`).
  static func isSingleSpaced(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable(SpaceBytes.isSingleSpaced)
      ?? Array(text.utf8).withUnsafeBufferPointer(SpaceBytes.isSingleSpaced)
  }

  /// Lowercases the first letter when the first word is an ordinary word; names,
  /// acronyms and technologies keep their capitals.
  /// With `always`, any word that is not an acronym, "I" or a technology is lowered (the
  /// opening word of a resume summary is never a name).
  static func lowerFirst(_ text: String, always: Bool = false) -> String {
    guard let (first, _) = splitFirstWord(text), let initial = first.first,
      initial.isUppercase
    else { return text }
    let word = first.lowercased().trimmingPunctuation()
    guard word != "i", !word.hasPrefix("i'"), !word.hasPrefix("i’"),
      always || isOrdinary(word), !first.dropFirst().contains(where: \.isUppercase),
      !ProperWords.isProper(first), !ProperWords.startsName(text)
    else { return text }
    return initial.lowercased() + text.dropFirst()
  }

  /// Function words, verbs and words with common noun or verb endings; a hyphenated word
  /// whose first part is a function word ("on-call", "in-house").
  private static func isOrdinary(_ word: String) -> Bool {
    if let hyphen = word.firstIndex(of: "-") {
      let head = String(word[..<hyphen])
      if sentenceStarters.contains(head) || ContentWords.stopWords.contains(head) { return true }
    }
    if sentenceStarters.contains(word) || ContentWords.stopWords.contains(word)
      || Verbs.isBase(word) || Verbs.isPastTense(word) || DiscoveryWords.ordinary.contains(word)
    {
      return true
    }
    let endings = [
      "tion", "sion", "ment", "ing", "ness", "ity", "ance", "ence", "ship", "ies", "fully",
      "ously", "ively", "ently", "antly", "ally",
    ]
    return endings.contains(where: word.hasSuffix)
  }

  fileprivate static let sentenceStarters: Set<String> = [
    "a", "an", "the", "we", "our", "us", "you", "your", "this", "that", "these", "it", "its",
    "in", "at", "as", "on", "by", "for", "from", "with", "since", "after", "while", "today",
    "now", "every", "each", "more", "most", "over", "join", "help", "there", "here", "if",
  ]

  static func capitalisedFirst(_ text: String) -> String {
    guard let initial = text.first else { return text }
    return initial.uppercased() + text.dropFirst()
  }

  private static func splitFirstWord(_ text: String) -> (String, String)? {
    guard let end = text.firstIndex(where: { $0 == " " || $0 == "," }) else {
      return text.isEmpty ? nil : (text, "")
    }
    return (String(text[..<end]), String(text[end...]))
  }

  /// A verb after "and" or "or" in the first verb's form, as `form` gives it from the
  /// lowercased word ("manages and trains" → "manage and train"; "delivering … and enforce
  /// lockout rules" → "… and enforcing lockout rules"). With `needsObject`, only a word
  /// with an object of its own: "help and support for users" keeps its noun.
  private static func coordinated(
    _ rest: String, needsObject: Bool = false, _ form: (String) -> String?
  ) -> String {
    var words = rest.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    var index = 0
    while index + 1 < words.count {
      let object = index + 2 < words.count ? words[index + 2].lowercased() : nil
      if words[index] == "and" || words[index] == "or",
        !needsObject || object.map({ !prepositions.contains($0) }) == true,
        let verb = form(words[index + 1].lowercased())
      {
        words[index + 1] = verb
      }
      index += 1
    }
    return words.joined(separator: " ")
  }

  private static let prepositions: Set<String> = [
    "for", "to", "in", "on", "at", "of", "with", "across", "from", "by", "and", "or",
  ]
}

/// Words that keep their capital letter inside a sentence: named technologies and products,
/// whose canonical lexicon spelling is capitalised ("Python", "Excel", not "backend").
enum ProperWords {
  /// True when `text` opens with a name of several words: a lexicon term written with
  /// capitals ("Power BI dashboards"), or capitalised words that the acronym in brackets
  /// after them spells ("Engineer in Training (EIT) certification").
  static func startsName(_ text: String) -> Bool {
    let words = text.split(separator: " ", maxSplits: 5).map(String.init)
    guard words.count >= 2 else { return false }
    // Three capitalised words that open with no past-tense verb are an organisation's or a
    // project's name ("Open Transit Lab is where …"), not "Built React Native apps".
    let head = words[0].lowercased().trimmingPunctuation()
    if words.count >= 3, words[..<3].allSatisfy({ $0.first?.isUppercase == true }),
      !Verbs.isPastTense(head), !ClauseBuilder.sentenceStarters.contains(head)
    {
      return true
    }
    // "University of the Cumberlands", "Bank of America": an organisation's noun joined by
    // "of" to a capitalised word; "Knowledge of Medicare" is no name.
    if words[1] == "of", organisationNouns.contains(words[0].lowercased()) {
      let next = words.count > 3 && words[2] == "the" ? 3 : 2
      if words.indices.contains(next), words[next].first?.isUppercase == true { return true }
    }
    for count in 2...min(3, words.count) {
      let phrase = words[..<count].joined(separator: " ").trimmingPunctuation()
      if words[count - 1].first?.isUppercase == true, isProper(phrase) { return true }
    }
    return spellsAcronym(words)
  }

  /// Nouns that name an organisation before "of": "University of Idaho", "Bank of America".
  private static let organisationNouns: Set<String> = [
    "university", "bank", "college", "institute", "department", "school", "academy",
    "museum", "hospital", "city", "county", "state", "board", "bureau", "council", "society",
    "ministry", "office", "port", "district", "church", "library", "commonwealth",
  ]

  /// "Engineer in Training (EIT)": the capitalised words before a bracketed acronym give
  /// its letters.
  private static func spellsAcronym(_ words: [String]) -> Bool {
    guard let bracket = words.firstIndex(where: { $0.hasPrefix("(") }), bracket >= 2 else {
      return false
    }
    let acronym = words[bracket].filter(\.isLetter)
    let initials = words[..<bracket].compactMap(\.first).filter(\.isUppercase)
    return acronym.count >= 2 && acronym.allSatisfy(\.isUppercase)
      && String(initials) == acronym
  }

  static func isProper(_ word: String) -> Bool {
    guard word.first?.isUppercase == true, let entry = Lexicon.standard.entry(for: word) else {
      return false
    }
    return entry.term.first?.isUppercase == true
  }
}
