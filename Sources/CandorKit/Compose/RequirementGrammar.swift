/// The last touches that make a quoted ask read as English after "You ask for": a bare list
/// takes its "and", a tool list beside a piece of work takes "experience with", a skill
/// named with only a quality ("strong React") takes "skills", and a test passed takes its
/// article (trial21 P1-12 and P2-17, trial24 P2-9).
extension RequirementQuote {
  /// "pass DOT physical and drug screen" → "the ability to pass a DOT physical and drug
  /// screen": a test passed is one test, with its article; every other ability is as given.
  static func ability(_ verbPhrase: String) -> String {
    var words = verbPhrase.split(separator: " ").map(String.init)
    if words.count >= 2, words[0].lowercased() == "pass",
      !determiners.contains(words[1].lowercased()),
      let last = words.dropFirst().prefix(while: { !["and", "or"].contains($0) }).last,
      !SlotValues.isPlural(last)
    {
      words = [words[0], SlotValues.withArticle(words.dropFirst().joined(separator: " "))]
    }
    return "the ability to " + words.joined(separator: " ")
  }

  /// `phrase` with the grammar a quote needs: "CAN bus, SPI, I2C" → "CAN bus, SPI and I2C";
  /// "Prometheus and Grafana, and writing SLOs" → "experience with Prometheus and Grafana and
  /// with writing SLOs"; "testing with Jest" → "experience testing with Jest"; "strong Excel
  /// (pivot tables)" → "strong Excel skills (pivot tables)". Any other phrase is unchanged.
  static func grammatical(_ phrase: String) -> String {
    if let pair = toolsAndWork(phrase) { return pair }
    let words = phrase.split(separator: " ")
    if words.count >= 3, Verbs.isGerund(words[0].lowercased()),
      ["with", "using", "in"].contains(words[1].lowercased())
    {
      return "experience " + phrase
    }
    if let skills = qualitySkills(phrase) { return skills }
    return joinedList(phrase)
  }

  /// "Prometheus and Grafana, and writing SLOs": names, then a piece of work after ", and".
  private static func toolsAndWork(_ phrase: String) -> String? {
    guard let cut = topLevel(", and ", in: phrase) else { return nil }
    let head = phrase[..<cut]
    let tail = phrase[phrase.index(cut, offsetBy: 6)...]
    guard let verb = tail.split(separator: " ").first, Verbs.isGerund(verb.lowercased()),
      let first = head.split(separator: " ").first, first.first?.isUppercase == true,
      !Verbs.isGerund(first.lowercased())
    else { return nil }
    return "experience with \(head) and with \(tail)"
  }

  /// "strong React and TypeScript", "excellent writing and editing": a quality and what it
  /// qualifies, with no noun of its own, takes "skills" (before any bracketed examples).
  private static func qualitySkills(_ phrase: String) -> String? {
    let bracket = topLevel(" (", in: phrase) ?? phrase.endIndex
    let words = phrase[..<bracket].split(separator: " ")
    guard words.count >= 2, qualities.contains(words[0].lowercased()) else { return nil }
    let named = words.dropFirst().allSatisfy { word in
      ["and", "or", "&"].contains(word) || word.first?.isUppercase == true
        || Verbs.isGerund(word.lowercased().trimmingPunctuation())
    }
    guard named else { return nil }
    return String(phrase[..<bracket]) + " skills" + phrase[bracket...]
  }

  /// "CAN bus, SPI, I2C" → "CAN bus, SPI and I2C": short names listed with commas alone.
  private static func joinedList(_ phrase: String) -> String {
    guard topLevel(" (", in: phrase) == nil, !phrase.hasBytes(" and "), !phrase.hasBytes(" or "),
      !phrase.hasBytes("&")
    else { return phrase }
    let items = phrase.split(separator: ",").map { $0.trimmingSpaces() }
    guard items.count >= 2, items.allSatisfy({ !$0.isEmpty && WordCount.spaced($0) <= 3 })
    else { return phrase }
    return SlotValues.list(items)
  }

  private static let determiners: Set<String> = [
    "a", "an", "the", "all", "any", "our", "your", "each", "every", "required",
  ]
  /// Words that say how good a skill must be, not what it is.
  private static let qualities: Set<String> = [
    "strong", "solid", "excellent", "advanced", "good", "great", "exceptional", "superb",
  ]
}
