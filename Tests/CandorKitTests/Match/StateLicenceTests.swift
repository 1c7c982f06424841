import Testing

@testable import CandorKit

/// A licence's state variant written with a suffix ("LCSW-C", "LCSW-R") is the licence: it
/// meets an LCSW ask; an ask for the variant is not met by the plain licence.
@Suite struct StateLicenceTests {
  static func found(ask: String, held: String) throws -> Bool? {
    let report = try AskFixture.report(role: "Clinical Therapist", asks: [ask], resume: [held])
    return report.keywords.first { $0.category == .certification }?.found
  }

  @Test(arguments: ["LCSW-C, Maryland", "LCSW-R, New York"])
  func aStateVariantMeetsTheLicenceAsk(_ held: String) throws {
    #expect(try Self.found(ask: "Current LCSW license", held: held) == true)
  }

  @Test func thePlainLicenceDoesNotMeetAnAskForTheVariant() throws {
    #expect(try Self.found(ask: "Active Maryland LCSW-C license", held: "LCSW") == false)
  }
}
