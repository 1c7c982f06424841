import Testing

@testable import CandorKit

/// A title the letter says the writer holds or held must be one of the resume's, compared
/// loosely ("Sr." for "Senior", "2" for "II"); an invented one is an error.
@Suite struct InventedTitleClaimTests {
  static let resume = """
    Dana Whitlock
    dana@example.com

    EXPERIENCE
    QA Engineer, Norvale Systems, 2021 – 2025
    - Wrote 240 Selenium tests in Python

    Sr. Software Engineer II, Quillon Labs, 2016 – 2020
    - Built 4 dashboards in Grafana

    EDUCATION
    B.S. in Computer Science, Harlow State University, 2016
    """

  /// The unsupported-claim findings of a letter with `sentence` after a grounded one.
  static func claims(_ sentence: String) throws -> [String: Severity] {
    let resume = try ResumeReader.read(InputFile(name: "cv.txt", text: resume))
    let letter = """
      Dear Ms. Lane,

      At Norvale Systems I wrote Selenium tests in Python. \(sentence)

      Sincerely,
      Dana Whitlock
      """
    let findings = LetterReviewer(spellChecker: nil).review(text: letter, resume: resume)
      .findings.filter { $0.rule == "unsupported-claim" }
    return Dictionary(findings.map { ($0.excerpt, $0.severity) }, uniquingKeysWith: { a, _ in a })
  }

  @Test(arguments: [
    "As Lead SDET at Norvale Systems, I built the regression suite.",
    "In my role as Lead SDET, I built the regression suite.",
    "I was promoted to Lead SDET at Norvale Systems.",
    "I served as Lead SDET at Norvale Systems.",
  ])
  func anInventedTitleTheWriterClaimsIsAnError(sentence: String) throws {
    #expect(try Self.claims(sentence) == ["Lead SDET": .error])
  }

  @Test func aHigherRankThanTheResumesIsAnError() throws {
    #expect(
      try Self.claims("As Senior QA Engineer at Norvale Systems, I built the suite.")
        == ["Senior QA Engineer": .error])
  }

  @Test func aLevelAfterTheTitleIsPartOfIt() throws {
    #expect(
      try Self.claims("As Software Engineer 3 at Quillon Labs, I built dashboards.")
        == ["Software Engineer 3": .error])
    #expect(
      try Self.claims("As Staff Software Engineer II at Quillon Labs, I built dashboards.")
        == ["Staff Software Engineer II": .error])
  }

  @Test(arguments: [
    "As a QA Engineer at Norvale Systems, I built the regression suite.",
    "As Senior Software Engineer II at Quillon Labs, I built dashboards.",
    "As Software Engineer 2 at Quillon Labs, I built dashboards.",
    "As Engineer II, Software at Quillon Labs, I built dashboards.",
    "I was promoted to Senior Software Engineer II at Quillon Labs.",
    "I would grow into a Lead SDET with your team.",
  ])
  func theResumesTitleWrittenAnotherWayIsNoClaim(sentence: String) throws {
    #expect(try Self.claims(sentence) == [:])
  }
}
