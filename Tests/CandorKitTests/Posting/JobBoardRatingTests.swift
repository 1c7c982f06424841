import Testing

@testable import CandorKit

/// A job board's rating after the company name, and the place line printed under it.
@Suite struct JobBoardRatingTests {
  @Test(arguments: [
    ("Marlow Insurance4.1", "Marlow Insurance"), ("Acme Freight 3.9 ★", "Acme Freight"),
    ("Lumen Labs 4.2", "Lumen Labs"), ("Web 2.0 Labs", "Web 2.0 Labs"),
    ("Studio 54", "Studio 54"),
  ])
  func companyNamesLoseAJobBoardRating(_ raw: String, _ name: String) {
    #expect(CompanyName.clean(raw) == name)
  }

  @Test func aRatedCompanyLineUnderTheTitleGivesCompanyAndPlace() throws {
    let posting = try PostingFixture.read("rated-company-line.txt")
    #expect(posting.title == "Inventory Planner")
    #expect(posting.company == "Corvid Freight")
    #expect(posting.location == "Boise, ID")
  }

  @Test func aCompanyFieldLosesItsGluedRating() throws {
    let posting = try PostingFixture.read("rated-company-field.txt")
    #expect(posting.company == "Pell River Health")
  }

  @Test(arguments: [
    ("San Diego, CA 92101", "San Diego, CA"), ("Waterloo, Iowa", "Waterloo, Iowa"),
    ("Acme, Inc", nil), ("Software Engineer, Backend", nil),
  ])
  func placeLinesAreToldFromNamesAndTitles(_ text: String, _ place: String?) {
    #expect(PlaceLine.place(in: text) == place)
  }
}
