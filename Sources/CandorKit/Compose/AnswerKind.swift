/// Whether a statement can answer a requirement by what it is, not only by shared words:
/// "My credentials include Professional Engineer (PE). That answers your need for B.S. in
/// Mechanical Engineering" shares "mechanical" and "engineering" yet claims a degree the
/// licence is not. A degree ask is answered only by a degree; a credential answers only an
/// ask that names a credential it holds; a degree answers no credential ask.
struct AnswerKind {
  /// The skills the requirement names.
  let asked: Set<String>
  /// The credentials it asks for, narrowed to those its quoted words keep ("EIT
  /// certification; PE license …" is quoted as "EIT certification").
  let credentials: Set<String>
  /// True when it asks for a level of study ("B.S. in Mechanical Engineering").
  let asksDegree: Bool
  /// The requirement as the letter quotes it, when it asks for a credential by its words
  /// ("A forklift certificate"), which the lexicon may not name.
  let credentialAsk: String?

  init(_ need: Requirement) {
    asked = Set(need.skills)
    let all = asked.filter { Self.category(of: $0) == .certification }
    let phrase = SlotValues.requirementPhrase(need.text, skills: need.skills)
    let quoted = all.intersection(Lexicon.standard.matches(in: phrase).map(\.term))
    credentials = quoted.isEmpty ? all : quoted
    let namesCredential = !ContentWords.of(phrase).isDisjoint(with: HeldCertificate.programmeWords)
    credentialAsk = namesCredential ? phrase : nil
    asksDegree =
      need.skills.contains { Self.category(of: $0) == .degree }
      || DegreeRequirement.ask(in: need.text) != nil
  }

  /// True when the requirement asks for a credential, by the lexicon's name or its words.
  var asksCredential: Bool { !credentials.isEmpty || credentialAsk != nil }

  /// True when `item` holds the kind of thing the requirement asks for.
  func fits(_ item: Evidence) -> Bool {
    if asksDegree { return item.source == .education }
    switch item.source {
    case .certificate, .award:
      // The credential must be one the line asks for, never only a word it shares.
      return !credentials.isDisjoint(with: item.skills)
        || credentialAsk.map { HeldCertificate.names($0, in: [item.text]) } == true
    case .education:
      return credentials.isEmpty && !asked.isDisjoint(with: item.skills)
    default:
      // A credential ask is answered by a statement that names the credential.
      return credentials.isEmpty || !credentials.isDisjoint(with: item.skills)
    }
  }

  private static func category(of term: String) -> SkillCategory? {
    Lexicon.standard.entry(for: term)?.category
  }
}
