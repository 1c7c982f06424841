/// "more than $400,000", "over six thousand records", "about 6,500": a figure given as a
/// bound or an estimate is the resume's when the resume's own figure of the same kind meets
/// it ($412,000; 6,500), and close enough that the letter only rounds it.
enum RoundedFigures {
  /// What a word before a figure says of the true value.
  private enum Bound {
    /// "more than 400": the true value is at least the figure, and at most half again.
    case atLeast
    /// "nearly 500": the true value is at most the figure, and at least two thirds of it.
    case atMost
    /// "about 6,500": within a tenth of the figure either way.
    case near
  }

  /// The words before a figure, last word first, and the bound they set.
  private static let leads: [([String], Bound)] = [
    (["than", "more"], .atLeast), (["over"], .atLeast), (["above"], .atLeast),
    (["least", "at"], .atLeast), (["of", "upwards"], .atLeast), (["of", "excess", "in"], .atLeast),
    (["nearly"], .atMost), (["almost"], .atMost), (["to", "close"], .atMost),
    (["under", "just"], .atMost), (["about"], .near), (["around"], .near),
    (["roughly"], .near), (["approximately"], .near), (["some"], .near),
  ]

  /// True when words right before `position` bound the figure and a resume figure of the
  /// same kind lies within that bound.
  static func isBacked(
    _ quantity: Quantity, before position: String.Index, _ sentence: LetterText.Sentence,
    _ sources: ClaimSources, _ text: String
  ) -> Bool {
    let before = sentence.words.filter { $0.range.upperBound <= position }.suffix(3)
      .reversed().map(\.key)
    guard let bound = leads.first(where: { before.starts(with: $0.0) })?.1 else {
      return false
    }
    let value = quantity.value
    let range: ClosedRange<Double>
    switch bound {
    case .atLeast: range = value...(value * 1.5)
    case .atMost: range = (value * 2 / 3)...value
    case .near: range = (value * 0.9)...(value * 1.1)
    }
    return sources.holds(in: range, kind: Figures.kind(quantity.unit))
  }
}
