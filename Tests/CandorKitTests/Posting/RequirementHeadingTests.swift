import Testing

@testable import CandorKit

/// British headings for must-haves and nice-to-haves ("Essential criteria", "Desirable"),
/// and requirement lines kept out of the company's hooks.
@Suite struct RequirementHeadingTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var heading: String
    var tier: Tier
    var testDescription: String { heading }
  }

  static let cases: [Case] = [
    .init(heading: "Essential", tier: .required),
    .init(heading: "Essential:", tier: .required),
    .init(heading: "Essential criteria", tier: .required),
    .init(heading: "Essential Requirements", tier: .required),
    .init(heading: "Essential skills and experience", tier: .required),
    .init(heading: "Desirable", tier: .preferred),
    .init(heading: "Desirable criteria:", tier: .preferred),
    .init(heading: "Desirable Requirements", tier: .preferred),
  ]

  @Test(arguments: cases)
  func readsTheItemsUnderTheHeadingInItsTier(_ expected: Case) throws {
    let text = """
      Events Coordinator
      Pellow & Finch Ltd

      The role
      You'll run our programme of 30 trade events a year with our venue partners.

      \(expected.heading)
      - Two years' experience in event planning
      - A full UK driving licence
      """
    let requirements = try PostingFixture.read(text: text).requirements
    #expect(
      requirements.map(\.text) == [
        "Two years' experience in event planning", "A full UK driving licence",
      ])
    #expect(requirements.map(\.tier) == [expected.tier, expected.tier])
  }

  @Test func aRequirementUnderTheRoleIsNeverAHook() throws {
    let text = """
      Events Coordinator
      Pellow & Finch Ltd

      About us
      Pellow & Finch Ltd runs 30 trade events a year and opens a new venue in Leeds in 2027.

      The role
      You'll own our events calendar.
      - At least three years' experience growing our events, with a record of growth
      """
    let hooks = try PostingFixture.read(text: text).hooks.map(\.text)
    #expect(hooks.contains { $0.contains("new venue") })
    #expect(!hooks.contains { $0.contains("experience") })
  }
}
