import Testing

@testable import CandorKit

/// A credential's level words must match: a food handler card does not meet an ask for the
/// manager certificate of the same brand, while an ask for the brand is met by any level.
@Suite struct CredentialLevelMatchTests {
  @Test func aLowerLevelOfACredentialDoesNotMeetAHigherOne() throws {
    let report = try AskFixture.report(
      role: "Kitchen Lead", employer: "Saltmarsh Canteen",
      asks: ["ServSafe Manager certification"], resume: ["ServSafe Food Handler"])
    let ask = report.keywords.first { $0.term == "ServSafe Manager" }
    #expect(ask?.found == false)
  }

  @Test func theSameLevelMeetsTheAsk() throws {
    let report = try AskFixture.report(
      role: "Kitchen Lead", employer: "Saltmarsh Canteen",
      asks: ["ServSafe Manager certification"], resume: ["ServSafe Manager, 2024"])
    #expect(report.keywords.first { $0.term == "ServSafe Manager" }?.found == true)
  }

  @Test func anAskForTheBrandIsMetByAnyOfItsLevels() throws {
    let report = try AskFixture.report(
      role: "Kitchen Lead", employer: "Saltmarsh Canteen", asks: ["ServSafe certified"],
      resume: ["ServSafe Food Handler"])
    #expect(report.keywords.first { $0.term == "ServSafe" }?.found == true)
  }
}
