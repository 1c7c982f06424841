/// A measured statement written as a noun phrase rather than an action ("Migration of the
/// billing service to AWS (40% cheaper)", "Mise en place d'un outil (200 serveurs)"): it has
/// no verb to put in the first person, so a letter quotes it whole as work the person did.
enum NominalStatement {
  /// "At Wedia, my work included “mise en place d'un outil … (200 serveurs)”." — quoted as
  /// written when the resume is in another language than the letter; nil when the statement
  /// does not open with a noun of action.
  static func sentence(for evidence: Evidence, language: String) -> String? {
    let text = ClauseBuilder.trimmedStatement(evidence.text)
    let words = text.split(separator: " ").map { $0.lowercased() }
    guard words.count >= 4, evidence.source == .work, isNounOfAction(words) else { return nil }
    let place = evidence.organization.map { "At \($0), my work" } ?? "My work"
    if language == "en" { return "\(place) included \(ClauseBuilder.lowerFirst(text))." }
    return "\(place) included “\(text)”."
  }

  /// "100% on-time delivery rating for 2024 across 310 loads" → "One of my results at Cedar
  /// Ridge Transport: 100% on-time delivery rating for 2024 across 310 loads.": a work
  /// statement that opens on its figure is a result, quoted whole after its place; nil for
  /// any other statement.
  static func result(_ evidence: Evidence) -> String? {
    let text = ClauseBuilder.trimmedStatement(evidence.text)
    let absolute = isAbsolute(text)
    guard evidence.source == .work, let first = text.first,
      first.isNumber || first == "$" || absolute, WordCount.spaced(text) >= 4,
      let place = evidence.organization, !place.isEmpty
    else { return nil }
    let result = absolute ? ClauseBuilder.lowerFirst(text, always: true) : text
    return "One of my results at \(place): \(result)."
  }

  /// "Zero recordable safety incidents in 3 years", "No lost-time injuries": a result said as
  /// an absolute, which a reader weighs like a figure.
  static func isAbsolute(_ text: String) -> Bool {
    let first = text.prefix { $0.isLetter }.lowercased()
    return first == "zero" || (first == "no" && WordCount.spaced(text) >= 3)
  }

  /// "migration of", "conception et", "mise en place": a noun naming an action, followed by
  /// what it acted on.
  private static func isNounOfAction(_ words: [String]) -> Bool {
    let first = words[0]
    let second = words[1]
    if first == "mise" { return second == "en" }
    let endings = ["tion", "ment", "sion"]
    guard endings.contains(where: first.hasSuffix), first.count > 6 else { return false }
    return linkWords.contains(second) || second.hasPrefix("d'") || second.hasPrefix("d’")
  }

  private static let linkWords: Set<String> = [
    "of", "and", "for", "de", "du", "des", "et", "en", "del", "y",
  ]
}
