import Testing

@testable import CandorKit

/// Pay counted by the piece of work, not by time, keeps its unit and has no period.
@Suite struct PayUnitTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var minimum: Double
    var maximum: Double
    var unit: String
    var testDescription: String { text }
  }

  static let cases: [Case] = [
    .init(text: "Honorar: 0,12 € pro Wort", minimum: 0.12, maximum: 0.12, unit: "word"),
    .init(text: "Pay: $35–$55 per class", minimum: 35, maximum: 55, unit: "class"),
    .init(text: "We pay $80 per session.", minimum: 80, maximum: 80, unit: "session"),
    .init(text: "Rate: $45 a visit", minimum: 45, maximum: 45, unit: "visit"),
    .init(text: "Piece rate of $1.50 per piece", minimum: 1.5, maximum: 1.5, unit: "piece"),
    .init(text: "Pay is $220 per shift", minimum: 220, maximum: 220, unit: "shift"),
    .init(text: "Fee: $2,500 per project", minimum: 2_500, maximum: 2_500, unit: "project"),
    .init(text: "Pay: $0.58 - $0.66 per mile", minimum: 0.58, maximum: 0.66, unit: "mile"),
    .init(text: "Earn $180 per load plus fuel", minimum: 180, maximum: 180, unit: "load"),
  ]

  @Test(arguments: cases)
  func payByThePieceKeepsItsUnitAndHasNoPeriod(_ expected: Case) throws {
    let salary = try #require(SalaryParser.parse(expected.text, isPayField: false))
    #expect(salary.minimum == expected.minimum)
    #expect(salary.maximum == expected.maximum)
    #expect(salary.unit == expected.unit)
    #expect(salary.period == nil)
  }

  @Test func payByTheHourHasNoUnit() throws {
    let salary = try #require(SalaryParser.parse("$22 per hour", isPayField: false))
    #expect(salary.period == .hour)
    #expect(salary.unit == nil)
  }

  @Test func theOutlineStatesTheUnit() throws {
    let text = """
      Cycling Instructor
      Ridgeline Fitness

      Pay: $35–$55 per class

      Requirements
      - Current group fitness certification
      """
    let posting = try PostingFixture.read(text: text)
    #expect(posting.salary?.unit == "class")
    #expect(posting.salary?.text == "$35–$55 per class")
  }
}
