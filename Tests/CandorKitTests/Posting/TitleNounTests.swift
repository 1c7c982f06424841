import Testing

@testable import CandorKit

/// Job titles whose head noun the readers did not know (fifth trial): a posting's first line
/// "Bank Teller" was no title, so its company line went unread too, and a resume's "Claims
/// Adjuster | Keystone Casualty" had no title.
@Suite struct TitleNounTests {
  static func read(_ text: String, name: String = "posting.txt") throws -> JobPosting {
    try PostingReader.read(InputFile(name: name, text: text), lexicon: PostingFixture.lexicon)
  }

  @Test(arguments: [
    "Bank Teller", "Claims Adjuster", "Staff Reporter", "Mortgage Underwriter",
    "Records Archivist",
  ])
  func aPostingOpeningOnTheTitleGivesTitleAndCompany(_ title: String) throws {
    let text =
      "\(title)\nCedar Valley Credit Union\nChicago, IL\n\nRequirements\n"
      + "- 2 years of experience serving customers\n"
    let posting = try Self.read(text)
    #expect(posting.title == title)
    #expect(posting.company == "Cedar Valley Credit Union")
  }

  /// The title is the resume's label under the name too (twelfth trial: "HVAC Installer").
  @Test(arguments: [
    "Claims Adjuster", "Bank Teller", "Reporter", "HVAC Installer", "Cabinet Assembler",
    "Commercial Locksmith", "Drywall Finisher", "Furniture Upholsterer",
  ])
  func aResumeRoleLineSplitsTitleAndEmployer(_ title: String) throws {
    let text =
      "Dana Quill\n\(title)\ndana@example.org\n\nEXPERIENCE\n"
      + "\(title) | Keystone Casualty | Hartford, CT | Jan 2021 – Present\n"
      + "- Closed 640 files a year with a 2% reopen rate\n"
    let resume = try ResumeReader.read(
      InputFile(name: "resume.txt", text: text), lexicon: TestLexicon.small,
      today: TestLexicon.today
    ).resume
    #expect(resume.basics?.label == title)
    #expect(resume.work.first?.position == title)
    #expect(resume.work.first?.name == "Keystone Casualty")
  }

  @Test func aBreadcrumbAboveTheTitleStillLeavesTheCompanyLineUnderIt() throws {
    let text =
      "Jobs > Banking\nBank Teller – Part Time\nCedar Valley Credit Union\nYakima, WA\n\n"
      + "What you need\n- High school diploma or GED\n"
    let posting = try Self.read(text)
    #expect(posting.title == "Bank Teller")
    #expect(posting.company == "Cedar Valley Credit Union")
  }

  @Test(arguments: [
    ("Staff Reporter", ExperienceLevel.mid), ("Staff Accountant", .mid),
    ("Staff Software Engineer", .lead), ("Staff Data Scientist", .lead),
  ])
  func staffLeadsOnlyOnAnEngineeringLadder(_ title: String, _ level: ExperienceLevel) throws {
    let text =
      "\(title)\nCedar Valley Tribune\nDuluth, MN\n\nRequirements\n"
      + "- 3 years of experience in the field\n"
    let posting = try Self.read(text)
    #expect(posting.title == title)
    #expect(posting.level == level)
  }

  @Test(arguments: [
    "Skip to main content\nJobBoard\nJob seekers  Employers\n"
      + "Flight Attendant - Base: Denver (DEN)\nSummit Pacific Airlines\nDenver, CO\n",
    "# Flight Attendant — Base: Denver (DEN)\n\nSummit Pacific Airlines\nDenver, CO\n",
  ])
  func aTitleBeforeALabelledFactKeepsTitleAndCompany(_ head: String) throws {
    let text = head + "\nRequirements\n- 1 year of customer service experience\n"
    let posting = try Self.read(text, name: "posting.md")
    #expect(posting.title == "Flight Attendant")
    #expect(posting.company == "Summit Pacific Airlines")
  }
}
