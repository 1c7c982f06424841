import Testing

@testable import CandorKit

/// A title the letter says the writer holds or held must be one of the resume's, compared
/// loosely ("Sr." for "Senior", "2" for "II"); an invented one is an error.
@Suite struct InventedTitleClaimTests {
  static func claims(_ sentence: String) throws -> [String: Severity] {
    try InventedFacts.claims(sentence)
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
