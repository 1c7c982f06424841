import Foundation

/// "Currently working as Sales Manager at Acme from last 5 years": a statement of the role
/// the person holds now, put in the first person by grammar alone.
enum CurrentRole {
  /// "I have been working as … for the last 5 years" when the statement gives how long,
  /// "I am currently working as …" when it does not; nil for any other statement.
  static func clause(_ first: String, _ rest: String) -> String? {
    guard first == "currently" || first == "presently" else { return nil }
    let words = rest.split(separator: " ", maxSplits: 1).map(String.init)
    guard words.count == 2, let verb = words.first?.lowercased(), verb.hasSuffix("ing"),
      Verbs.isGerund(verb)
    else { return nil }
    let tail = words[1]
    for (said, meant) in durations {
      guard let range = tail.byteRange(of: said) else { continue }
      return "I have been \(verb) " + tail.replacingCharacters(in: range, with: meant)
    }
    return "I am \(first) \(verb) \(tail)"
  }

  /// Ways a duration is said, and how a letter says it: "from last 5 years" is "for the
  /// last 5 years".
  private static let durations: [(String, String)] = [
    (" from last ", " for the last "), (" since last ", " for the last "),
    (" for last ", " for the last "), (" for the last ", " for the last "),
  ]
}

extension CurrentRole {
  /// "Worked as an ASM at Maruti dealership for 10 years": a statement that names the role
  /// and its own workplace, which "At <employer>, …" before it would contradict; so does the
  /// letter's "I have been working as Manager sales in Honda car dealership …".
  static func namesItsWorkplace(_ statement: String) -> Bool {
    // Only the first five words are read: split off and lowercased alone.
    let words = statement.split(separator: " ", maxSplits: 5).prefix(5).map { $0.lowercased() }
    guard let index = words.firstIndex(of: "as"), index > 0,
      ["worked", "working", "served", "serving", "employed"].contains(words[index - 1])
    else { return false }
    return [" at ", " in ", " with "].contains { statement.contains($0) }
  }
}
