/// Figures in a letter written in another language than English. Its phrases cannot be
/// read, so whose figure it is cannot be told; each figure is checked by value alone,
/// in the number format the letter uses ("40.000", "3,5 %"): the resume or the posting must
/// write it, a percentage or money as the same kind.
enum LocalFigureClaims {
  static func hits(_ context: ReviewContext, _ sources: ClaimSources) -> [Hit] {
    let text = context.letter.text
    let sentences = context.bodySentences.map(\.sentence)
    let company = context.job?.company.map(NameMatching.variants(of:))
    return LocalNumbers.figures(in: text).compactMap { figure in
      guard let sentence = sentences.first(where: { $0.range.contains(figure.range.lowerBound) }),
        !sources.supports(figure),
        // "a las 10", "um 9 Uhr": a time of day is no claim.
        !ClockAndCallTimes.contains(figure.range, in: text[sentence.range])
      else { return nil }
      // A figure beside the company's name may be a fact about it the posting left out;
      // any other is the writer's claim.
      let namesCompany = company.map { NameMatching.mentions(sentence.words, $0) } ?? false
      let quote = context.quote(figure.range)
      return Hit(
        range: figure.range, message: "check '\(quote)': your resume does not state this figure",
        severity: namesCompany ? nil : .error)
    }
  }
}
