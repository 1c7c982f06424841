import Testing

@testable import CandorKit

/// "Title — Company" headings: split only when the text confirms the company.
@Suite struct TitleCompanyHeadingTests {
  @Test func aHeadingSplitsIntoTitleAndCompanyWhenTheBodyNamesTheCompany() throws {
    let posting = try PostingFixture.read("heading-title-company.md")
    #expect(posting.title == "Line Cook")
    #expect(posting.company == "Saffron Table")
  }

  @Test func aHeadingStaysWholeWhenNothingConfirmsTheCompany() throws {
    let posting = try PostingFixture.read("heading-title-unconfirmed.md")
    #expect(posting.title == "Pastry Chef — Weekend Brunch")
    #expect(posting.company == nil)
  }

}
