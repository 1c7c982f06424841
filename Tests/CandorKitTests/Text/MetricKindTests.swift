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

  /// The first number of a range takes the unit the second carries.
  @Test(arguments: [
    ("extending battery life from 2 to 5 years", "2", Quantity.Measure.time),
    ("kept between 20 and 30% of stock on hand", "20", .percent),
    ("cut waits from 40 to 8 minutes", "40", .time),
  ])
  func aRangesFirstNumberTakesItsUnit(_ text: String, _ number: String, _ measure: Quantity.Measure)
  {
    #expect(Self.measures(text)[number] == measure)
  }

  @Test(arguments: [
    ("Wrote an iOS app with a 4.6 star rating", "4.6"), ("Kept a 4.8-star average", "4.8"),
    ("Rated 4.9 out of 5 by 300 guests", "4.9"),
  ])
  func aScoreOnAScaleIsARating(_ text: String, _ number: String) {
    #expect(Self.measures(text)[number] == .rating)
  }

  @Test func aShareOfThePeopleServedIsAPercentage() {
    #expect(
      Self.measures("Taught 150 students, 40% English learners") == [
        "150": .count, "40%": .percent,
      ])
  }
}
