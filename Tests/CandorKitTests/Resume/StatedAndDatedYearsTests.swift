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

  /// A resume with `summary` over `roles` (one per line). Today is June 2025.
  static func read(summary: String, roles: [String]) throws -> ParsedResume {
    let text =
      "Ines Okafor\nines@example.com\n\nSUMMARY\n\(summary)\n\nEXPERIENCE\n"
      + roles.map { "\($0)\n- Reconciled 40 accounts a month\n" }.joined(separator: "\n")
    return try ResumeReader.read(
      InputFile(name: "cv.txt", text: text), lexicon: TestLexicon.small, today: TestLexicon.today)
  }

  /// "Three years" over roles from 2015 to "Current" since 2017: the resume was written in
  /// about 2018 and its present role ran on by a guess since; its own count stands, and
  /// the outline shows both.
  @Test func anOldResumeKeepsItsOwnCount() throws {
    let parsed = try Self.read(
      summary: "Bookkeeper with three years of experience.",
      roles: [
        "Bookkeeper, Alder Supply, Oct 2017 – Current",
        "Accounts Clerk, Alder Supply, May 2015 – Oct 2017",
      ])
    #expect(parsed.yearsOfExperience == 3.0)
    #expect(parsed.yearsAreStated == true)
    #expect(parsed.datedYears == 10.2)
    #expect(
      ResumeOutline.render(parsed).contains(
        "years of experience: 3.0 (stated; its dated roles, run on to today, cover 10.2)"))
  }

  /// "7 years" over roles from 2016 on, read in 2025: a summary not brought up to date;
  /// the dated roles give the years.
  @Test func aRecentResumeGivesWayToItsDates() throws {
    let parsed = try Self.read(
      summary: "Bookkeeper with 7 years of experience.",
      roles: [
        "Bookkeeper, Alder Supply, Jan 2019 – Present",
        "Accounts Clerk, Alder Supply, Jun 2016 – Dec 2018",
      ])
    #expect(parsed.yearsOfExperience == 9.1)
    #expect(parsed.statedYears == 7.0)
    #expect(parsed.datedYears == nil)
  }

  /// Closed roles of ten years prove more than "3 years" however old the resume is.
  @Test func closedRolesCoveringMoreGiveTheYears() throws {
    let parsed = try Self.read(
      summary: "Bookkeeper with 3 years of experience.",
      roles: ["Bookkeeper, Alder Supply, 2010 – 2020"])
    #expect(parsed.yearsOfExperience == 10.0)
    #expect(parsed.statedYears == 3.0)
  }
}
