/// Tells the candidate's evidence in order, varying how places are introduced so a letter
/// does not open three sentences with "At Larkspur Travel, I".
struct Narrator {
  private var mentions: [String: Int] = [:]

  /// The statement as a placed first-person sentence: "At X, I …" the first time,
  /// "At X, I also …" the second, "I also …" after that.
  mutating func sentence(for evidence: Evidence) -> String {
    let place = evidence.organization ?? ""
    let count = mentions[place, default: 0]
    mentions[place] = count + 1
    guard count > 0, let clause = ClauseBuilder.firstPerson(evidence.text),
      let also = Self.insertAlso(clause)
    else {
      return SlotValues.sentence(for: evidence)
    }
    if count == 1, evidence.source == .work, !place.isEmpty { return "At \(place), \(also)." }
    return ClauseBuilder.capitalisedFirst(also) + "."
  }

  /// "I rebuilt" → "I also rebuilt"; "I have been" → "I have also been"; "I was" → "I was also".
  static func insertAlso(_ clause: String) -> String? {
    for prefix in ["I have been ", "I was "] where clause.hasPrefix(prefix) {
      return prefix.dropLast() + " also " + clause.dropFirst(prefix.count)
    }
    guard clause.hasPrefix("I ") else { return nil }
    return "I also " + clause.dropFirst(2)
  }
}
