import Testing

@testable import CandorKit

/// Resume faults found by the sixth new-user trial of 2026-12-05, each as a kind of fault.
@Suite struct TrialSixResumeTests {
  static func read(_ text: String, name: String = "cv.md") throws -> Resume {
    try TrialThreeResumeTests.read(text, name: name)
  }

  // Each heading runs past 90 characters, the length a heading line without a dash keeps to.
  @Test(arguments: [
    (
      "**Collections Assistant, Herpetology** — University of Wisconsin Zoological Museum, "
        + "Madison, WI",
      "University of Wisconsin Zoological Museum | Collections Assistant, Herpetology | "
        + "Madison, WI | 2022"
    ),
    (
      "Registry Coordinator, Cardiology — Northern Lakes Regional Medical Center, "
        + "Traverse City, MI",
      "Northern Lakes Regional Medical Center | Registry Coordinator, Cardiology | "
        + "Traverse City, MI | 2022"
    ),
  ])
  func aLongHeadingSetApartByADashKeepsItsTitleEmployerAndPlace(
    heading: String, expected: String
  ) throws {
    let text = """
      # Ana Reyes
      ana@example.com

      ## Experience
      \(heading)
      2022–present
      - Migrated 42,000 records
      """
    #expect(TrialThreeResumeTests.work(try Self.read(text)) == [expected])
  }

  @Test(arguments: [
    "Passport: U.S., valid to 2033", "Visa: H-1B", "Citizenship: Canadian",
    "Driver's licence: Class C", "Work Authorization: US Citizen", "Nationality: Irish",
  ])
  func aLabelledLineOfPapersInALanguagesSectionIsNoLanguage(_ line: String) throws {
    let text = """
      Keanu Amarasinghe
      keanu@example.com

      Languages
      English (native), French (fluent), Tigrinya (conversational)

      \(line)
      """
    let resume = try Self.read(text + TrialThreeResumeTests.skills, name: "cv.txt")
    let languages = resume.languages.map { $0.language ?? "" }
    #expect(languages == ["English", "French", "Tigrinya"])
  }

  @Test func aLinkedInCredentialsIssuerAndIssuedLineBelongToTheCredentialAbove() throws {
    let text = """
      Funmi Adeyemi
      funmi@example.com

      Licenses & certifications
      Certified Fund Raising Executive (CFRE)
      CFRE International
      Issued Jan 2025
      Project Management Professional (PMP)
      Project Management Institute
      Issued Mar 2021
      Credential ID 2214451
      """
    let resume = try Self.read(text + TrialThreeResumeTests.skills, name: "cv.txt")
    let certificates = resume.certificates.map {
      [$0.name ?? "-", $0.issuer ?? "-", $0.date ?? "-"].joined(separator: " | ")
    }
    #expect(
      certificates == [
        "Certified Fund Raising Executive (CFRE) | CFRE International | 2025-01",
        "Project Management Professional (PMP) | Project Management Institute | 2021-03",
      ])
  }
}

extension TrialSixResumeTests {
  @Test(arguments: ["Hybrid", "Remote", "On-site"])
  func aLinkedInPlaceWithItsWorkModeIsTheRolesLocationNotAHighlight(_ mode: String) throws {
    let text = """
      Funmi Adeyemi
      Development professional

      Experience
      Associate Director of Major Gifts
      Central PA Hunger Coalition · Full-time
      Mar 2022 - Present · 4 yrs 10 mos
      Lancaster, Pennsylvania, United States · \(mode)
      Managed a portfolio of 135 donors and closed $1.5M in FY2025.
      """
    let resume = try Self.read(text + TrialThreeResumeTests.skills, name: "cv.txt")
    let job = try #require(resume.work.first)
    #expect(job.location == "Lancaster, Pennsylvania, United States (\(mode))")
    #expect(job.highlights == ["Managed a portfolio of 135 donors and closed $1.5M in FY2025."])
  }
}

extension TrialSixResumeTests {
  // The footer names the person as they go by, not as the first line writes the name.
  @Test(arguments: [
    "Meg O'Sullivan-Przybylski                                            Page 2 of 2",
    "Ted Okonkwo-Baptiste   Resume   Page 2",
  ])
  func aPageFooterWithTheOwnersSurnameIsNeverAHighlight(_ footer: String) throws {
    let first =
      footer.hasPrefix("Meg")
      ? "MARGARET \"MEG\" O'SULLIVAN-PRZYBYLSKI" : "Edward \"Ted\" Okonkwo-Baptiste"
    let text = """
      \(first)
      Waterloo, IA 50701   |   319-555-0188   |   meg@example.com

      TEACHING EXPERIENCE
      3rd Grade Teacher                                           Aug 2022 – Jun 2023
      Kingsley Elementary, Waterloo, IA
        •  Wrote and tracked goals for 5 students with IEPs

      Student Teacher                                             Jan 2022 – May 2022
      Hansen Elementary, Cedar Falls, IA
                                                                            Page 1 of 2
      \(footer)

      EDUCATION
      B.A. Elementary Education, University of Northern Iowa, Cedar Falls, IA — 2022
      """
    let work = try Self.read(text, name: "cv.txt").work
    #expect(work.map { $0.position ?? "-" } == ["3rd Grade Teacher", "Student Teacher"])
    #expect(work.last?.highlights == nil || work.last?.highlights == [])
  }
}
