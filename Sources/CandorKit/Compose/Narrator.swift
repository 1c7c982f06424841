/// Tells the candidate's evidence in order, varying how places are introduced so a letter
/// does not open three sentences with "At Larkspur Travel, I".
struct Narrator {
  private var mentions: [String: Int] = [:]

  /// The statement as a placed first-person sentence: "At X, I …" the first time, then
  /// "At X, I also …" and "I also …" in turn, so few sentences open with "I"; nil when it
  /// cannot be phrased.
  mutating func sentence(for evidence: Evidence, allowAlso: Bool = true) -> String? {
    // A credential line ("Certification : …") is said without its place.
    if evidence.source == .work, StatementPhrasing.credentialLine(evidence.text) != nil {
      return StatementPhrasing.sentence(for: evidence)
    }
    let place = evidence.organization ?? ""
    let count = mentions[place, default: 0]
    mentions[place] = count + 1
    let told: Set<Evidence.Source> = [.work, .volunteer, .project]
    guard allowAlso, count > 0, told.contains(evidence.source) else {
      return StatementPhrasing.sentence(for: evidence)
    }
    if count % 2 == 1 { return StatementPhrasing.sentence(for: evidence, also: true) }
    guard let clause = ClauseBuilder.firstPerson(evidence.text),
      let also = Self.insertAlso(clause)
    else { return StatementPhrasing.sentence(for: evidence) }
    return StatementPhrasing.splitLong(ClauseBuilder.capitalisedFirst(also))
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
