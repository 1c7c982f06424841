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

  /// How many of a text's terms belong to each field: `own` counts the terms of one sense,
  /// `shared` each field a homograph could belong to.
  struct Votes: Sendable, Equatable {
    var own: [String: Int] = [:]
    var shared: [String: Int] = [:]
  }

  /// The votes of `matches`, terms of one text or of every line of a document.
  static func votes(_ matches: [PhraseMatch], entries: [Lexicon.Entry], choices: [Int: [Int]])
    -> Votes
  {
    var votes = Votes()
    for match in matches {
      guard match.isHomograph else {
        votes.own[entries[match.entry].field, default: 0] += 1
        continue
      }
      for field in Set((choices[match.entry] ?? [match.entry]).map({ entries[$0].field })) {
        votes.shared[field, default: 0] += 1
      }
    }
    return votes
  }

  /// `matches` with each homograph given the entry of the field most of the text's other
  /// terms belong to; where they name no field, the fields the other homographs could
  /// belong to decide ("CMA (AAMA) or RMA": both can only be medical assistants'
  /// credentials). One the text leaves open takes the sense of the whole document
  /// (`document`, asked for only then, in the same order: its terms, then its homographs),
  /// so a lone "RMA" line of a clinic's posting is the medical credential. One that no
  /// field wins even there stays unresolved and is dropped, so neither sense is claimed.
  static func resolved(
    _ matches: [PhraseMatch], entries: [Lexicon.Entry], choices: [Int: [Int]],
    document: () -> Votes? = { nil }
  ) -> [PhraseMatch] {
    let votes = votes(matches.filter { !$0.isHomograph }, entries: entries, choices: choices)
    let homographs = matches.filter(\.isHomograph)
    return matches.compactMap { match in
      guard match.isHomograph else { return match }
      let others = homographs.filter { $0.start != match.start }
      let shared = Self.votes(others, entries: entries, choices: choices).shared
      let candidates = choices[match.entry] ?? [match.entry]
      var best = winner(candidates, entries, votes.own) ?? winner(candidates, entries, shared)
      if best == nil, let whole = document() {
        best = winner(candidates, entries, whole.own) ?? winner(candidates, entries, whole.shared)
      }
      guard let best else { return nil }
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
