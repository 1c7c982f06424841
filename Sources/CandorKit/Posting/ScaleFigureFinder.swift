/// Finds the numbers that describe the company's or the role's scale: users, requests,
/// transactions, latency, revenue and team size, each with its sentence and line.
enum ScaleFigureFinder {
  static let measures: Set<Quantity.Measure> = [
    .users, .requests, .transactions, .latency, .revenue, .teamSize,
  ]

  static func find(_ sections: [SectionedLine]) -> [ScaleFigure] {
    var figures: [ScaleFigure] = []
    for item in sections where !item.line.isBlank && !skipped.contains(item.section) {
      for sentence in Sentences.split(item.text) {
        for quantity in QuantityExtractor.quantities(in: sentence)
        where measures.contains(quantity.measure) {
          figures.append(ScaleFigure(quantity: quantity, sentence: sentence, line: item.line.line))
        }
      }
    }
    return figures
  }

  private static let skipped: Set<SectionKind> = [.benefits, .legal, .apply]
}
