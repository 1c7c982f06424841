/// A certification the lexicon knows that is also something one does: "Performed CPR on a
/// guest" tells of the act, not the credential, so it meets no ask for "CPR
/// certification". A certificate, or a credential's word beside the name ("CPR-certified",
/// "CPR certification"), still holds it.
enum CredentialActivity {
  /// True when `spelling`, a lexicon certification, is the object of a verb of doing in
  /// `place` and nothing there names it as held.
  static func isAct(_ spelling: String, in place: MatchPlace, lexicon: Lexicon) -> Bool {
    guard place.part != .certificate, place.part != .skills,
      lexicon.entry(for: spelling)?.category == .certification,
      let range = place.text.range(of: spelling)
    else { return false }
    let before = place.text[..<range.lowerBound].split(whereSeparator: { $0 == " " })
    guard let verb = before.last?.lowercased(), actVerbs.contains(verb) else { return false }
    return CredentialCue.category(of: spelling, in: place.text) != .certification
  }

  /// Verbs whose object is an act done, never a credential held.
  private static let actVerbs: Set<String> = [
    "performed", "performing", "perform", "performs", "administered", "administering",
    "administer", "administers", "gave", "giving", "give", "gives", "provided", "providing",
    "provide", "provides", "delivered", "delivering", "deliver", "initiated", "initiating",
    "applied", "applying", "conducted", "conducting", "started", "starting",
  ]
}
