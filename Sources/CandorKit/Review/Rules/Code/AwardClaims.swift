/// Awards a letter says the writer won: "a Pulitzer Prize-winning journalist", "Employee of
/// the Year", "an award-winning reporter". The resume must name them.
enum AwardClaims {
  /// Nouns that end an award's name ("Peabody Award", "Truman Scholarship").
  private static let awardNouns: Set<String> = [
    "prize", "prizes", "award", "awards", "medal", "medals", "fellowship", "scholarship",
    "trophy",
  ]
  /// "Employee of the Year", "Rookie of the Month".
  private static let periods: Set<String> = ["year", "month", "quarter"]

  static func hits(
    _ sentence: LetterText.Sentence, _ sources: ClaimSources, _ context: ReviewContext
  ) -> [Hit] {
    let words = sentence.words
    let text = context.letter.text
    let claims = words.indices.compactMap { index in
      claimed(index, words, text).map { (index, $0) }
    }
    // "I admire the Ledger's Pulitzer Prize-winning series": the company's award, not one
    // the writer claims.
    guard !claims.isEmpty else { return [] }
    if let company = context.job?.company,
      NameMatching.mentions(words, NameMatching.variants(of: company))
    {
      return []
    }
    var hits: [Hit] = []
    for (index, claim) in claims {
      let word = words[index]
      let range = words[claim.lowerBound].range.lowerBound..<word.range.upperBound
      let quote = ReviewContext.collapse(text[range])
      let known =
        word.isCapitalized
        ? sources.contains(quote)
          || context.job?.lines.contains(where: { $0.text.contains(quote) }) == true
        : !sources.resume.resume.awards.isEmpty || sources.contains(word.key)
      guard !known, !UnsupportedClaimCheck.isDisclaimed(range.lowerBound, in: sentence, text)
      else { continue }
      let shown = word.isCapitalized ? quote : quote + "-winning"
      hits.append(
        Hit(range: range, message: "check '\(shown)': your resume does not show this award"))
    }
    return hits
  }

  /// The words of an award that ends at `index`, or nil: a capitalised name ending in an
  /// award noun or "of the Year", or a lowercase "award" in "award-winning".
  private static func claimed(_ index: Int, _ words: [LetterWord], _ text: String)
    -> Range<Int>?
  {
    let word = words[index]
    if awardNouns.contains(word.key) {
      guard word.isCapitalized else {
        // "an award-winning reporter" claims an award without naming it.
        let next = index + 1
        guard ["award", "prize"].contains(word.key), next < words.count,
          words[next].key == "winning",
          text[word.range.upperBound..<words[next].range.lowerBound] == "-"
        else { return nil }
        return index..<(index + 1)
      }
      // "Pulitzer Prize": one capitalised word alone ("Award") names nothing.
      guard let name = NameMatching.properName(in: words, endingBefore: index + 1, text: text),
        name.count >= 2
      else { return nil }
      return name
    }
    guard periods.contains(word.key), word.isCapitalized, index >= 3,
      words[index - 1].key == "the", words[index - 2].key == "of", words[index - 3].isCapitalized,
      let name = NameMatching.properName(in: words, endingBefore: index - 2, text: text)
    else { return nil }
    return name.lowerBound..<(index + 1)
  }
}
