import Testing

@testable import CandorKit

/// Lines that follow a requirement list without a heading of their own (pay and perks, the
/// appointment's terms, what to send, whom to ask) are not requirements.
@Suite struct NonRequirementLineTests {
  static let trailingLines = [
    "Evening shift differential, tuition help and a $2,000 sign-on bonus",
    "Term: 3 years, renewable. Salary: $58,000 a year plus benefits.",
    "Appointment: one year in the first instance. Stipend: $3,000 a month.",
    "Applications should include a CV and the names of two referees.",
    "Your application must include a writing sample and a cover letter.",
    "Questions about the role can be directed to our office manager.",
    "Enquiries may be sent to the lab manager at lab@tarrow.example.",
  ]

  @Test(arguments: trailingLines)
  func aLineAfterThePreferredListIsNoRequirement(_ line: String) throws {
    let text = """
      Lab Technician
      Tarrow Institute

      We study coastal sediment and publish all our data.

      Required
      - Bachelor's degree in geology or chemistry
      - Two years of laboratory experience

      Preferred
      - Experience with grain-size analysis

      \(line)
      """
    let requirements = try PostingFixture.read(text: text).requirements
    #expect(
      requirements.map(\.text) == [
        "Bachelor's degree in geology or chemistry", "Two years of laboratory experience",
        "Experience with grain-size analysis",
      ])
  }

  struct YearsCase: Sendable, CustomTestStringConvertible {
    var text: String
    var years: Double?
    var testDescription: String { text }
  }

  static let years: [YearsCase] = [
    .init(text: "Two to three years of dispatch experience", years: 2),
    .init(text: "four to six years in payroll", years: 4),
    .init(text: "One or two years of retail work", years: 1),
    .init(text: "2 to 4 years of retail work", years: 2),
  ]

  @Test(arguments: years)
  func aRangeOfYearsInWordsGivesItsMinimum(_ expected: YearsCase) {
    #expect(RequirementCues.years(in: expected.text) == expected.years)
  }
}
