import Testing

@testable import CandorKit

/// Postings of trial 19: a title that opens a byline of company and place, a venue after
/// the title, a currency code after a dollar range, a place that may be worked remotely,
/// recipients named in several ways, and a resume given where a posting belongs.
@Suite struct TrialNineteenPostingTests {
  static func read(_ text: String, name: String = "posting.txt") throws -> JobPosting {
    try PostingReader.read(InputFile(name: name, text: text))
  }

  @Test func aTitleOpeningABylineOfCompanyAndPlaceIsTheTitle() throws {
    let posting = try Self.read(
      """
      Inventory Control Analyst III | Wrenfield Cycle Works | Boise, ID | On-site

      Wrenfield builds gravel bikes sold through 300 dealers.

      Requirements
      - 2+ years in inventory planning
      """)
    #expect(posting.title == "Inventory Control Analyst III")
    #expect(posting.company == "Wrenfield Cycle Works")
    #expect(posting.location == "Boise, ID (On-site)")
  }

  @Test func aVenueAfterTheTitleIsNoPartOfItWhenABylineNamesTheEmployer() throws {
    let posting = try Self.read(
      """
      # Banquet Manager — The Saltmarsh Pier

      **Saltmarsh Inns & Suites** · Portland, ME · Full-time

      The Saltmarsh Pier is a 140-room hotel on the working waterfront.

      **What you bring**

      * 2+ years leading banquet service
      """, name: "posting.md")
    #expect(posting.title == "Banquet Manager")
    #expect(posting.department == "The Saltmarsh Pier")
    #expect(posting.company == "Saltmarsh Inns & Suites")
  }

  @Test(arguments: [
    ("Salary range: $88,000–$104,000 CAD + equity", "CAD"),
    ("Pay: $41–$47 AUD per hour", "AUD"),
    ("Salary range: $88,000–$104,000 + equity", "USD"),
  ])
  func aCurrencyCodeAfterADollarRangeNamesItsCurrency(_ line: String, _ code: String) throws {
    let posting = try Self.read(
      """
      Payroll Specialist
      Quillon Freight

      Requirements
      - 2+ years running payroll

      \(line)
      """)
    #expect(posting.salary?.currency == code)
  }

  @Test(arguments: [
    ("Kestrel Ledger — Calgary, AB or Remote (Canada)", "Calgary, AB (remote in Canada)"),
    ("Kestrel Ledger · Calgary, AB or remote", "Calgary, AB (or remote)"),
    (
      "Kestrel Ledger · Duluth, MN (Remote-friendly) · Posted 2 days ago",
      "Duluth, MN (Remote-friendly)"
    ),
    (
      "Kestrel Ledger - Albany, NY (hybrid: 2 days in office)",
      "Albany, NY (hybrid: 2 days in office)"
    ),
  ])
  func aPlaceKeepsHowItMayBeWorked(_ byline: String, _ location: String) throws {
    let posting = try Self.read(
      """
      Accounts Payable Clerk
      \(byline)

      Requirements
      - 1+ year of accounts payable
      """)
    #expect(posting.location == location)
  }

  @Test(arguments: [
    (
      "Your application goes to Priya Castellano, Engineering Manager, Payments.",
      "Priya Castellano", "applications"
    ),
    (
      "The hiring manager for this role is Benedikt Oyelowo, Head of Design.",
      "Benedikt Oyelowo", "hiring manager"
    ),
    (
      "Our plant superintendent, Dario Fennimore, reads every application.",
      "Dario Fennimore", "applications"
    ),
  ])
  func aSentenceNamingWhoReadsTheApplicationNamesTheRecipient(
    _ sentence: String, _ name: String, _ role: String
  ) throws {
    let posting = try Self.read(
      """
      Maintenance Planner
      Corbel Mills · Akron, OH

      Requirements
      - 3+ years planning plant maintenance

      Nice to have
      - SAP PM

      \(sentence)
      """)
    #expect(posting.recipient?.name == name)
    #expect(posting.recipient?.role == role)
    #expect(!posting.requirements.map(\.text).contains { $0.contains(name) })
  }

  @Test func aNameInCareOfACommitteeIsTheRecipientWithTheHonorific() throws {
    let posting = try Self.read(
      """
      School Psychologist
      Alder Springs School District

      Requirements
      - California PPS credential in School Psychology

      Please address letters of interest to the Hiring Panel, c/o Mr. Tobias Renwick,
      Director of Special Education.
      """)
    #expect(posting.recipient?.name == "Tobias Renwick")
    #expect(posting.recipient?.honorific == "Mr.")
  }

  @Test func aLabelledContactInAJobsMetadataIsTheRecipient() throws {
    let posting = try Self.read(
      """
      {
        "title": "Analytics Engineer",
        "company": "Brindle Metrics",
        "description": "Brindle Metrics models retail data.",
        "qualifications": ["2+ years of dbt"],
        "meta": {"contact": "Hiring manager: Temperance Ogunleye"}
      }
      """, name: "job.json")
    #expect(posting.recipient?.name == "Temperance Ogunleye")
    #expect(posting.recipient?.role == "hiring manager")
  }

  @Test func aPlainTextResumeIsNoPosting() throws {
    let resume = """
      MARISOL T. QUENNEVILLE
      Tacoma, WA | marisol.q@example.com | 253-555-0142

      SUMMARY
      Certified welder moving into pipeline inspection.

      EXPERIENCE
      Structural Welder, Harbor Steelworks - Tacoma, WA    March 2021 - Present
        * Welded 2,000+ joints on bridge girders with zero rejected welds

      EDUCATION
      Welding Technology, A.A.S. - Bates Technical College, 2019 - 2021

      SKILLS
      SMAW, FCAW, blueprint reading
      """
    let error = #expect(throws: CandorError.self) { try Self.read(resume) }
    #expect(error?.message.contains("reads like a resume") == true)
  }

  @Test func aPostingWithResumeLikeHeadingsIsStillAPosting() throws {
    let posting = try Self.read(
      """
      Welding Inspector
      Harbor Steelworks | Tacoma, WA | hiring@harbor.example | 253-555-0100

      EXPERIENCE
      - 5+ years of structural welding, 2019 - 2024 preferred

      EDUCATION
      - Welding Technology diploma

      SKILLS
      - AWS CWI certification
      """)
    #expect(posting.title == "Welding Inspector")
  }
}
