import Testing

@testable import CandorKit

/// A figure is measured by what it counts (trial23 P2-4): reports moved are things, not
/// people; people trained are no team; a form's number is no figure; a current keeps its
/// unit.
@Suite struct MetricKindTests {
  static func measures(_ text: String) -> [String: Quantity.Measure] {
    Dictionary(
      QuantityExtractor.quantities(in: text).map { ($0.text, $0.measure) },
      uniquingKeysWith: { first, _ in first })
  }

  @Test func reportsMovedAreACount() {
    #expect(Self.measures("Moved 40 SQL reports to Power BI") == ["40": .count])
  }

  @Test func directReportsAreATeam() {
    #expect(Self.measures("Managed 6 direct reports") == ["6": .teamSize])
    #expect(Self.measures("Managed 6 reports in two cities") == ["6": .teamSize])
  }

  @Test func peopleTrainedAreNoTeam() {
    #expect(Self.measures("Trained 8 analysts on the new ledger") == ["8": .count])
  }

  @Test func aFormNumberIsNoFigure() {
    #expect(Self.measures("Filed quarterly 941 and SUI returns for 30 clients")["941"] == nil)
    #expect(Self.measures("Prepared Form 1099 filings") == [:])
  }

  @Test func aCurrentKeepsItsUnit() {
    let quantity = QuantityExtractor.quantities(in: "Cut sleep draw to under 12 µA").first
    #expect(quantity?.unit == "µA")
    #expect(quantity?.measure == .other)
  }
}
