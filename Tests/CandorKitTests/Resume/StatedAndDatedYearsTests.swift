import Testing

@testable import CandorKit

/// A count of years a summary states gives way to more years of dated roles, and the
/// outline reports both (trial23 P2-5): "7 years" over roles from 2017 on is no 7.
@Suite struct StatedAndDatedYearsTests {
  static func read(summary: String) throws -> ParsedResume {
    let text = """
      Wren Okafor
      wren@example.com

      SUMMARY
      \(summary)

      EXPERIENCE
      Dispatcher, Redline Freight, 2019 - 2023
      - Routed 40 trucks a day
      """
    return try ResumeReader.read(
      InputFile(name: "cv.txt", text: text), lexicon: TestLexicon.small,
      today: TestLexicon.today)
  }

  @Test func datedRolesCoveringMoreGiveTheYears() throws {
    let parsed = try Self.read(summary: "Dispatcher with 2 years of experience in freight.")
    #expect(parsed.yearsOfExperience == 4.0)
    #expect(parsed.yearsAreStated == false)
    #expect(parsed.statedYears == 2.0)
    #expect(
      ResumeOutline.render(parsed).contains(
        "years of experience: 4.0 (from dated roles; the resume states 2.0)"))
  }

  @Test func aStatedCountAboveTheDatedRolesStays() throws {
    let parsed = try Self.read(summary: "Dispatcher with 9 years of experience in freight.")
    #expect(parsed.yearsOfExperience == 9.0)
    #expect(parsed.yearsAreStated == true)
    #expect(parsed.statedYears == nil)
  }
}
