import CandorSpelling
import Testing

@testable import CandorKit

/// Faults the twenty-first new-user trial found in `review` (issue #4): a figure taken from
/// the posting read as the writer's invented result, a real word typed for "excited", and
/// a common technical word flagged as a misspelling without a posting.
@Suite struct TrialTwentyOneReviewTests {
  /// An invented dispatch posting and resume: the posting's team is 38 strong, the resume
  /// gives no 38.
  static let posting = """
    # Dispatch Supervisor — Harlow Freight

    Harlow Freight · Tolland, CT

    ## Responsibilities
    - Lead a day- and night-shift dispatch team of 38
    - Keep on-time departures above 96%
    """

  static let resume = """
    Mara Quill
    mara@example.com

    EXPERIENCE
    Dispatcher, Pell Logistics, 2018 – 2024
    - Routed 140 loads a week across two depots
    - Led the weekend dispatch desk
    - Bilingual in English and Portuguese
    """

  static func claims(_ sentence: String) throws -> [Finding] {
    let resume = try ResumeReader.read(InputFile(name: "cv.txt", text: Self.resume))
    let job = try PostingReader.read(InputFile(name: "job.md", text: Self.posting))
    let letter =
      "Dear Ms. Lane,\n\nI routed 140 loads a week at Pell Logistics. \(sentence)\n\n"
      + "Sincerely,\nMara Quill\n"
    return LetterReviewer(spellChecker: nil).review(text: letter, job: job, resume: resume)
      .findings.filter { $0.rule == "unsupported-claim" }
  }

  @Test(arguments: [
    "I speak English and Portuguese, which matters on a loading floor of 38.",
    "I speak English and Portuguese, which matters on a loading floor of thirty-eight.",
  ])
  func aPostingFigureTheSentenceDoesNotClaimIsAtMostAWarning(sentence: String) throws {
    let found = try Self.claims(sentence)
    #expect(found.count == 1)
    #expect(found.allSatisfy { $0.severity == .warning })
    #expect(found.first?.message.contains("only the posting states") == true)
  }

  @Test(arguments: [
    ("I led a dispatch floor of 38 at Pell Logistics.", "38"),
    ("I led a dispatch team of thirty-eight at Pell Logistics.", "thirty-eight"),
  ])
  func aPostingFigureTheWriterClaimsAsTheirWorkIsStillAnError(
    sentence: String, excerpt: String
  ) throws {
    let found = try Self.claims(sentence)
    #expect(found.map(\.excerpt) == [excerpt])
    #expect(found.first?.severity == .error)
  }

  @Test func aFigureInNeitherInputStaysAnError() throws {
    let found = try Self.claims("I speak English and Portuguese, which matters on a floor of 52.")
    #expect(found.map(\.excerpt) == ["52"])
    #expect(found.first?.severity == .error)
  }

  static func review(_ body: String) throws -> [Finding] {
    let checker = try #require(HunspellChecker.englishUS)
    let letter = "Dear Ms. Lane,\n\n\(body)\n\nSincerely,\nMara Quill\n"
    return LetterReviewer(spellChecker: checker).review(text: letter).findings
  }

  @Test(arguments: [
    "I am exited to apply for the dispatch role.", "I'm so exited about this route plan.",
    "We were exited for the chance to grow.",
  ])
  func exitedWhereExcitedIsMeantIsAConfusedWord(body: String) throws {
    let found = try Self.review(body).filter { $0.rule == "confused-word" }
    #expect(found.map(\.excerpt) == ["exited"])
    #expect(found.first?.message == "write 'excited' instead of 'exited'")
  }

  @Test func exitedAsALeavingVerbIsNoConfusion() throws {
    let found = try Self.review("The last truck exited the yard at six. I exited the lease.")
    #expect(!found.contains { $0.rule == "confused-word" })
  }

  @Test(arguments: ["async", "await"])
  func commonTechnicalWordsAreSpeltRightWithoutAPosting(word: String) throws {
    let found = try Self.review("I rewrote the \(word) dispatch code in Swift.")
    #expect(!found.contains { $0.rule == "spelling" && $0.excerpt == word })
  }
}

extension TrialTwentyOneReviewTests {
  @Test func aLetterLeftOutOfALongTermIsOffered() throws {
    let found = try Self.review("I took 40 dental radiograpy films a week.")
      .filter { $0.rule == "spelling" }
    #expect(found.map(\.excerpt) == ["radiograpy"])
    #expect(found.first?.message.contains("'radiography'") == true)
  }
}

extension TrialTwentyOneReviewTests {
  @Test(arguments: [
    "In my work at Pell Logistics, I moved routing to a new board. Loads rose. "
      + "In my work at Pell Logistics, I cut idle time by a third.",
    "In my role at Pell Logistics, I moved routing. Loads rose. In my role at Osk Freight, I "
      + "cut idle time.",
  ])
  func inMyWorkAtOpeningTwoSentencesIsARepeatedFormula(body: String) {
    let letter = "Dear Ms. Lane,\n\n\(body)\n\nSincerely,\nMara Quill\n"
    let found = LetterReviewer(spellChecker: nil).review(text: letter).findings
      .filter { $0.rule == "repeated-formula" }
    #expect(found.count == 1)
    #expect(found.first?.excerpt.hasPrefix("In my") == true)
  }

  @Test func inMyWorkOnceIsNoFormula() {
    let letter =
      "Dear Ms. Lane,\n\nIn my work at Pell Logistics, I moved routing. In the yard, I cut idle "
      + "time.\n\nSincerely,\nMara Quill\n"
    let found = LetterReviewer(spellChecker: nil).review(text: letter).findings
    #expect(!found.contains { $0.rule == "repeated-formula" })
  }
}

extension TrialTwentyOneReviewTests {
  static let agencyPosting = """
    # Permit Coordinator — Harlow Freight

    Harlow Freight · Tolland, CT

    ## Responsibilities
    - Coordinate permits with the Army Corps of Engineers and the Port Office
    """

  @Test func aPostingNameWithOfInsideIsOneFinding() throws {
    let found = try UnsupportedClaims.excerpts(
      letter: "I routed 140 loads a week at Pell Logistics. I filed permit packages with the "
        + "Army Corps of Engineers.",
      resume: Self.resume, signer: "Mara Quill", job: Self.agencyPosting)
    #expect(found == ["Army Corps of Engineers"])
  }

  /// "Microsoft Word and Excel" written whole by the posting is two listed tools when the
  /// resume lists each (trial22 N1-1: Candor's own letter scored 48/F for it).
  @Test func aJoinedPostingNameWhosePartsTheResumeListsIsNoClaim() throws {
    let posting =
      "# Legal Assistant — Harlow Freight\n\nHarlow Freight · Tolland, CT\n\n"
      + "## Requirements\n- Microsoft Word and Excel\n"
    let resume = Self.resume + "\n\nSKILLS\nMicrosoft Word, Excel\n"
    let found = try UnsupportedClaims.excerpts(
      letter: "I routed 140 loads a week at Pell Logistics. My record also covers Microsoft "
        + "Word and Excel.",
      resume: resume, signer: "Mara Quill", job: posting)
    #expect(found == [])
  }
}
