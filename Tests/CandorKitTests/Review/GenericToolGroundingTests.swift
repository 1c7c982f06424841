import Testing

@testable import CandorKit

/// A kind of tool a letter names ("spreadsheets") is grounded by a product of that kind the
/// resume names (Excel), as the product itself would be.
@Suite struct GenericToolGroundingTests {
  static func unsupported(letter body: String, resume skills: String) throws -> [String] {
    let text =
      "Tomas Okafor\ntomas@example.com\n\nEXPERIENCE\nClerk, Redbud Grocers, 2019 – 2023\n"
      + "- Balanced 40 store accounts a week\n\nSKILLS\n\(skills)\n"
    return try UnsupportedClaims.excerpts(letter: body, resume: text, signer: "Tomas Okafor")
  }

  @Test func aProductOfTheKindGroundsTheKind() throws {
    let found = try Self.unsupported(
      letter: "I kept our spreadsheets and ticketing systems tidy.", resume: "Excel, Jira")
    #expect(found == [])
  }

  @Test func aKindOfToolTheResumeNeverShowsIsStillChecked() throws {
    let found = try Self.unsupported(
      letter: "I kept our spreadsheets and ticketing systems tidy.", resume: "Excel, Python")
    #expect(found == ["ticketing systems"])
  }
}
