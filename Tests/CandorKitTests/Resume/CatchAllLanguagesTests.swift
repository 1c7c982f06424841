import Testing

@testable import CandorKit

/// A "Languages: …" item in a catch-all list opens a languages section; the items after it
/// that name no language are a credential or a noted line, never dropped without a word.
@Suite struct CatchAllLanguagesTests {
  static func read(_ items: String) throws -> ParsedResume {
    try ResumeReader.read(
      InputFile(
        name: "resume.md",
        text: """
          # Linh Tran

          linh.tran@example.com

          ## Experience

          **Front Desk Agent**, Cedar Lake Lodge — 2022 – present

          - Checked in 120 guests a day in Opera PMS

          ## Other

          \(items)
          """))
  }

  @Test(arguments: [
    "- Languages: Vietnamese (native), Japanese (conversational)\n"
      + "- American Red Cross CPR/First Aid, 2024\n- Available weekends and holidays",
    "- Languages: Vietnamese (native), Japanese (conversational)\n"
      + "- Food handler permit, 2024\n- Available weekends and holidays",
  ])
  func keepsTheCredentialAndNotesTheRest(_ items: String) throws {
    let resume = try Self.read(items)
    #expect(resume.resume.languages.compactMap(\.language) == ["Vietnamese", "Japanese"])
    #expect(resume.resume.certificates.count == 1)
    #expect(resume.notes.contains { $0.contains("'Available weekends and holidays'") })
  }
}
