import Testing

@testable import CandorKit

/// A page whose JSON-LD description holds the lists the page body leaves out.
@Suite struct JSONLDDescriptionListTests {
  @Test func theDescriptionsListsAreTheRequirements() throws {
    let posting = try PostingFixture.read("jsonld-description-lists.html")
    #expect(
      posting.requirements.map { "\($0.tier): \($0.text)" } == [
        "required: 3+ years of small-business bookkeeping", "required: Advanced Excel",
        "required: Month-end close on your own", "preferred: NetSuite",
      ])
    #expect(posting.notes.contains { $0.hasPrefix("the page leaves out the description's lists") })
  }

  @Test func theJSONLDFieldsStillWinAndThePageStillNamesTheRecipient() throws {
    let posting = try PostingFixture.read("jsonld-description-lists.html")
    #expect(posting.title == "Bookkeeper")
    #expect(posting.company == "Pebblewick Bakery")
    #expect(posting.location == "Albany, NY")
    #expect(posting.recipient?.name == "Odile Varga")
  }

  @Test func theDescriptionGivesTheHooks() throws {
    let posting = try PostingFixture.read("jsonld-description-lists.html")
    #expect(
      posting.hooks.map(\.text) == [
        "Pebblewick Bakery is opening a second kitchen in Troy this spring."
      ])
  }
}
