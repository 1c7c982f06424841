/// Years of experience a letter claims: "I bring 10 years of acute care experience", "ten
/// years in retail". More than the resume's dates or its own stated count allow is an
/// invented fact, as an invented figure is; a span that is no experience ("10 years of sales
/// data") or a floor the resume states ("5+ years") stays a warning.
enum ExperienceClaims {
  /// Words right after "N years" that make them the writer's experience ("10 years in
  /// retail", "as a nurse", "leading teams").
  private static let experienceLinks: Set<String> = [
    "in", "as", "at", "across", "leading", "working", "managing", "teaching", "nursing",
  ]

  /// The severity of a years figure at `range` the resume does not support: an error when
  /// the writer claims it as experience and the resume's years are known, else a warning.
  static func severity(
    _ range: Range<String.Index>, _ sentence: LetterText.Sentence, _ sources: ClaimSources,
    _ text: String
  ) -> Severity? {
    let isKnown = sources.statedYears != nil || sources.resume.yearsAreStated != true
    let isSpent = isExperience(after: range, sentence, text) || isSpan(range, sentence)
    guard isKnown, isSpent, isWriters(range, sentence) else { return nil }
    return .error
  }

  /// True when the words after "N years" name experience: "experience" within four words
  /// ("of acute care experience", "' experience"), a linking word or a verb in "-ing"
  /// ("in retail", "leading teams"), or "of" and one ("of teaching").
  private static func isExperience(
    after range: Range<String.Index>, _ sentence: LetterText.Sentence, _ text: String
  ) -> Bool {
    let words = sentence.words
    guard let next = words.firstIndex(where: { $0.range.lowerBound >= range.upperBound }) else {
      return false
    }
    var end = next
    while end < min(words.count, next + 4),
      end == next || !LetterWord.gap(words[end - 1], words[end], in: text).contains(",")
    {
      if words[end].key == "experience" { return true }
      end += 1
    }
    let first = words[next].key
    if experienceLinks.contains(first) || Verbs.isGerund(first) { return true }
    return first == "of" && next + 1 < words.count && Verbs.isGerund(words[next + 1].key)
  }

  /// True when the years are how long the writer has done something: "for" or "over" right
  /// before them, after "I" ("I have tested software for nine years").
  private static func isSpan(_ range: Range<String.Index>, _ sentence: LetterText.Sentence)
    -> Bool
  {
    let words = sentence.words
    guard let index = words.firstIndex(where: { $0.range.upperBound > range.lowerBound }),
      index > 1, ["for", "over"].contains(words[index - 1].key)
    else { return false }
    return words[..<(index - 1)].contains { $0.key == "i" }
  }

  /// True unless a word up to four words before the figure gives it another owner.
  private static func isWriters(_ range: Range<String.Index>, _ sentence: LetterText.Sentence)
    -> Bool
  {
    let words = sentence.words
    let index = words.firstIndex { $0.range.upperBound > range.lowerBound } ?? words.endIndex
    return !words[max(0, index - 4)..<index].contains { FigureClaims.othersWords.contains($0.key) }
  }
}
