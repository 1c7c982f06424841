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

  /// Whether the resume's credential meets the posting's ask for `asked`, found as `term`.
  private static func meets(_ asked: String, term: String, held: String) throws -> Bool? {
    let report = try AskFixture.report(
      role: "Route Driver", employer: "Saltmarsh Freight", asks: [asked], resume: [held])
    return report.keywords.first { $0.term == term }?.found
  }

  @Test func aClassACDLMeetsAClassBAskButNotTheOtherWayRound() throws {
    #expect(try Self.meets("Class B CDL", term: "Class B CDL", held: "CDL Class A") == true)
    #expect(try Self.meets("Class A CDL", term: "Class A CDL", held: "CDL Class B") == false)
    #expect(try Self.meets("Class A CDL", term: "Class A CDL", held: "CDL-A, Oregon") == true)
  }

  @Test func aBareCDLAskIsMetByAnyClass() throws {
    #expect(try Self.meets("Valid CDL", term: "CDL", held: "Class B CDL") == true)
    #expect(try Self.meets("Valid CDL", term: "CDL", held: "CDL Class C") == true)
  }

  @Test func osha30MeetsAnOsha10AskButOsha10DoesNotMeetAnOsha30Ask() throws {
    #expect(try Self.meets("OSHA 10 card", term: "OSHA 10", held: "OSHA 30-Hour") == true)
    #expect(try Self.meets("OSHA 30 card", term: "OSHA 30", held: "OSHA 10-Hour") == false)
  }

  @Test func boardCertificationIsItsOwnCredentialThatStillMeetsAnRNAsk() throws {
    #expect(Lexicon.standard.matches(in: "RN-BC since 2021").map(\.term) == ["RN-BC"])
    let report = try AskFixture.report(
      role: "Staff Nurse", employer: "Fernbrook Hospital", asks: ["RN license", "RN-BC"],
      resume: ["RN-BC"])
    #expect(report.keywords.first { $0.term == "RN license" }?.found == true)
    #expect(report.keywords.first { $0.term == "RN-BC" }?.found == true)
    #expect(
      try Self.meets("RN-BC preferred", term: "RN-BC", held: "Registered Nurse, Ohio") == false)
  }
}
