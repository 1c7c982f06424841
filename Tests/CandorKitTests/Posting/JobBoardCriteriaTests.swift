import Testing

@testable import CandorKit

/// A job board page's own text (post age, applicant count, upsell, criteria block) is
/// metadata, never a requirement.
@Suite struct JobBoardCriteriaTests {
  @Test func keepsOnlyThePostingsOwnRequirements() throws {
    let posting = try PostingFixture.read("linkedin-criteria.txt")
    #expect(
      posting.requirements.map(\.text) == [
        "Three years of purchasing experience in a pharmacy or hospital",
        "Working knowledge of Excel and an inventory system",
        "Experience with 340B programs is preferred",
      ])
    #expect(posting.requirements.map(\.tier) == [.required, .required, .preferred])
  }

  @Test func readsTheCompanyAndTheSeniorityFromTheBoardsLines() throws {
    let posting = try PostingFixture.read("linkedin-criteria.txt")
    #expect(posting.company == "Orchard Vale Health")
    #expect(posting.level == .entry, "the board says Entry level; three years alone say mid")
    #expect(!posting.lines.contains { $0.text.contains("Premium") })
  }

  @Test func theBoardsBylineIsNoCompanyHook() throws {
    let hooks = try PostingFixture.read("linkedin-criteria.txt").hooks.map(\.text)
    #expect(!hooks.contains { $0.contains("·") })
    #expect(hooks.contains { $0.contains("mail-order pharmacy") })
  }
}
