import Testing

@testable import CandorKit

/// Faults the sixteenth new-user trial found in the resume reader, on invented resumes.
@Suite struct TrialSixteenResumeTests {
  static func resume(_ text: String, name: String = "cv.txt") throws -> ParsedResume {
    try ResumeReader.read(InputFile(name: name, text: text), lexicon: .standard)
  }

  static let body =
    "\nExperience\nStaff Technologist, Cascade Valley Hospital, Portland, OR (Jun 2023 – Present)\n"
    + "- Performed 40 exams per shift\n"

  /// Post-nominal credentials after a comma, bracketed field and body included, leave the
  /// name, in a Markdown heading and in a plain text first line alike.
  @Test(arguments: [
    ("Mara Lindqvist, R.T.(R)(ARRT)", "Mara Lindqvist"),
    ("Mara Lindqvist, RT(R)(CT)", "Mara Lindqvist"),
    ("Mara Lindqvist, RN, BSN, CCRN", "Mara Lindqvist"),
    ("Mara Lindqvist, CPA", "Mara Lindqvist"),
    ("Mara Lindqvist, PhD, PMP", "Mara Lindqvist"),
  ])
  func aNameBeforeItsCredentialsIsTheName(_ line: String, _ name: String) throws {
    for (prefix, file) in [("# ", "cv.md"), ("", "cv.txt")] {
      let text = prefix + line + "\nPortland, OR · mara@example.com\n" + Self.body
      #expect(try Self.resume(text, name: file).resume.basics?.name == name)
    }
  }

  /// A skill's spelling that is also a town or opens a school's or employer's name is no
  /// skill there, even beside a real term; in a list of skills it still is one.
  @Test(arguments: [
    ("Aurora, CO  •  dana@example.com  •  720-555-0117", "Amazon Aurora"),
    ("High School Diploma, Aurora Central High School, 2019", "Amazon Aurora"),
    ("High School Diploma, Spring Woods High School, 2019", "Spring"),
    ("CPR, Spring, TX, 2021", "Spring"),
    ("SQL, Aurora, CO", "Amazon Aurora"),
  ])
  func aPlaceOrANameIsNoSkill(_ line: String, _ term: String) throws {
    let text = "Dana Whitfield\n" + line + "\n" + Self.body
    let skills = try Self.resume(text).skills.map(\.term)
    #expect(!skills.contains(term))
  }

  @Test(arguments: [
    ("Skills: PostgreSQL, Aurora, DynamoDB", "Amazon Aurora"),
    ("Skills: Java, Spring, Hibernate", "Spring"),
    ("- Kept invoices in ColdFusion, SQL Server, Windows NT Server.", "Microsoft Windows"),
    ("- Built ERP screens in ASP.NET and SQL/Oracle Worked on reports", "Oracle Database"),
  ])
  func aListedSkillStaysASkill(_ line: String, _ term: String) throws {
    let text = "Dana Whitfield\n" + Self.body + "\n" + line + "\n"
    #expect(try Self.resume(text).skills.map(\.term).contains(term))
  }
}
