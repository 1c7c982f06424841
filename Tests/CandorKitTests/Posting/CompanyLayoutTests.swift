import Testing

@testable import CandorKit

/// The company read from layouts with no "About us": a department line naming its
/// university, and a job board's company line with a middle dot.
@Suite struct CompanyLayoutTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var secondLine: String
    var company: String
    var testDescription: String { secondLine }
  }

  static let cases: [Case] = [
    .init(
      secondLine: "Department of Plant Sciences, Ardmore University", company: "Ardmore University"
    ),
    .init(secondLine: "School of Nursing, Wexley College", company: "Wexley College"),
    .init(
      secondLine: "Institute for Coastal Studies, University of Tarrow",
      company: "University of Tarrow"),
    .init(
      secondLine: "Harbor Lane Schools · Tacoma, WA (On-site)", company: "Harbor Lane Schools"),
    .init(
      secondLine: "Vantage Dental Group · Boise, ID (Hybrid)", company: "Vantage Dental Group"),
  ]

  @Test(arguments: cases)
  func readsTheCompanyUnderTheTitle(_ expected: Case) throws {
    let text = """
      Research Technician
      \(expected.secondLine)
      3 days ago · 40 applicants

      We study how seedlings respond to drought and share our data openly.

      Requirements
      - Bachelor's degree in biology or chemistry
      - Experience with PCR
      """
    #expect(try PostingFixture.read(text: text).company == expected.company)
  }
}
