import Testing

@testable import CandorKit

/// An acronym two fields share ("ELD": an electronic logging device, or English Language
/// Development) is left out of a resume's skills when its line names no other term; a
/// letter that repeats the resume's own acronym still states what the resume says.
@Suite struct SharedAcronymClaimTests {
  static func unsupported(letter body: String, highlight: String) throws -> [String] {
    let text =
      "Rosa Alvarado\nrosa@example.com\n\nEXPERIENCE\nDriver, Kestrel Freight, 2019 – 2024\n"
      + "- \(highlight)\n- Hauled refrigerated freight across 30 states\n"
    return try UnsupportedClaims.excerpts(letter: body, resume: text, signer: "Rosa Alvarado")
  }

  @Test func anAcronymTheResumeWritesIsNoUnsupportedClaim() throws {
    let found = try Self.unsupported(
      letter: "At Kestrel Freight, I logged my hours on an ELD and hauled freight.",
      highlight: "Logged hours with Trailhand ELD")
    #expect(found == [])
  }

  @Test func anAcronymTheResumeNeverWritesIsStillChecked() throws {
    let found = try Self.unsupported(
      letter: "At Kestrel Freight, I logged my hours on an ELD and hauled freight.",
      highlight: "Logged hours on paper logs")
    #expect(found == ["ELD"])
  }
}
