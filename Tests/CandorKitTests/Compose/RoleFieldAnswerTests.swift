import Testing

@testable import CandorKit

/// A statement that shares with a requirement only the role's own field ("payroll" for a
/// Payroll Specialist) does not answer it: every statement of such a resume would
/// (fifteenth new-user trial, "You would welcome a payroll system migration." followed by
/// the weekly payroll run).
@Suite struct RoleFieldAnswerTests {
  static let posting = """
    Payroll Specialist
    Brindle Haulage Co.

    Requirements
    - 3+ years processing multi-state payroll
    - Working knowledge of garnishments and quarterly tax filings

    Preferred
    - Experience with a payroll system migration
    """

  static let resume = """
    Ines Vodnik
    ines.vodnik@example.com

    EXPERIENCE
    Payroll Specialist, Quillfield Freight, Dayton, OH
    March 2019 - Present
    - Process weekly payroll for 820 employees across 5 states
    - Managed garnishments and quarterly tax filings for 5 states
    """

  static func plan(_ resume: String) throws -> LetterPlan {
    let posting = try PostingReader.read(InputFile(name: "posting.txt", text: Self.posting))
    let resume = try ResumeReader.read(
      InputFile(name: "resume.txt", text: resume), today: WriteCase.today)
    return try LetterPlanner(
      posting: posting, resume: resume, options: LetterOptions(), today: "2026-12-04"
    ).plan()
  }

  @Test func onlyTheRolesFieldInCommonAnswersNoRequirement() throws {
    let plan = try Self.plan(Self.resume)
    #expect(!plan.points.contains { $0.requirement.contains("migration") }, "\(plan.points)")
  }

  @Test func aStatementSharingMoreThanTheFieldStillAnswers() throws {
    let moved = Self.resume + "\n- Moved payroll for 820 employees to a new payroll system in 2023"
    let points = try Self.plan(moved).points
    let answer = points.first { $0.requirement.contains("migration") }
    #expect(
      answer?.evidence.evidence.text
        == "Moved payroll for 820 employees to a new payroll system in 2023", "\(points)")
  }
}
