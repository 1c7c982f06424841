/// Checks the spelling of single words.
///
/// CandorKit stays free of C libraries, so it only declares what it needs; the
/// `CandorSpelling` target implements it with Hunspell. Implementations must be safe to call
/// from several threads.
public protocol SpellChecker: Sendable {
  /// True when `word` is spelled correctly (in any of its accepted capitalisations).
  func isCorrect(_ word: String) -> Bool
  /// Likely intended spellings, best first.
  func suggestions(for word: String) -> [String]
}
