/// Whether a resume tells of time away from work: a break, a leave, a sabbatical or
/// caregiving, which lets a letter speak of a return to work.
enum ResumeBreak {
  private static let words = [
    "break", "sabbatical", "leave", "caregiving", "caregiver", "career gap", "hiatus",
    "time off", "returning", "return to work", "stay-at-home", "stay at home",
  ]

  /// True when `text` (lowercased) holds one of the words as whole words, or the resume
  /// shows roles and none of them current.
  // FIXME: a graduate's resume has no current role either; `candor write` then opens on a
  // return (trial 19 P1-1), and this check trusts it the same way until that is fixed.
  static func isShown(in text: String, _ resume: ParsedResume?) -> Bool {
    if let resume, !resume.evidence.isEmpty, !resume.evidence.contains(where: \.isCurrent) {
      return true
    }
    return words.contains { ClaimSources.holds(text, $0) }
  }
}
