/// Whether a resume tells of time away from work: a break, a leave, a sabbatical or
/// caregiving, which lets a letter speak of a return to work.
enum ResumeBreak {
  private static let words = [
    "break", "sabbatical", "leave", "caregiving", "caregiver", "career gap", "hiatus",
    "time off", "returning", "return to work", "stay-at-home", "stay at home",
  ]

  /// True when `text` (lowercased) holds one of the words as whole words.
  static func isShown(in text: String) -> Bool {
    words.contains { ClaimSources.holds(text, $0) }
  }
}
