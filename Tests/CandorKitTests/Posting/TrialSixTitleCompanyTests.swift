import Testing

@testable import CandorKit

/// Sixth trial: titles of trades, service, transport and museum jobs lost title and
/// company, and firm names holding a title word ("Hollis & Associates") were no company.
@Suite struct TrialSixTitleCompanyTests {
  private static func header(_ title: String, _ company: String) -> String {
    "\(title)\n\(company)\nDenver, CO\n\nRequirements\n- High school diploma or GED\n"
  }

  @Test(arguments: [
    "Flight Attendant", "Cabin Crew Member", "Barista", "Plumber", "Housekeeper",
    "Carpenter", "Museum Educator", "Freight Broker", "Hostess", "Dishwasher",
    "Bartender", "Phlebotomist", "Docent", "Courier",
  ])
  func aServiceOrTradeTitleKeepsTitleAndCompany(_ title: String) throws {
    let posting = try PostingFixture.read(text: Self.header(title, "Keel Solutions"))
    #expect(posting.title == title)
    #expect(posting.company == "Keel Solutions")
  }

  @Test func aFirstLineOverANameAndAPlaceIsTheTitleThoughItsNounIsUnknown() throws {
    let posting = try PostingFixture.read(text: Self.header("Sommelier", "Keel Solutions"))
    #expect(posting.title == "Sommelier")
    #expect(posting.company == "Keel Solutions")
    #expect(posting.location == "Denver, CO")
  }

  @Test func aCompanyAboveATitleStaysTheCompany() throws {
    let posting = try PostingFixture.read(text: Self.header("Keel Solutions", "Plumber"))
    #expect(posting.title == "Plumber")
  }

  @Test(arguments: [
    ("Hollis & Associates", "Hollis & Associates"),
    ("Brightline Advisors", "Brightline Advisors"),
    ("Redwood Partners LLC", "Redwood Partners"),
    ("Riverbend Partners", "Riverbend Partners"),
    ("Teller Family Farms", "Teller Family Farms"),
    ("Chef's Table Catering", "Chef's Table Catering"),
    ("Director's Guild Theater", "Director's Guild Theater"),
  ])
  func aFirmNameHoldingATitleWordIsTheCompany(_ sample: (line: String, company: String))
    throws
  {
    for title in ["Registered Nurse", "Barista"] {
      let posting = try PostingFixture.read(text: Self.header(title, sample.line))
      #expect(posting.title == title)
      #expect(posting.company == sample.company)
    }
  }

  @Test(arguments: ["Manager, Client Services", "Director of Theater", "Associate Partner"])
  func aTitleWithAQualifierStaysATitle(_ title: String) {
    #expect(PostingRoleWords.isTitleLike(title))
  }
}
