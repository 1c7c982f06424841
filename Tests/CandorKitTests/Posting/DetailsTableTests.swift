import Testing

@testable import CandorKit

/// A government job bulletin's table of details ("Location | Loveland, CO") and its
/// contact sentence under the lists.
@Suite struct DetailsTableTests {
  @Test func readsTheLocationWithoutTheTablesLabel() throws {
    #expect(try PostingFixture.read("details-table.html").location == "Loveland, CO")
  }

  @Test func readsTheContactNamedAfterHerTitle() throws {
    #expect(try PostingFixture.read("details-table.html").recipient?.name == "Nell Ortiz")
  }
}
