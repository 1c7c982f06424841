import Testing

@testable import CandorKit

/// What the reader finds for each field of each fixture, one row per fixture.
@Suite struct PostingFieldTests {
  struct Headline: Sendable, CustomTestStringConvertible {
    var file: String
    var title: String?
    var company: String?
    var location: String?
    var level: ExperienceLevel
    var language: String
    var testDescription: String { file }
  }

  static let headlines: [Headline] = [
    .init(
      file: "backend-engineer.md", title: "Backend Engineer", company: "Larkspur Freight",
      location: "Denver, CO (hybrid)", level: .senior, language: "en"),
    // "(Part-Time)" says how the job is worked, no part of the title.
    .init(
      file: "clinic-nurse.md", title: "Registered Nurse – Outpatient Clinic",
      company: "Harborview Family Clinics", location: nil, level: .mid, language: "en"),
    .init(
      file: "data-analyst.html", title: "Senior Data Analyst", company: "Pinecrest Analytics",
      location: "Remote (Canada)", level: .senior, language: "en"),
    .init(
      file: "jsonld-posting.html", title: "Warehouse Shift Supervisor",
      company: "Otterbrook Supply Co.", location: "Reno, NV", level: .lead, language: "en"),
    .init(
      file: "warehouse-lead.json", title: "Inventory Control Lead",
      company: "Bramblewood Outfitters", location: "Boise, ID", level: .lead, language: "en"),
    .init(
      file: "glassdoor-scrape.txt", title: "Claims Data Analyst", company: "Quillon Mutual",
      location: "Tulsa, OK", level: .mid, language: "en"),
    .init(
      file: "printed-page.txt", title: "Field Service Technician", company: "Cobaltline Energy",
      location: "Des Moines, IA", level: .mid, language: "en"),
    .init(
      file: "two-postings.txt", title: "Payroll Specialist", company: "Fernhill Dental Group",
      location: "Tampa, FL", level: .mid, language: "en"),
    .init(
      file: "labelled-sections.txt", title: "Community Support Lead", company: "Tidalwave Games",
      location: "Austin, TX", level: .lead, language: "en"),
    .init(
      file: "spanish-posting.txt", title: "Analista de Datos",
      company: "Cooperativa Andina de Ahorro", location: "Arequipa", level: .mid,
      language: "es"),
    .init(
      file: "german-posting.md", title: "Werkstudent Softwareentwicklung",
      company: "Lindgrün Logistik", location: "Leipzig", level: .entry, language: "de"),
    .init(
      file: "recruiter-note.txt", title: "Java Developer", company: "Northwind Staffing",
      location: "Columbus, OH", level: .senior, language: "en"),
    .init(
      file: "no-named-contact.md", title: "Quality Control Technician",
      company: "Saltmarsh Foods", location: nil, level: .entry, language: "en"),
    .init(
      file: "lone-cr.txt", title: "Retail Sales Associate", company: "Brightleaf Books",
      location: nil, level: .entry, language: "en"),
  ]

  @Test(arguments: headlines)
  func readsTitleCompanyLocationLevelAndLanguage(_ expected: Headline) throws {
    let posting = try PostingFixture.read(expected.file)
    #expect(posting.title == expected.title)
    #expect(posting.company == expected.company)
    #expect(posting.location == expected.location)
    #expect(posting.level == expected.level)
    #expect(posting.language == expected.language)
  }

  struct RecipientCase: Sendable, CustomTestStringConvertible {
    var file: String
    var name: String?
    var role: String?
    var email: String?
    var testDescription: String { file }
  }

  static let recipients: [RecipientCase] = [
    .init(file: "backend-engineer.md", name: "Imani Okafor", role: "reports to"),
    .init(file: "clinic-nurse.md", name: "Jordan Ellis", role: "applications"),
    .init(
      file: "recruiter-note.txt", name: "Morgan Tate", role: "signature",
      email: "morgan.tate@northwind-staffing.example"),
    .init(file: "two-postings.txt", name: "Renata Silva", role: "contact"),
    // No person is named: a role, a team and shared mailboxes are not recipients.
    .init(file: "no-named-contact.md"),
    .init(file: "data-analyst.html"),
    .init(file: "glassdoor-scrape.txt"),
    .init(file: "jsonld-posting.html"),
  ]

  @Test(arguments: recipients)
  func findsANamedRecipientAndNeverInventsOne(_ expected: RecipientCase) throws {
    let recipient = try PostingFixture.read(expected.file).recipient
    #expect(recipient?.name == expected.name)
    #expect(recipient?.role == expected.role)
    #expect(recipient?.email == expected.email)
  }

  struct PayCase: Sendable, CustomTestStringConvertible {
    var file: String
    var text: String?
    var minimum: Double?
    var maximum: Double?
    var currency: String?
    var period: Salary.Period?
    var testDescription: String { file }
  }

  static let pay: [PayCase] = [
    .init(
      file: "backend-engineer.md", text: "$140,000 - $165,000 per year", minimum: 140_000,
      maximum: 165_000, currency: "USD", period: .year),
    .init(
      file: "clinic-nurse.md", text: "$38 - $45 per hour", minimum: 38, maximum: 45,
      currency: "USD", period: .hour),
    .init(
      file: "glassdoor-scrape.txt", text: "$55K-$80K (Glassdoor est.)", minimum: 55_000,
      maximum: 80_000, currency: "USD", period: .year),
    .init(
      file: "jsonld-posting.html", text: "USD 24–29 per hour", minimum: 24, maximum: 29,
      currency: "USD", period: .hour),
    .init(
      file: "labelled-sections.txt", text: "40000-50000", minimum: 40_000, maximum: 50_000,
      currency: nil, period: .year),
    .init(
      file: "warehouse-lead.json", text: "62000", minimum: 62_000, maximum: 62_000,
      currency: nil, period: .year),
    .init(
      file: "lone-cr.txt", text: "$17.50/hr", minimum: 17.5, maximum: 17.5, currency: "USD",
      period: .hour),
    .init(file: "no-named-contact.md"),
  ]

  @Test(arguments: pay)
  func readsPayRanges(_ expected: PayCase) throws {
    let salary = try PostingFixture.read(expected.file).salary
    #expect(salary?.text == expected.text)
    #expect(salary?.minimum == expected.minimum)
    #expect(salary?.maximum == expected.maximum)
    #expect(salary?.currency == expected.currency)
    #expect(salary?.period == expected.period)
  }
}
