/// Words that say a credential is not held yet ("CPA candidate", "EIT application
/// pending", "MBA expected 2027", "working toward the PMP"). The resume reader leaves such
/// a credential out of the skills a person holds, and the review reads a letter's sentence
/// with one as a plan, not a claim: one list for both.
enum PendingWords {
  static let all: Set<String> = [
    "pending", "expected", "pursuing", "candidate", "progress", "anticipated", "sitting",
    "preparing", "toward", "towards", "studying", "eligible",
  ]

  /// True when a word of `text` (lowercased) says the credential is not held yet.
  static func named(in text: some StringProtocol) -> Bool {
    text.split { !$0.isLetter }.contains { all.contains(String($0)) }
  }
}
