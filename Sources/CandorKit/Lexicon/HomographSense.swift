/// Resolves a spelling two fields share ("GCP": Google Cloud Platform in software, Good
/// Clinical Practice in clinical research; "EMT": a medical credential, or electrical metallic
/// tubing) by the fields of the other terms in the same text.
enum HomographSense {
  /// For each entry with a homograph spelling, every entry that shares one, itself included.
  static func choices(_ entries: [Lexicon.Entry]) -> [Int: [Int]] {
    var bySpelling: [String: [Int]] = [:]
    for (number, entry) in entries.enumerated() where !entry.homographs.isEmpty {
      for spelling in entry.spellings where entry.homographs.contains(spelling) {
        bySpelling[Lexicon.normalized(spelling), default: []].append(number)
      }
    }
    var choices: [Int: [Int]] = [:]
    for numbers in bySpelling.values {
      for number in numbers where !choices[number, default: []].contains(number) {
        choices[number, default: []].append(contentsOf: numbers)
      }
    }
    return choices
  }

  /// `matches` with each homograph given the entry of the field most of the text's other
  /// terms belong to; where they name no field, the fields the other homographs could
  /// belong to decide ("CMA (AAMA) or RMA": both can only be medical assistants'
  /// credentials). One that no field wins stays unresolved and is dropped, so neither sense
  /// is claimed.
  // FIXME: a line with no other term ("GCP (CITI Program)") is left unresolved even when the
  // rest of the document shows its field; the vote should count the whole document.
  static func resolved(_ matches: [PhraseMatch], entries: [Lexicon.Entry], choices: [Int: [Int]])
    -> [PhraseMatch]
  {
    var votes: [String: Int] = [:]
    for match in matches where !match.isHomograph {
      votes[entries[match.entry].field, default: 0] += 1
    }
    let fields = { (match: PhraseMatch) in
      Set((choices[match.entry] ?? [match.entry]).map { entries[$0].field })
    }
    let homographs = matches.filter(\.isHomograph)
    return matches.compactMap { match in
      guard match.isHomograph else { return match }
      var shared: [String: Int] = [:]
      for other in homographs where other.start != match.start {
        for field in fields(other) { shared[field, default: 0] += 1 }
      }
      let candidates = choices[match.entry] ?? [match.entry]
      guard let best = winner(candidates, entries, votes) ?? winner(candidates, entries, shared)
      else { return nil }
      var resolved = match
      resolved.entry = best
      resolved.category = entries[best].category
      return resolved
    }
  }

  /// The entry among `candidates` whose field has more votes than any other's, if one has.
  private static func winner(
    _ candidates: [Int], _ entries: [Lexicon.Entry], _ votes: [String: Int]
  ) -> Int? {
    let ranked = candidates.map { (entry: $0, votes: votes[entries[$0].field] ?? 0) }
      .sorted { $0.votes > $1.votes }
    guard let best = ranked.first, best.votes > 0,
      ranked.dropFirst().allSatisfy({ $0.votes < best.votes })
    else { return nil }
    return best.entry
  }
}
