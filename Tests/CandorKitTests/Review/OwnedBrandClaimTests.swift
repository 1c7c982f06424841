import Testing

@testable import CandorKit

/// A brand the writer calls their own before a record kept in it ("my Eaglesoft charts")
/// is a tool claim, with or without a verb of use; a place before an office is not.
@Suite struct OwnedBrandClaimTests {
  static func flagged(_ sentence: String) throws -> [String] {
    try UnsupportedClaims.excerpts(
      letter: "I led 12 associates at Fennick Depot. \(sentence)",
      resume: OwnedFigureClaimTests.resume, signer: "Ines Garrow")
  }

  @Test(arguments: [
    ("I kept my Quorvix charts current for every patient.", ["Quorvix"]),
    ("I cleared our Tallymoor backlog in a week.", ["Tallymoor"]),
    ("I rebuilt our Brindle dashboards for the night shift.", ["Brindle"]),
  ])
  func aBrandBeforeARecordTheWriterKeepsIsATool(sentence: String, names: [String]) throws {
    #expect(try Self.flagged(sentence) == names)
  }

  @Test(arguments: [
    "I opened our Denver office with the regional team.",
    "I filed my Fennick reports every Friday.",
    "I kept my Monday reports short.",
  ])
  func aPlaceTheResumesEmployerOrADayIsNoTool(sentence: String) throws {
    #expect(try Self.flagged(sentence).isEmpty)
  }
}
