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
    let honours = honours(words, text)
    let claims =
      words.indices.compactMap { index in claimed(index, words, text).map { (index, $0) } }
      + honours.map { ($0.upperBound - 1, $0) }
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
      // "award-winning" names no award: any award on the resume backs it.
      let isNamed = claim.count > 1 || word.isCapitalized
      let known =
        isNamed
        ? sources.contains(quote)
          || context.job?.lines.contains(where: { $0.text.contains(quote) }) == true
        : !sources.resume.resume.awards.isEmpty || sources.contains(word.key)
      guard !known, !UnsupportedClaimCheck.isDisclaimed(range.lowerBound, in: sentence, text)
      else { continue }
      let shown = isNamed ? quote : quote + "-winning"
      // "featured in Garden & Gun" names press or an honour, not always an award.
      let kind = honours.contains(claim) && !awardNouns.contains(word.key) ? "honour" : "award"
      hits.append(
        Hit(range: range, message: "check '\(shown)': your resume does not show this \(kind)"))
    }
    return hits
  }

  /// Words after which a name is an honour or press the writer claims: "a semifinalist for
  /// the Beard Awards", "featured in Garden & Gun", "named to the 40 Under 40".
  private static let honourCues: [[String]] = [
    ["semifinalist", "for"], ["finalist", "for"], ["nominee", "for"], ["nominated", "for"],
    ["shortlisted", "for"], ["featured", "in"], ["featured", "on"], ["profiled", "in"],
    ["profiled", "by"], ["named", "to"], ["interviewed", "by"], ["written", "up", "in"],
    ["inducted", "into"], ["covered", "by"], ["spotlighted", "in"],
  ]

  /// The names an honour cue introduces: a run of capitalised words or numbers ("Garden &
  /// Gun", "40 Under 40"), after an optional article, with at least one capitalised word.
  private static func honours(_ words: [LetterWord], _ text: String) -> [Range<Int>] {
    var names: [Range<Int>] = []
    for index in words.indices {
      guard
        let cue = honourCues.first(where: { cue in
          index + cue.count <= words.count
            && zip(cue, words[index...]).allSatisfy { $0 == $1.key }
        })
      else { continue }
      var start = index + cue.count
      if start < words.count, ["a", "an", "the"].contains(words[start].key) { start += 1 }
      var end = start
      while end < words.count, end - start < 6,
        words[end].isCapitalized || words[end].key.allSatisfy(\.isNumber),
        end == start || !NameMatching.isBroken(between: words[end - 1], words[end], in: text)
      {
        end += 1
      }
      if words[start..<end].contains(where: \.isCapitalized) { names.append(start..<end) }
    }
    return names
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
          LetterWord.gap(word, words[next], in: text) == "-"
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
