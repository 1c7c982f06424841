import Testing

@testable import CandorKit

/// Figures the writer calls their own, counts of one, "all three <noun>" and fractions: each
/// is a claim the resume must back, even in a sentence about the job ahead.
@Suite struct OwnedFigureClaimTests {
  /// Ines Garrow's resume (invented): one warehouse job with two figures.
  static let resume = """
    Ines Garrow
    ines@example.com

    EXPERIENCE
    Shift Lead, Fennick Depot, 2019 – 2024
    - Led 12 associates on the night shift
    - Cut pick errors 33% with a new slotting plan
    - Managed 1 direct report
    """

  static func flagged(_ sentence: String) throws -> [String] {
    try UnsupportedClaims.excerpts(
      letter: "I led 12 associates at Fennick Depot. \(sentence)", resume: resume,
      signer: "Ines Garrow")
  }

  @Test(arguments: [
    ("I would bring my 25-30 associates to the floor.", ["25-30"]),
    ("I am ready to lead our 40 pickers again.", ["40"]),
    ("I would bring my team of nine pickers.", ["nine"]),
  ])
  func aFigureTheWriterOwnsIsAClaimInASentenceAboutTheJob(
    sentence: String, excerpts: [String]
  ) throws {
    #expect(try Self.flagged(sentence) == excerpts)
  }

  @Test func aCountOfOneTheWriterOwnsIsChecked() throws {
    #expect(try Self.flagged("My one safety trainer ran the dock.") == ["one"])
    #expect(try Self.flagged("My one direct report ran the dock.").isEmpty)
    #expect(try Self.flagged("One example is the night shift.").isEmpty)
  }

  @Test func allThreeBeforeANounCountsIt() throws {
    #expect(try Self.flagged("I managed all three sites for the region.") == ["three"])
    #expect(try Self.flagged("I ran the dock, the yard and the gate; I like all three.").isEmpty)
  }

  @Test(arguments: [
    ("I halved the backlog in a month.", ["halved"]),
    ("I cut overtime by a quarter.", ["a quarter"]),
    ("I ran the dock in half the time.", ["half"]),
    ("I cut pick errors by two thirds.", ["two thirds"]),
  ])
  func aFractionTheResumeDoesNotGiveIsFlagged(sentence: String, excerpts: [String]) throws {
    #expect(try Self.flagged(sentence) == excerpts)
  }

  @Test(arguments: [
    "I cut pick errors by a third.",
    "I worked nights in the first half of 2022.",
    "I spent half a day on each audit.",
  ])
  func aFractionTheResumeBacksOrThatIsNoResultPasses(sentence: String) throws {
    #expect(try Self.flagged(sentence).isEmpty)
  }
}

/// A figure in the writer's present work ("I manage", "I lead") is the writer's own claim: an
/// error when the resume lacks it, even in a sentence about the job ahead.
@Suite struct PresentTenseFigureClaimTests {
  static func severities(_ sentence: String) throws -> [String: Severity] {
    let resume = try ResumeReader.read(
      InputFile(name: "cv.txt", text: OwnedFigureClaimTests.resume))
    let letter = "Dear Ms. Lane,\n\n\(sentence)\n\nSincerely,\nInes Garrow\n"
    let findings = LetterReviewer(spellChecker: nil).review(text: letter, resume: resume)
      .findings.filter { $0.rule == "unsupported-claim" }
    return Dictionary(findings.map { ($0.excerpt, $0.severity) }) { first, _ in first }
  }

  @Test(arguments: [
    "I lead 40 associates at Fennick Depot, and I would bring that to your floor.",
    "I now manage a 40-door dock, much like the one you run.",
    "I ran the budget review for 40 stores, much like the ones you run.",
  ])
  func aFigureInThePresentOrPastWorkOfTheWriterIsAnError(sentence: String) throws {
    #expect(try Self.severities(sentence) == ["40": .error])
  }

  @Test(arguments: [
    "I want to lead 40 associates on your floor.", "I see that your team has 40 associates.",
  ])
  func aFigureTheWriterOnlyWantsOrSeesIsNoOwnClaim(sentence: String) throws {
    #expect(try Self.severities(sentence) == ["40": .warning])
  }
}
