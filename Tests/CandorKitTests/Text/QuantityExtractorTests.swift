import Testing

@testable import CandorKit

@Suite struct QuantityExtractorTests {
  @Test func readsCurrencyWithSuffix() {
    let found = QuantityExtractor.quantities(in: "processes $40M in card payments a day")
    #expect(found.map(\.text) == ["$40M"])
    #expect(found.first?.value == 40_000_000)
    #expect(found.first?.measure == .transactions)
  }

  @Test func readsLatencyPair() {
    let found = QuantityExtractor.quantities(in: "cutting p95 latency from 1.2 s to 180 ms")
    #expect(found.map(\.text) == ["1.2 s", "180 ms"])
    #expect(found.allSatisfy { $0.measure == .latency })
  }

  @Test func readsPercentAndCounts() {
    let found = QuantityExtractor.quantities(
      in: "Reduced failed payouts by 35% for 3 million monthly bookings and 1,200 stars")
    #expect(found.map(\.text) == ["35%", "3 million", "1,200"])
    #expect(found.map(\.value) == [35, 3_000_000, 1_200])
    #expect(found[1].measure == .transactions)
  }

  @Test func readsTeamSizeAndYears() {
    let found = QuantityExtractor.quantities(
      in: "Mentored four engineers over 6+ years; led 12 engineers")
    #expect(found.map(\.text) == ["6+ years", "12 engineers".components(separatedBy: " ")[0]])
    #expect(found.last?.measure == .teamSize)
  }

  /// Numbers inside names (a section, a model, a form) and a compound after a count are
  /// no figures; the count and a "+" figure are.
  @Test(arguments: [
    ("Led 60+ Section 504 meetings a year", ["60+"]),
    ("Assisted on 14 100-hour inspections on King Air 350 turboprops", ["14"]),
    ("Prepared 40 Form 1099 filings for Part 135 operators", ["40"]),
    ("Trained 12 Level 2 technicians", ["12"]),
    ("Raised NPS 20 points in a year", ["20"]),
    ("Ran a 400-student survey", ["400"]),
  ])
  func keepsTheFigureAndNotTheName(_ text: String, _ figures: [String]) {
    #expect(QuantityExtractor.quantities(in: text).map(\.text) == figures)
  }

  @Test(arguments: [
    "Worked there from 2016 to 2021", "Call (206) 555-0143", "Stored files on S3 and EC2",
    "p95 was fine", "COVID-19 response", "Python 3.11 and ES6",
  ])
  func skipsWhatIsNotAQuantity(_ text: String) {
    #expect(QuantityExtractor.quantities(in: text).isEmpty)
  }
}
