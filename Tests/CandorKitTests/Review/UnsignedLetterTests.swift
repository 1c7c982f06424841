import Testing

@testable import CandorKit

/// A letter signed off without a name: a warning when the resume gives the writer's name; a
/// note that says why, and no finding, when it gives none.
@Suite struct UnsignedLetterTests {
  static let letter = """
    Dear Ms. Lane,

    I ran the night dock at Brisco Yards for four years.

    Sincerely,
    wren@example.com
    """

  static func review(resume text: String) throws -> Review {
    let resume = try ResumeReader.read(InputFile(name: "cv.txt", text: text))
    return LetterReviewer(spellChecker: nil).review(text: letter, resume: resume)
  }

  static func signOffFindings(resume text: String) throws -> [Finding] {
    try review(resume: text).findings.filter { $0.rule == "missing-sign-off" }
  }

  @Test func anUnsignedLetterIsAWarningWhenTheResumeGivesAName() throws {
    let resume = "Wren Adeyemi\nwren@example.com\n\nEXPERIENCE\nDock Lead, Brisco Yards, 2021\n"
    let findings = try Self.signOffFindings(resume: resume)
    #expect(findings.map(\.severity) == [.warning])
    #expect(findings.first?.message == "sign with your name under 'Sincerely'")
  }

  @Test(arguments: [
    "wren@example.com\n\nEXPERIENCE\nDock Lead, Brisco Yards, 2020 – 2024\n",
    "EXPERIENCE\nDock Lead, Brisco Yards, 2020 – 2024\n- Ran the night dock\n",
  ])
  func anUnsignedLetterIsANoteWhenTheResumeGivesNoName(resume: String) throws {
    let review = try Self.review(resume: resume)
    #expect(review.findings.filter { $0.rule == "missing-sign-off" }.isEmpty)
    #expect(
      review.notes.contains(
        "the letter is not signed and your resume gives no name: write your name under "
          + "'Sincerely', and at the top of your resume"))
  }

  @Test func aSignedLetterHasNoNoteWhenTheResumeGivesNoName() throws {
    let resume = try ResumeReader.read(
      InputFile(name: "cv.txt", text: "EXPERIENCE\nDock Lead, Brisco Yards, 2020 – 2024\n"))
    let signed = Self.letter.replacingOccurrences(of: "wren@", with: "Wren Adeyemi\nwren@")
    let review = LetterReviewer(spellChecker: nil).review(text: signed, resume: resume)
    #expect(!review.notes.contains { $0.contains("not signed") })
  }
}
