import Testing

@testable import CandorKit

/// A posting with no requirement list states its requirements in sentences; each sentence
/// with a cue ("at least", "must", "a plus", "preferred") is one requirement.
@Suite struct ProseRequirementTests {
  static let text = """
    Bookkeeper (Part-Time)
    Wrenfield Hardware - Dayton, OH

    Wrenfield Hardware is a family-owned store with 3 locations around Dayton. We are moving \
    our books to a new system this spring.

    The right person has at least 2 years of bookkeeping experience and knows QuickBooks \
    Online. You must be able to work Saturday mornings. Payroll experience is a plus, and \
    candidates who speak Spanish are strongly preferred. Pay is $22 an hour.

    Send your resume to our owner, Ms. Ida Carrow.
    """

  @Test func readsEachCuedSentenceAsARequirement() throws {
    let requirements = try PostingFixture.read(text: Self.text).requirements
    #expect(
      requirements.map(\.text) == [
        "The right person has at least 2 years of bookkeeping experience and knows "
          + "QuickBooks Online.",
        "You must be able to work Saturday mornings.",
        "Payroll experience is a plus, and candidates who speak Spanish are strongly "
          + "preferred.",
      ])
    #expect(requirements.map(\.tier) == [.required, .required, .preferred])
    #expect(requirements.map(\.years) == [2, nil, nil])
  }

  @Test func readsTheOwnerAsTheRecipient() throws {
    #expect(try PostingFixture.read(text: Self.text).recipient?.name == "Ida Carrow")
  }
}
