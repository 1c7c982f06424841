/// How a letter may name a skill the resume holds. The lexicon folds some families into one
/// term ("Advanced Excel" is Excel) and lets a higher level answer a lower one ("OSHA 30"
/// for "OSHA 10"), which is right for matching but not for a claim: the letter may name a
/// numbered card or class, or a level ("advanced", "fluent"), only when the resume names
/// that very one.
enum HeldSpelling {
  /// `spelling` (the posting's word for `term`) when it carries no number or level word, or
  /// the resume says it too; otherwise the resume's own spelling of the term, or the term
  /// itself. `resumeText` is the resume's lowercased text, asked for only when a number or
  /// level is found; the spelling counts there only as whole words ("OSHA 10" is not in
  /// "OSHA 100").
  static func spelling(
    _ spelling: String, of term: String, in resume: ParsedResume,
    resumeText: () -> String = { "" }
  ) -> String {
    let hasNumber = spelling.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 })
    let hasLevel =
      !hasNumber
      && spelling.split(separator: " ").contains { levels.contains($0.lowercased()) }
    guard hasNumber || hasLevel else { return spelling }
    // A higher level the resume holds answers for the one asked ("OSHA 30" for "OSHA 10").
    let own =
      (resume.skills.first { $0.term == term }
      ?? resume.skills.first { Lexicon.standard.kinds(of: $0.term).contains(term) })?.spelling
    let lowered = spelling.lowercased()
    if own?.lowercased() == lowered || RequirementOptions.contains(resumeText(), word: lowered) {
      return spelling
    }
    return own ?? term
  }

  /// Words that state how well a skill is known: the posting's ask, not the resume's claim.
  private static let levels: Set<String> = [
    "advanced", "expert", "proficient", "strong", "excellent", "fluent", "native", "basic",
    "intermediate", "avanzado", "experto",
  ]
}
