import Testing

@testable import CandorKit

/// The company under a title with a job board's rating in any of its printed forms, and the
/// fields of a two-column Markdown table.
@Suite struct RatedAndTabledCompanyTests {
  @Test(arguments: [
    ("Quillon Health 4.2 ★★★★☆ (1,204 reviews)", "Quillon Health"),
    ("Quillon Health - 3.9 out of 5 stars", "Quillon Health"),
    ("Quillon Health | 3.9", "Quillon Health"),
    ("Quillon Health3.9★", "Quillon Health"),
    ("Quillon Health 4.0 ★ 312 reviews", "Quillon Health"),
    ("9T4.1★", "9T"),
    ("4-Square Market3.3★", "4-Square Market"),
  ])
  func aRatedCompanyLineGivesTheNameWithoutItsRating(_ line: String, _ name: String) throws {
    let posting = try PostingFixture.read(
      text: """
        Payroll Clerk
        \(line)
        Dayton, OH

        Requirements
        - 2+ years of payroll experience
        """)
    #expect(posting.company == name)
  }

  @Test(arguments: ["2 openings 4.5", "10 Years 3.5"])
  func aFigureLineWithoutAStarIsNoCompany(_ line: String) throws {
    let posting = try PostingFixture.read(
      text: "Payroll Clerk\n\(line)\n\nRequirements\n- 2+ years of payroll experience\n")
    #expect(posting.company == nil)
  }

  @Test func aTwoColumnTableGivesCompanyRecipientPlaceAndPay() throws {
    let posting = try PostingFixture.read(
      text: """
        # Membership Associate

        | | |
        |---|---|
        | **Organization** | Bluestem Prairie Theatre |
        | **Location** | Wichita, KS |
        | **Salary** | $44,000 – $49,000 |
        | **Contact** | Oriane Vasquez-Lund |

        ## Requirements
        - 2+ years of membership or donor services
        """, name: "posting.md")
    #expect(posting.company == "Bluestem Prairie Theatre")
    #expect(posting.recipient?.name == "Oriane Vasquez-Lund")
    #expect(posting.location == "Wichita, KS")
    #expect(posting.salary?.minimum == 44_000)
    #expect(posting.requirements.map(\.text) == ["2+ years of membership or donor services"])
  }
}
