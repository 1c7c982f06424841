import Testing

@testable import CandorKit

/// Postings of trial 23: no organisation or abbreviation is a recipient, a board's next
/// jobs are set aside, a label is no company, table cells are fields, a saved page is
/// weighed by its visible text, and a bank network or a legal form is no skill.
@Suite struct TrialTwentyThreePostingTests {
  static func read(_ text: String, name: String = "posting.txt") throws -> JobPosting {
    try PostingReader.read(InputFile(name: name, text: text))
  }

  static let head = """
    Pharmacy Technician
    Marlow Creek Pharmacy
    Tacoma, WA

    Requirements
    - Washington Pharmacy Technician license (required)
    - PTCB certification

    """

  @Test(arguments: [
    "Contact St. Joseph Medical Center.",
    "Contact Mt. Hood Community College for details.",
    "Send your resume to Kaiser Permanente.",
    "Contact Quillon Ridge Academy for training details.",
    "Send your resume to Harborline Health.",
    "Contact Bellwether Labs with questions.",
    "Send your application to Nordhafen Klinikum gGmbH.",
  ])
  func anOrganisationOrAbbreviationIsNoRecipient(_ line: String) throws {
    let posting = try Self.read(Self.head + line + "\n")
    #expect(posting.recipient == nil)
  }

  @Test func aPersonAfterTheSameCuesIsStillTheRecipient() throws {
    let posting = try Self.read(Self.head + "Send your resume to Odalys Brennan.\n")
    #expect(posting.recipient?.name == "Odalys Brennan")
  }

  static let payroll = """
    Payroll Specialist
    Fernhollow Farms
    Boise, ID

    Requirements
    - 2+ years of payroll experience
    - ADP Workforce Now

    """

  @Test(arguments: [
    "Jobs you may also like", "================ Jobs you may also like ================",
    "Recommended for you", "Next job:", "Jobs for you", "Previous job",
  ])
  func aBoardsNextJobsAreSetAside(_ heading: String) throws {
    let posting = try Self.read(
      Self.payroll + "\n" + """
        Contact Lorna Figgis with questions.

        \(heading)
        Senior Java Developer
        Tollgate Systems
        Requirements: 7+ years Java 17, Spring Boot, Kafka, PostgreSQL
        """)
    let skills = posting.skills.map(\.term)
    #expect(!skills.contains("Java"))
    #expect(!skills.contains("Spring Boot"))
    #expect(skills.contains("ADP"))
    #expect(posting.notes.contains { $0.contains("line 11") })
  }

  @Test func recommendedForYouInThePostingsOpeningIsKept() throws {
    let posting = try Self.read("Recommended for you\n" + Self.payroll)
    #expect(posting.skills.map(\.term).contains("ADP"))
  }

  @Test(arguments: [
    "Payroll Coordinator\nEmployer\nPrairie Gate Co-op\nLincoln, NE\n",
    "Payroll Coordinator\nOrganization | Prairie Gate Co-op\nLincoln, NE\n",
  ])
  func aLabelOverOrBeforeItsValueIsNoCompany(_ top: String) throws {
    let posting = try Self.read(top + "\nRequirements\n- 2+ years payroll experience\n")
    #expect(posting.company == "Prairie Gate Co-op")
  }

  @Test func aDefinitionListGivesTheEmployer() throws {
    let posting = try Self.read(
      """
      <html><body><h2>Payroll Coordinator</h2>
      <dl><dt>Employer</dt><dd>Prairie Gate Co-op</dd><dt>Location</dt><dd>Lincoln, NE</dd></dl>
      <h3>Requirements</h3><ul><li>2+ years payroll experience</li></ul>
      </body></html>
      """, name: "posting.html")
    #expect(posting.company == "Prairie Gate Co-op")
  }

