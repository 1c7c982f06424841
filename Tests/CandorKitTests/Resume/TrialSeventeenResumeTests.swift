import Foundation
import Testing

@testable import CandorKit

/// Resume content the seventeenth new-user trial found lost or misread (issue #2), on
/// invented resumes (Tests/Fixtures/write-trial17 and inline text).
@Suite struct TrialSeventeenResumeTests {
  static func resume(_ text: String, name: String = "cv.txt") throws -> ParsedResume {
    try ResumeReader.read(
      InputFile(name: name, text: text), lexicon: .standard, today: WriteCase.today)
  }

  static func fixture(_ name: String) throws -> ParsedResume {
    let path = WriteCase.folder.appendingPathComponent("../write-trial17/\(name)").standardized
    return try ResumeReader.read(InputFile.read(path.path), today: WriteCase.today)
  }

  /// An indented, unbulleted first statement under a dated heading that names the title
  /// and the employer is a highlight, not more of the heading.
  @Test func anIndentedFirstStatementIsAHighlight() throws {
    let text = """
      Tomas Reyler
      tomas@example.com

      Experience
      Farrier - Hollowmead Stables, Ocala FL - 2019 to present
        Shod 40 horses a week for a show barn
        Trimmed hooves for 3 rescue herds
      """
    let work = try Self.resume(text).resume.work
    #expect(work.count == 1)
    #expect(
      work.first?.highlights == [
        "Shod 40 horses a week for a show barn", "Trimmed hooves for 3 rescue herds",
      ])
    #expect(work.first?.name == "Hollowmead Stables")
  }

  /// Projects dated by one year, by a range or not at all are each a project of their own,
  /// in any order, each with its own bullets.
  @Test(arguments: [
    ["**Trail counter** (2026)", "**Bat box survey** (2024–2025)", "**Rain garden**"],
    ["**Bat box survey** (2024–2025)", "**Trail counter** (2026)", "**Rain garden**"],
    ["**Rain garden**", "**Trail counter** (2026)", "**Bat box survey** (2024–2025)"],
  ])
  func everyProjectHeadingStartsAProject(_ headings: [String]) throws {
    let bullets = [
      "**Trail counter**": "- Counted 1,200 hikers with a sensor",
      "**Bat box survey**": "- Checked 30 bat boxes monthly",
      "**Rain garden**": "- Planted a rain garden for a school",
    ]
    let sections = headings.map { heading in
      let key = heading.components(separatedBy: " (").first ?? heading
      return heading + "\n" + (bullets[key] ?? "") + "\n"
    }
    let text =
      "# Ana Pelt\nana@example.com\n\n## Education\nB.S. Ecology, Lund State University, 2027\n\n"
      + "## Projects\n" + sections.joined(separator: "\n")
    let projects = try Self.resume(text, name: "cv.md").resume.projects
    let names = headings.map {
      $0.components(separatedBy: " (")[0].replacingOccurrences(
        of: "**", with: "")
    }
    #expect(projects.map(\.name) == names)
    #expect(projects.map { $0.highlights?.count } == [1, 1, 1])
    let trail = projects.first { $0.name == "Trail counter" }
    #expect(trail?.startDate == "2026")
    #expect(trail?.highlights == ["Counted 1,200 hikers with a sensor"])
  }

  /// "City, ST - email - phone": a spaced hyphen sets the contact items apart.
  @Test func contactItemsSetApartByHyphensAreRead() throws {
    let basics = try Self.fixture("rehab-resume.txt").resume.basics
    #expect(basics?.phone == "(509) 555-0134")
    #expect(basics?.location?.city == "Spokane")
    #expect(basics?.location?.region == "WA")
    #expect(basics?.email == "odalys.fenwick@example.com")
  }

  /// A career break keeps its label, counts as no work, and the tailored resume shows it.
  @Test func aCareerBreakIsNoJobAndKeepsItsLabel() throws {
    let parsed = try Self.fixture("rehab-resume.txt")
    let leave = parsed.resume.work.last
    #expect(leave?.description == "Parental leave (raising twins)")
    #expect(leave?.name == nil)
    #expect(leave?.isBreak == true)
    // Mar 2016 – Sep 2022 only: 6.6 years, not the 8.6 the leave would add.
    #expect(parsed.yearsOfExperience == 6.6)
    let text = ResumeRenderer.text(parsed.resume)
    #expect(text.contains("Parental leave (raising twins)"))
  }

  /// "BLS/CPR, …, renewed 2025": the date is a renewal, and the model says so.
  @Test func aRenewedCertificateIsMarkedRenewed() throws {
    let certificates = try Self.fixture("rehab-resume.txt").resume.certificates
    let bls = certificates.first { $0.name == "BLS/CPR" }
    #expect(bls?.date == "2025")
    #expect(bls?.renewed == true)
    #expect(certificates.first { $0.name?.hasPrefix("Washington") == true }?.renewed == nil)
  }

  /// "Portuguese (basic)" in a skills list is a language with its level.
  @Test func aLanguageInTheSkillsListKeepsItsLevel() throws {
    let resume = try Self.fixture("rehab-resume.txt").resume
    #expect(resume.languages.map(\.language) == ["Portuguese"])
    #expect(resume.languages.map(\.fluency) == ["basic"])
    #expect(!resume.skills.contains { $0.name == "Portuguese" })
  }

  /// "(SIT application pending)": a credential not held yet is no skill the person has.
  @Test(arguments: [
    ("Civil exam passed, October 2026 (EIT application pending)", "Engineer in Training"),
    ("CPA candidate, exam sections 2 of 4", "CPA"),
  ])
  func aPendingCredentialIsNotHeld(_ line: String, _ term: String) throws {
    let text =
      "Ana Pelt\nana@example.com\n\nEducation\nB.S. Accounting, Lund State, 2026\n\n"
      + "Certifications\n" + line + "\n"
    #expect(!(try Self.resume(text)).skills.map(\.term).contains(term))
    let held =
      "Ana Pelt\nana@example.com\n\nEducation\nB.S. Accounting, Lund State, 2026\n\n"
      + "Certifications\nEIT, 2026\nCPA, 2025\n"
    #expect(try Self.resume(held).skills.map(\.term).contains(term))
  }

  /// A resume with only projects is a student's resume, not "not a usable resume".
  @Test func aProjectsOnlyResumeIsRead() throws {
    let projects = try Self.fixture("projects-resume.md").resume.projects
    #expect(
      projects.map(\.name) == ["Boundary retracement for a county park", "Steel bridge team"])
  }
}
