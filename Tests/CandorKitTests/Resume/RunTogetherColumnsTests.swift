import Testing

@testable import CandorKit

/// A two-column resume pasted with each right-column line glued to the left one's by a
/// single space (Tests/Fixtures/resumes/pasted-columns.txt, trial21 P1-18).
@Suite struct RunTogetherColumnsTests {
  static func fixture() throws -> ParsedResume {
    try ResumeReader.read(ResumeFixtureTests.file("pasted-columns.txt"), lexicon: TestLexicon.small)
  }

  @Test func runTogetherColumnsAreWarnedAbout() throws {
    let warning = try Self.fixture().layoutWarning
    #expect(warning?.contains("one-column copy") == true)
  }

  @Test func oneColumnResumeHasNoLayoutWarning() throws {
    let parsed = try ResumeReader.read(
      InputFile(
        name: "cv.txt",
        text: "Ana Ruiz\n\nEXPERIENCE\nClerk, Harbor Mills, 2019 – 2022\n"
          + "- Filed 300 reports for the EDUCATION office\n"),
      lexicon: TestLexicon.small)
    #expect(parsed.layoutWarning == nil)
  }

  @Test func noHighlightEndsInAHeadingAndNoEmployerHoldsAToolList() throws {
    let work = try Self.fixture().resume.work
    let highlights = work.flatMap { $0.highlights ?? [] }
    #expect(!highlights.isEmpty)
    for heading in ["CERTIFICATIONS", "EDUCATION", "SKILLS"] {
      #expect(!highlights.contains { $0.contains(heading) })
    }
    let employers = work.compactMap(\.name)
    #expect(employers.contains("Willamette Assay Labs"))
    #expect(!employers.contains { $0.contains("Excel") || $0.contains("B.S.") })
  }
}
