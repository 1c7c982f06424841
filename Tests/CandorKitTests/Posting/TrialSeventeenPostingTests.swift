import Testing

@testable import CandorKit

/// Postings of trial 17: a town after a dash is no hook, "Apply:" names the recipient, a
/// first-grade title is entry level, a company's spend is its scale, a job board's list
/// of similar jobs asks for nothing, and licences and field tools are read as such.
@Suite struct TrialSeventeenPostingTests {
  static func read(_ text: String) throws -> JobPosting {
    try PostingReader.read(InputFile(name: "posting.txt", text: text))
  }

  static func skills(_ text: String) throws -> [String] {
    try read(text).skills.map(\.term)
  }

  @Test func aFirmAndItsTownAfterADashIsNoHook() throws {
    let posting = try Self.read(
      """
      Litigation Paralegal
      Tamsin & Roe LLP — Dayton, OH (on-site)

      Tamsin & Roe LLP is moving its docket to a new e-filing platform this year.

      Requirements
      - 3+ years as a paralegal
      """)
    #expect(
      posting.hooks.map(\.text) == [
        "Tamsin & Roe LLP is moving its docket to a new e-filing platform this year."
      ])
  }

  @Test func applyWithAColonNamesTheRecipient() throws {
    let posting = try Self.read(
      """
      Veterinary Assistant
      Fernhill Animal Clinic - Hendersonville, NC

      Requirements
      - 1+ year in a small-animal clinic

      Apply: Dr. Mara Quill, Medical Director
      """)
    #expect(posting.recipient?.name == "Mara Quill")
    #expect(posting.recipient?.honorific == "Dr.")
  }

  @Test(arguments: [
    ("Civil Engineer I (EIT)", ExperienceLevel.entry),
    ("Staff Accountant I/II", .entry),
    ("Civil Engineer II", .mid),
    ("I.T. Support Specialist", .mid),
  ])
  func aFirstGradeTitleIsEntryLevel(_ title: String, _ level: ExperienceLevel) throws {
    let posting = try Self.read(
      """
      \(title)
      Brackwater Partners

      Requirements
      - 2+ years of related work
      """)
    #expect(posting.level == level)
  }

  @Test func aCompanysSpendAndVendorCountAreItsScaleAndItsHook() throws {
    let posting = try Self.read(
      """
      Buyer
      Tollmark Supply, Tulsa, OK

      Tollmark buys $250M a year in packaging and is consolidating its supplier base \
      from 900 vendors to 400.

      Required:
      - 2+ years in purchasing
      """)
    #expect(posting.scaleFigures.map(\.quantity.text) == ["$250M", "900"])
    #expect(posting.scaleFigures.map(\.noun) == [nil, "vendors"])
    #expect(posting.hooks.first?.kind == .initiative)
  }

  @Test func aBoardsLineOfSimilarJobsAsksForNothing() throws {
    let posting = try Self.read(
      """
      Data Analyst
      Orchard Lane Foods · Fargo, ND

      Requirements
      - 2+ years writing SQL
      - Dashboards in Tableau

      Similar jobs: Senior Data Engineer - Kettle Corp - $150k | BI Developer - Zinnia Inc
      """)
    #expect(!posting.skills.map(\.term).contains("business intelligence"))
    #expect(!posting.requirements.map(\.text).joined().contains("BI Developer"))
  }

  @Test func requiredStateLicencesAreCredentials() throws {
    let skills = try Self.skills(
      """
      Clinic Roles
      Larkmoor Health

      Requirements
      - Current Oregon PTA license
      - Active Maryland LCSW-C license
      - Registered Veterinary Technician (RVT) in Virginia
      """)
    #expect(skills.contains("physical therapist assistant license"))
    #expect(skills.contains("LCSW-C"))
    #expect(!skills.contains("Licensed Clinical Social Worker"))
    #expect(skills.contains("Registered Veterinary Technician"))
  }

  @Test func fieldToolsAreKnownTerms() throws {
    let skills = try Self.skills(
      """
      Field Roles
      Larkmoor Group

      Requirements
      - Stormwater calculations in HydroCAD
      - Scheduling in 7shifts
      - AVImark or Cornerstone
      - Fear Free certification
      - ServSafe Manager certification
      """)
    for term in [
      "HydroCAD", "stormwater management", "7shifts", "AVImark", "IDEXX Cornerstone",
      "Fear Free certification", "ServSafe Manager",
    ] {
      #expect(skills.contains(term), "\(term)")
    }
  }
}
