import Testing

@testable import CandorKit

@Suite struct ScaleFigureWholeNumberTests {
  @Test func aFigureIsReadAsAWholeNumberAndATeamCountsPeople() throws {
    let figures = try PostingFixture.read("scale-whole-numbers.txt").scaleFigures
    #expect(figures.map(\.quantity.text) == ["20", "6", "2 million"])
    #expect(figures.map(\.measures) == ["stores", "analysts", "users"])
    #expect(figures.map(\.quantity.measure) == [.count, .teamSize, .users])
  }

  @Test func theNumberInsideAYearIsNotTheCount() {
    let sentence = "Founded in 2020, we run 20 stores."
    let range = ScaleNouns.wholeNumber("20", in: sentence)
    #expect(range.map { String(sentence[$0.lowerBound...]) } == "20 stores.")
  }

  @Test(arguments: [
    ("Our data team maintains 120 dbt models", Quantity.Measure.count),
    ("a small team (<30) of builders", .teamSize), ("a team of about 40", .teamSize),
    ("We build an app used by 2 million people.", .users),
  ])
  func aTeamSizeNeedsATeamOrPeopleWord(_ text: String, _ measure: Quantity.Measure) {
    #expect(QuantityExtractor.quantities(in: text).first?.measure == measure)
  }
}
