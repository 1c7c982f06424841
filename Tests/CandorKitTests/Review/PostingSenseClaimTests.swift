import Testing

@testable import CandorKit

/// A figure or name the letter takes from the posting in the posting's own sense is no
/// invented claim, and a count of seasons the resume's dates cover is no invented figure.
@Suite struct PostingSenseClaimTests {
  static let resume = """
    Noor Halvey
    noor.halvey@example.com

    Experience
    Field Adjuster | Quillon Mutual | Jan 2022 - Present
      * Closed 410 property claims in 2024
    Independent Adjuster | Brackley Adjusting | May 2020 - Dec 2021
      * Inspected 30 homes per week
    """

  static let job = """
    # Claims Adjuster at Ortwell Insurance

    Location: Mobile, AL (field, travel up to 40%)

    We are rebuilding our claims app in Flutter and adding Garmin Venu support.
    """

  /// The `unsupported-claim` findings of a letter body: excerpt and severity.
  static func findings(_ body: String) throws -> [String] {
    let resume = try ResumeReader.read(InputFile(name: "cv.txt", text: resume))
    let posting = try PostingReader.read(InputFile(name: "job.md", text: job))
    let letter = "Dear Ms. Lane,\n\n\(body)\n\nSincerely,\nNoor Halvey\n"
    return LetterReviewer(spellChecker: nil).review(text: letter, job: posting, resume: resume)
      .findings.filter { $0.rule == "unsupported-claim" }
      .map { "\($0.excerpt) \($0.severity.rawValue)" }
  }

  @Test func thePostingsTravelFigureInItsOwnSenseIsNoClaim() throws {
    let body = "I closed 410 property claims in 2024, so I know what a 40% travel schedule asks."
    #expect(try Self.findings(body).isEmpty)
  }

  @Test func thePostingsFigureInAnotherSenseIsStillAnError() throws {
    let body = "I closed 410 property claims in 2024 and cut my cycle time by 40%."
    #expect(try Self.findings(body) == ["40% error"])
  }

  @Test func seasonsTheResumesDatesCoverAreNoInventedFigure() throws {
    let body = "I spent two seasons as an independent adjuster with Brackley Adjusting."
    #expect(try Self.findings(body).isEmpty)
  }

  @Test func moreSeasonsThanTheResumesDatesCoverAreFlagged() throws {
    let body = "I spent twelve seasons as an independent adjuster with Brackley Adjusting."
    #expect(try Self.findings(body) == ["twelve seasons error"])
  }

  @Test func aProductInThePostingsOwnPhraseIsAWarningNotAnError() throws {
    let body =
      "Adding Garmin Venu support is the kind of project I have spent four years on."
    #expect(try Self.findings(body) == ["Garmin Venu warning"])
  }

  @Test func aProductTheWriterSaysTheyShippedIsStillAnError() throws {
    let body = "I shipped Garmin Venu support for a fitness app in 2023."
    #expect(try Self.findings(body) == ["Garmin Venu error"])
  }
}
