import Testing

@testable import CandorKit

/// Lines that say how to apply or whom to ask, and the board's block naming the poster,
/// are never requirements; the person they name is the one to write to.
@Suite struct ContactLineTests {
  @Test func linkedInsHiringTeamBlockIsNoRequirementAndNamesTheRecipient() throws {
    let posting = try PostingFixture.read("linkedin-hiring-team.txt")
    #expect(
      posting.requirements.map(\.text) == [
        "Active Arizona property and casualty license", "2+ years of insurance sales experience",
        "Bilingual English and Spanish",
      ])
    #expect(posting.recipient?.name == "Corinne Ashdown-Pike")
    #expect(posting.recipient?.line == 19)
    #expect(!posting.lines.contains { $0.text.contains("similar jobs") })
  }

  static let contactLines = [
    "Apply to Hiring Manager Priya Venkataraman.",
    "Apply to: Mr. Oskar Lindqvist",
    "To apply, email your resume to Oskar Lindqvist at oskar@harbor.example",
    "Questions: email Coach Oskar Lindqvist at oskar@harbor.example",
    "Questions? Call the front desk at 555-0142.",
    "Inquiries: Oskar Lindqvist, Branch Manager",
    "This role reports to Oskar Lindqvist, Branch Manager.",
    "You will report directly to the Branch Manager, Oskar Lindqvist",
    "Reports to: Branch Manager",
    "Please address your cover letter to Mr. Lindqvist.",
    "Send your resume and cover letter to the branch office.",
  ]

  @Test(arguments: contactLines)
  func aContactOrApplyLineUnderTheRequirementsIsNoRequirement(_ line: String) throws {
    let text = """
      Member Service Representative
      Harbor Credit Union

      Harbor Credit Union serves 30,000 members in Tacoma.

      Requirements
      - High school diploma or GED
      - One year of cash handling experience
      \(line)
      """
    let requirements = try PostingFixture.read(text: text).requirements
    #expect(
      requirements.map(\.text) == [
        "High school diploma or GED", "One year of cash handling experience",
      ])
  }

  @Test func anEmailSkillIsStillARequirement() throws {
    let text = """
      Marketing Coordinator
      Harbor Credit Union

      Requirements
      - Email marketing experience with Mailchimp
      - Apply brand guidelines across print and web
      - Send letters to members about rate changes
      - Report to the branch by 8 a.m. on Saturdays
      """
    let requirements = try PostingFixture.read(text: text).requirements
    #expect(
      requirements.map(\.text) == [
        "Email marketing experience with Mailchimp",
        "Apply brand guidelines across print and web",
        "Send letters to members about rate changes",
        "Report to the branch by 8 a.m. on Saturdays",
      ])
  }
}

/// A posting whose qualifications end on the line saying whom the role reports to and how to
/// address the letter gives that line to the recipient, never to the requirements.
@Suite struct ReportsToLineTests {
  @Test func aReportsToLineAfterTheQualificationsIsNoRequirement() throws {
    let text = """
      Staff Accountant
      Juniper Ridge Credit Union

      Qualifications
      - Bachelor's degree in Accounting
      - Knowledge of GAAP
      This role reports to Ines Varga, Controller. Please address your letter to Ms. Varga.
      """
    let posting = try PostingFixture.read(text: text)
    #expect(
      posting.requirements.map(\.text) == ["Bachelor's degree in Accounting", "Knowledge of GAAP"])
  }
}

/// A board's buttons pasted under the title ("Apply now", "Save") are its own text: read as a
/// heading, "Apply now" filed the company's paragraph under how to apply and lost its hooks.
@Suite struct TopButtonTests {
  @Test(arguments: ["Apply now", "Save", "Easy Apply", "Apply on company site"])
  func aButtonUnderTheTitleLeavesTheCompanysParagraphItsHooks(_ button: String) throws {
    let text = """
      Staff Accountant
      Juniper Ridge Credit Union - Boise, ID
      \(button)

      Juniper Ridge Credit Union serves 41,000 members and moves to Sage Intacct next year.

      Qualifications
      - Knowledge of GAAP
      """
    let posting = try PostingFixture.read(text: text)
    #expect(posting.hooks.map(\.line) == [5])
    #expect(posting.company == "Juniper Ridge Credit Union")
  }
}
