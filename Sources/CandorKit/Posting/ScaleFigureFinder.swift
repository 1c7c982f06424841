/// Finds the numbers that describe the company's or the role's scale: users, requests,
/// transactions, latency, revenue and team size, counts of places and things a business
/// runs ("140 community clinics"), floor areas ("400,000 sq ft") and the figures a product
/// must meet ("under 40 µA"), each with its sentence and line.
enum ScaleFigureFinder {
  static let measures: Set<Quantity.Measure> = [
    .users, .requests, .transactions, .latency, .revenue, .teamSize,
  ]

  static func find(_ sections: [SectionedLine], sentences: SentenceCache) -> [ScaleFigure] {
    var figures: [ScaleFigure] = []
    for item in sections where !item.line.isBlank && !skipped.contains(item.section) {
      // A quantity needs a digit: lines without one need no sentences.
      guard TextFolding.hasDigit(item.text) else { continue }
      for sentence in sentences.sentences(in: item.text) {
        for quantity in QuantityExtractor.quantities(in: sentence) where !isDuration(quantity) {
          let noun =
            quantity.measure == .count
            ? ScaleNouns.noun(after: quantity, in: sentence)
            : ScaleNouns.measureNoun(after: quantity, in: sentence)
          guard
            measures.contains(quantity.measure) || noun != nil || isLargeSum(quantity)
              || isSpecification(quantity)
          else { continue }
          figures.append(
            ScaleFigure(quantity: quantity, noun: noun, sentence: sentence, line: item.line.line))
        }
      }
    }
    return figures
  }

  /// "Corvane buys $400M a year in parts": a sum of millions is the business's size,
  /// whatever it buys or sells; a pay figure never reaches one.
  private static func isLargeSum(_ quantity: Quantity) -> Bool {
    [.money, .cost].contains(quantity.measure) && quantity.value >= 1_000_000
  }

  /// "keep power draw under 40 µA", "a 48 MHz clock": a figure the product must meet, in
  /// a unit of its own (not "3x", a ratio).
  private static func isSpecification(_ quantity: Quantity) -> Bool {
    quantity.measure == .other && quantity.unit.map { $0 != "x" && $0 != "×" } == true
  }

  /// "1 year leading a team" is experience, not the size of a team.
  private static func isDuration(_ quantity: Quantity) -> Bool {
    ["years", "months", "weeks", "days", "hours", "minutes"].contains(quantity.unit ?? "")
  }

  private static let skipped: Set<PostingSectionKind> = [.benefits, .legal, .apply]
}
