import Testing

@testable import CandorKit

/// A count of years a summary states gives way to more years of dated roles, and the
/// outline reports both (trial23 P2-5): "7 years" over roles from 2017 on is no 7.
@Suite struct StatedAndDatedYearsTests {
  /// One role dated 2021 - 2023: two years by its dates.
  static func read(summary: String) throws -> ParsedResume {
    try TrialSevenResumeTests.dispatcher(summary: summary)
  }

  @Test func datedRolesCoveringMoreGiveTheYears() throws {
    let parsed = try Self.read(summary: "Dispatcher with 1 year of experience in freight.")
    #expect(parsed.yearsOfExperience == 2.0)
    #expect(parsed.yearsAreStated == false)
    #expect(parsed.statedYears == 1.0)
    #expect(
      ResumeOutline.render(parsed).contains(
        "years of experience: 2.0 (from dated roles; the resume states 1.0)"))
  }

  @Test func aStatedCountAboveTheDatedRolesStays() throws {
    let parsed = try Self.read(summary: "Dispatcher with 9 years of experience in freight.")
    #expect(parsed.yearsOfExperience == 9.0)
    #expect(parsed.yearsAreStated == true)
    #expect(parsed.statedYears == nil)
  }
}
