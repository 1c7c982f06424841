import Testing

@testable import CandorKit

/// A town and pay in a German or French byline, and the period of pay read only from the
/// sentence that states it.
@Suite struct ForeignBylineFieldTests {
  static func read(_ byline: String) throws -> JobPosting {
    try PostingFixture.read(
      text: """
        Sachbearbeiter (m/w/d) Lohnbuchhaltung
        Hafenwerke Brunsbek GmbH
        \(byline)

        Ihr Profil
        - Abgeschlossene kaufmännische Ausbildung
        """)
  }

  struct Case: CustomTestStringConvertible, Sendable {
    let byline: String
    let place: String
    let period: Salary.Period
    let range: [Double]
    var testDescription: String { byline }
  }

  @Test(arguments: [
    Case(
      byline: "Bremen · Vollzeit oder Teilzeit · 3.600 € – 4.100 € brutto monatlich (TV-L E8)",
      place: "Bremen", period: .month, range: [3_600, 4_100]),
    Case(
      byline: "Bad Segeberg · Teilzeit · 2.900 € brutto im Monat", place: "Bad Segeberg",
      period: .month, range: [2_900, 2_900]),
    Case(
      byline: "Nantes (44) · CDI · 36 000 € – 40 000 € brut annuel", place: "Nantes",
      period: .year, range: [36_000, 40_000]),
  ])
  func aTownInAForeignBylineIsTheLocation(_ example: Case) throws {
    let posting = try Self.read(example.byline)
    #expect(posting.location == example.place)
    #expect(posting.salary?.period == example.period)
    #expect([posting.salary?.minimum, posting.salary?.maximum] == example.range)
  }

  @Test(arguments: [
    "Hafenwerke · Vollzeit · 3.600 € brutto monatlich", "Brunsbek Logistik GmbH · Vollzeit",
    "Vollzeit · CDI",
  ])
  func theCompanyOrATermIsNoTown(_ byline: String) throws {
    #expect(try Self.read(byline).location == nil)
  }

  @Test(arguments: [
    ("Salary: £52,000 – £61,000. Hybrid, Leeds office two days a week.", Salary.Period.year),
    ("Pay: £640 a week. Two weeks of training a year.", .week),
    ("Salary: £24 per hour. Paid monthly.", .hour),
  ])
  func thePeriodComesFromThePaySentence(_ line: String, _ period: Salary.Period) throws {
    let posting = try PostingFixture.read(
      text: """
        Support Analyst
        Fenwick Row Software

        Requirements
        - 1+ year of help desk work

        \(line)
        """)
    #expect(posting.salary?.period == period)
  }
}
