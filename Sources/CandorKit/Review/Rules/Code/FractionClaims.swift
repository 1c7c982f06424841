/// Shares a letter states in words: "cut costs by a third", "in half the time", "halved
/// the backlog". Each is a result, and the resume must give it: the same word, or a
/// percentage of the same size ("33%" for "a third").
enum FractionClaims {
  /// Fraction words and their share of a whole; "two thirds" and "three quarters" scale.
  private static let shares: [String: Double] = [
    "half": 0.5, "halved": 0.5, "third": 1.0 / 3, "thirds": 1.0 / 3, "quarter": 0.25,
    "quarters": 0.25,
  ]
  /// Words before a fraction that make it a change or a share ("by half", "in half").
  private static let cues: Set<String> = ["by", "in", "cut", "cuts", "reduced", "trimmed"]

  /// The fractions in a claim sentence the resume does not back; in a sentence about the
  /// job (`aboutJob`) the posting's own ("cut surprises in half by 2027") may stand.
  static func hits(
    _ sentence: LetterText.Sentence, _ sources: ClaimSources, _ context: ReviewContext,
    aboutJob: Bool
  ) -> [Hit] {
    let words = sentence.words
    return words.indices.compactMap { index -> Hit? in
      guard var share = shares[words[index].key] else { return nil }
      var start = index
      if start > 0, ["a", "one", "two", "three"].contains(words[start - 1].key) {
        start -= 1
        share *= ["two": 2.0, "three": 3.0][words[start].key] ?? 1
      }
      guard isResult(words, start, index) else { return nil }
      let range = words[start].range.lowerBound..<words[index].range.upperBound
      let quote = context.quote(range)
      let isOwn = FigureClaims.isOwned(range.lowerBound, sentence)
      guard !sources.contains(words[index].key), !sources.supports(share: share),
        !(aboutJob && !isOwn && sources.postingHolds(words[index].key)),
        !UnsupportedClaimCheck.isDisclaimed(range.lowerBound, in: sentence, context.letter.text)
      else { return nil }
      return Hit(range: range, message: "check '\(quote)': your resume does not state this figure")
    }
  }

  /// "halved", "by a third", "in half", "half the time": a fraction as a result, not a
  /// period ("the first half of 2023") or a measure ("half a day").
  private static func isResult(_ words: [LetterWord], _ start: Int, _ index: Int) -> Bool {
    if words[index].key == "halved" { return true }
    if start > 0, cues.contains(words[start - 1].key) { return true }
    let next = index + 1 < words.count ? words[index + 1].key : ""
    let before = start > 0 ? words[start - 1].key : ""
    return words[index].key == "half" && next == "the"
      && !["first", "second", "the", "of"].contains(before)
  }
}
