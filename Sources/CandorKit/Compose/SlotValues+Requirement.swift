/// A posting's requirement as the noun phrase a letter sentence quotes after "You ask for":
/// cue words dropped, cut at a clause boundary, with the article a single credential takes.
extension SlotValues {
  /// A requirement as a noun phrase that reads after "You ask for": cue words dropped,
  /// cut at a clause boundary when long, and never a list of generic words.
  static func requirementPhrase(_ requirement: String, skills: [String]) -> String {
    var text = ClauseBuilder.trimmedStatement(requirement)
    if let items = labelledList(text) { return "experience with " + list(items) }
    if let examples = examplesAfterColon(text) { return examples }
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
      if WordCount.spaced(rest) >= 2 {
        return RequirementQuote.ability(ClauseBuilder.lowerFirst(rest))
      }
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
    // "One of Go or Python": the "or" already says a choice is asked for.
    for prefix in ["one of ", "either ", "any of "] where loweredText.hasPrefix(prefix) {
      let rest = String(text.dropFirst(prefix.count))
      if rest.hasBytes(" or ") { text = rest }
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
    text = RequirementQuote.withoutTrailingCue(RequirementQuote.closed(text), ideally: true)
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
      return RequirementQuote.ability(first + text.dropFirst(first.count))
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
    return counted(RequirementQuote.grammatical(RequirementCase.lowered(text)))
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
  static func isPlural(_ word: String) -> Bool {
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
    "certificate", "cdl", "clearance", "diploma",
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

  /// "Experience with offline-first apps: Service Workers, IndexedDB" → "experience with
  /// offline-first apps (Service Workers and IndexedDB)": a kind of work longer than a label,
  /// then the names that show it, which "You ask for" never quotes with its colon. Nil for
  /// any other text.
  private static func examplesAfterColon(_ text: String) -> String? {
    guard let colon = RequirementQuote.topLevel(": ", in: text),
      (4...8).contains(WordCount.spaced(text[..<colon])), !text[..<colon].contains(","),
      let items = names(after: colon, in: text)
    else { return nil }
    let head = RequirementCase.lowered(String(text[..<colon]).trimmingSpaces())
    return head + " (" + list(items) + ")"
  }

  /// The names listed after the colon at `colon`, each a capitalised name of at most four
  /// words; nil when fewer than two or any item is not a name.
  private static func names(after colon: String.Index, in text: String) -> [String]? {
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

  /// "iOS: Swift, SwiftUI, UIKit", "Tools: Excel, Word": a group's label over a list of
  /// names; the names are the ask, and the label is no phrase to quote. Nil for any other
  /// text.
  private static func labelledList(_ text: String) -> [String]? {
    guard let colon = text.firstIndex(of: ":") else { return nil }
    let label = text[..<colon]
    guard (1...3).contains(WordCount.spaced(label)), !label.contains(",") else { return nil }
    return names(after: colon, in: text)
  }
}
