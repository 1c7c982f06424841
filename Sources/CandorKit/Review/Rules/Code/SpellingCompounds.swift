/// Words a field writes as one that a general dictionary lacks: two dictionary words joined
/// ("cutover", "bioswales" as bio + swales) and a common prefix on a dictionary word
/// ("psychoeducation", "biopsychosocial", "nonbillable"). Real misspellings rarely split so:
/// each part must be a dictionary word of its own, long enough not to be a stray letter or
/// two, and a run-together phrase ("everytime", "eventhough", "thankyou") or a doubled
/// letter at the join ("writting") is still flagged.
enum SpellingCompounds {
  /// Prefixes joined to a dictionary word without a hyphen.
  private static let prefixes = [
    "bio", "psycho", "micro", "multi", "re", "pre", "non", "neuro", "hydro", "geo", "tele",
    "inter", "intra", "sub", "semi", "anti", "post", "over", "under", "cyber",
  ]
  /// Words that make a joined pair a phrase written without its space, not a compound.
  private static let phraseWords: Set<String> = [
    "every", "even", "though", "you", "your", "thank", "thanks", "all", "any", "some", "each",
    "the", "and", "for", "with", "that", "this", "what", "when", "where", "not", "but", "how",
    "who", "can", "will", "our", "their", "they", "them", "one", "too", "very", "such",
    "much", "more", "most", "then", "than", "also", "well", "way", "lot", "per", "her",
    "his", "its", "let", "may",
  ]
  /// Tails that are a suffix as well as a word ("publically", "payting"): the pair reads as
  /// a misspelt derivation, not a compound.
  private static let suffixTails: Set<String> = ["ally", "ting", "ling", "ment", "ness", "ably"]

  /// True when `word` (lower case) is a prefix on a dictionary word of four letters or more,
  /// or two dictionary words of three letters or more, neither a phrase word.
  static func accepts(_ word: String, _ checker: any SpellChecker) -> Bool {
    guard word.count >= 6, word.allSatisfy({ $0.isLetter }) else { return false }
    for prefix in prefixes where word.hasPrefix(prefix) {
      let stem = String(word.dropFirst(prefix.count))
      if stem.count >= 4, checker.isCorrect(stem) { return true }
    }
    let pairs = (3...(word.count - 3)).map { (String(word.prefix($0)), String(word.dropFirst($0))) }
      .filter { checker.isCorrect($0.0) && checker.isCorrect($0.1) }
    // "eventhough" is "even though" however else it splits ("event" + "hough").
    if pairs.contains(where: { phraseWords.contains($0.0) || phraseWords.contains($0.1) }) {
      return false
    }
    // "writting": a letter doubled at the join is a typo, not a compound.
    return pairs.contains { head, tail in !suffixTails.contains(tail) && head.last != tail.first }
  }
}
