import Testing

@testable import CandorKit

/// Title, company and recipient in the layouts letter writing depends on: a byline under
/// the title, a contact named after a job title and before credentials, a title followed
/// by its shift or grades, emphasis wrapped over two lines.
@Suite struct PostingIdentityTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var file: String
    var title: String?
    var company: String?
    var recipient: String?
    var testDescription: String { file }
  }

  static let fixtures: [Case] = [
    .init(
      file: "step-down-nurse.html", title: "Registered Nurse – Progressive Care Unit",
      company: "Saltcreek Regional Hospital", recipient: "Odile Brennan"),
    .init(
      file: "science-teacher.md", title: "Science Teacher",
      company: "Juniper Ridge Middle School", recipient: "Tobias Lindqvist"),
    .init(
      file: "payroll-accountant.txt", title: "Payroll Accountant",
      company: "Wrenfield Outdoor Supply", recipient: "Inés Maldonado"),
    .init(file: "agency-third-shift.txt", title: "Warehouse Associate"),
    .init(
      file: "transit-gis-analyst.md", title: "Junior GIS Analyst",
      company: "Larkfield Area Regional Transit"),
    .init(
      file: "architects-coordinator.md", title: "Office Coordinator",
      company: "Birchway Hale Architects", recipient: "Marta Quist"),
  ]

  @Test(arguments: fixtures)
  func readsTitleCompanyAndRecipient(_ expected: Case) throws {
    let posting = try PostingFixture.read(expected.file)
    #expect(posting.title == expected.title)
    #expect(posting.company == expected.company)
    #expect(posting.recipient?.name == expected.recipient)
  }

  struct CompanyCase: Sendable, CustomTestStringConvertible {
    var byline: String
    var intro: String
    var company: String?
    var testDescription: String { byline + " / " + intro }
  }

  static let companies: [CompanyCase] = [
    // A byline names the company before the place or the kind of work.
    .init(
      byline: "Fenwick Valley Transit — Ames, Iowa — Full-time", intro: "We run 18 bus routes.",
      company: "Fenwick Valley Transit"),
    .init(
      byline: "**Osprey Dental Group** | Tampa, FL | Full-time",
      intro: "We care for 9,000 patients.", company: "Osprey Dental Group"),
    .init(
      byline: "Senior Backend Engineer · Quillon Mutual · Remote",
      intro: "We insure small farms.", company: "Quillon Mutual"),
    // An introduction that puts an acronym between the name and its verb.
    .init(
      byline: "",
      intro: "Marrow Creek Water District (MCWD) runs 60,000 water meters in two counties.",
      company: "Marrow Creek Water District"),
    // A firm named after its people's trade.
    .init(
      byline: "", intro: "Keller Rowe Engineers is a 40-person firm that designs bridges.",
      company: "Keller Rowe Engineers"),
    // A place, pay and terms, or a title in the byline name no company.
    .init(
      byline: "Lancaster, PA | Direct Hire | $31.00/hr", intro: "Our client makes frozen food.",
      company: nil),
    .init(
      byline: "Senior Engineers | Remote | Full-time", intro: "Our client builds trucks.",
      company: nil),
  ]

  @Test(arguments: companies)
  func findsTheCompanyInABylineOrItsIntroduction(_ example: CompanyCase) throws {
    let text = """
      # Project Coordinator

      \(example.byline)

      \(example.intro)

      ## Requirements

      - 2+ years of coordination experience
      """
    let posting = try PostingFixture.read(text: text, name: "posting.md")
    #expect(posting.company == example.company)
  }

  @Test(arguments: [
    ("transit-gis-analyst.md", "We are rolling out Route Refresh 2027, a redesign"),
    ("architects-coordinator.md", "Our Green Libraries initiative has delivered 3 libraries"),
  ])
  func dropsEmphasisWrappedOverTwoLines(_ file: String, _ phrase: String) throws {
    let posting = try PostingFixture.read(file)
    let texts = posting.lines.map(\.text) + posting.hooks.map(\.text)
    #expect(!texts.contains { $0.contains("*") })
    #expect(texts.joined(separator: " ").contains(phrase))
  }

  @Test(arguments: [
    ("Our **Net Gain\nHomes** plan built 4 homes.", "Our Net Gain Homes plan built 4 homes."),
    ("We launched *Open\nBooks* last spring.", "We launched Open Books last spring."),
    ("Ask for __Plan\nB__ today.", "Ask for Plan B today."),
    ("A **bold** word and `code`.", "A bold word and code."),
    ("Rates: 2 * 3 * 4 apply.", "Rates: 2 * 3 * 4 apply."),
  ])
  func stripsEmphasisLeftOnEachLine(_ markdown: String, _ plain: String) {
    let lines = markdown.split(separator: "\n").enumerated().map {
      TextLine(String($0.element), line: $0.offset + 1)
    }
    let text = InlineMarkup.strip(lines, format: .markdown).map(\.text).joined(separator: " ")
    #expect(text == plain)
  }
}