  @Test(arguments: [
    ("**Brookmere Unified School District**", "Brookmere Unified School District"),
    (
      "**Brookmere Unified School District — Brookmere High School**",
      "Brookmere Unified School District"
    ),
    (
      "Brookmere Unified School District — Brookmere High School",
      "Brookmere Unified School District"
    ),
    ("Klinikum Sandwerder gGmbH", "Klinikum Sandwerder"),
  ])
  func aBoldOrLegalFormCompanyUnderTheTitleIsTheCompany(_ line: String, _ company: String)
    throws
  {
    let posting = try Self.read(
      """
      # High School Mathematics Teacher

      \(line)
      Sacramento, CA

      ## Requirements
      - California single subject credential in mathematics
      """, name: "posting.md")
    #expect(posting.company == company)
  }

  @Test func tableCellsAreSeparateFields() throws {
    let posting = try Self.read(
      """
      <html><body>
      <table><tr><td><b>Electrician Apprentice</td></tr>
      <tr><td>Copperfern Electric, LLC</td><td>Tulsa, OK
      <tr><td>$19 &ndash; $23/hr
      </table>
      <h3>Requirements:</h3>
      <ul><li>Valid driver&#39;s license</li><li>OSHA 10 preferred</li></ul>
      </body></html>
      """, name: "posting.html")
    #expect(posting.company == "Copperfern Electric")
    #expect(posting.location == "Tulsa, OK")
  }

  static let style = String(
    repeating: ".card { margin: 0 0 12px 0; padding: 4px; }\n", count: 3_000)
  static let script = String(repeating: "window.track && window.track('view', 1);\n", count: 3_000)
  static let page = """
    <html><head><title>Grant Writer</title>
    <style>\(style)</style>
    <script>\(script)</script>
    </head><body><h1>Grant Writer</h1><p>Sproutline Literacy Fund</p>
    <h3>Requirements</h3><ul><li>3+ years of grant writing</li></ul></body></html>
    """

  @Test func aSavedPageIsWeighedByItsVisibleText() throws {
    #expect(Self.page.utf8.count > TextLimit.posting)
    let posting = try Self.read(Self.page, name: "posting.html")
    #expect(posting.title == "Grant Writer")
  }

  @Test func aPageOfTooMuchVisibleTextIsStillRefused() {
    let item = "<li>Wrote grant reports for the county board</li>\n"
    let items = String(repeating: item, count: 2_000)
    let page = "<html><body><h1>Grant Writer</h1><ul>\(items)</ul></body></html>"
    #expect(throws: CandorError.self) { try Self.read(page, name: "posting.html") }
  }

  @Test func aPageOverItsByteLimitIsRefusedAsAPage() {
    let style = String(repeating: ".card { margin: 0; }\n", count: TextLimit.page / 20)
    let page = "<html><head><style>\(style)</style></head><body><h1>Writer</h1></body></html>"
    let error = #expect(throws: CandorError.self) { try Self.read(page, name: "posting.html") }
    guard case .pageTooLarge(_, _, let limit, _) = error else {
      Issue.record("refused as \(String(describing: error))")
      return
    }
    #expect(limit == TextLimit.page)
  }

  @Test func theSwiftBankNetworkIsNoLanguage() throws {
    let posting = try Self.read(
      """
      Payments Operations Analyst
      Harrowgate Bank

      Requirements
      - Familiarity with SWIFT MT103 messages and Fedwire
      - Experience with Swift or Kotlin
      """)
    let swift = posting.skills.first { $0.term == "Swift" }
    #expect(swift?.lines == [6])
  }

  @Test func aLegalFormAfterTheCompanyIsNoTool() throws {
    let posting = try Self.read(
      """
      Gestionnaire de paie
      Groupe Maraval SAS
      Lyon

      Profil recherché
      - 3 ans d'expérience en paie
      """)
    #expect(posting.company == "Groupe Maraval")
    #expect(!posting.skills.map(\.term).contains("SAS"))
  }

  @Test func rivalDentalProductsAreSeparateTerms() throws {
    let posting = try Self.read(
      """
      Dental Hygienist
      Brightwater Dental

      Requirements
      - Eaglesoft or Open Dental charting
      """)
    let skills = posting.skills.map(\.term)
    #expect(skills.contains("Eaglesoft"))
    #expect(skills.contains("Open Dental"))
    #expect(!skills.contains("Dentrix"))
  }
}
