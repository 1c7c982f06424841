import Foundation
import Testing

@testable import CandorKit

/// Claims the trials of 2026-12-05 saw `review` miss or misjudge: a tool listed beside a
/// known one, a client written as an acronym, a one-letter language hidden by a substring of
/// the posting's title, invented employers and schools left as warnings, and a name the
/// resume's file holds but its reading left out.
@Suite struct TrialEightReviewTests {
  /// Odile Brandt's resume (invented): one bakery job, Excel, a B.A. from Marlow College.
  static let resumeText = """
    Odile Brandt
    odile@example.com

    EXPERIENCE
    Bookkeeper, Quarry Lane Bakery, 2019 – 2024
    - Built 12 weekly sales reports in Excel

    EDUCATION
    B.A. in History, Marlow College, 2019
    """

  /// A posting whose title holds the letter "r" in its words, never as a word.
  static let posting = """
    # Finance Analyst — Member Reporting

    Fernhill Cooperative is hiring a Finance Analyst.

    ## Requirements
    - Excel and reporting
    """

  static func severities(
    _ sentence: String, resume: ParsedResume? = nil, source: String? = nil
  ) throws -> [String: Severity] {
    let cv = try resume ?? ResumeReader.read(InputFile(name: "cv.txt", text: resumeText))
    let job = try PostingReader.read(InputFile(name: "posting.md", text: posting))
    let letter = "Dear Ms. Lane,\n\nI built 12 weekly sales reports. \(sentence)\n"
    let findings = LetterReviewer(spellChecker: nil)
      .review(text: letter, job: job, resume: cv, resumeSource: source).findings
      .filter { $0.rule == "unsupported-claim" }
    return Dictionary(findings.map { ($0.excerpt, $0.severity) }, uniquingKeysWith: { a, _ in a })
  }

  static func flagged(_ sentence: String) throws -> Set<String> {
    Set(try severities(sentence).keys)
  }

  @Test(arguments: [
    ("I built 12 weekly sales reports on Caselane and Excel.", ["Caselane"]),
    ("I built models in Python, Quantora and Excel.", ["Python", "Quantora"]),
    ("I kept the books in Excel and Tallyfin for 5 years.", ["Tallyfin"]),
  ])
  func aNameListedBesideAToolIsATool(sentence: String, names: [String]) throws {
    #expect(try Self.flagged(sentence) == Set(names))
  }

  @Test func aNameDescribingTheNounAfterItIsNoTool() throws {
    #expect(try Self.flagged("I shared Excel and Finance dashboards with the team.").isEmpty)
    #expect(try Self.flagged("I used Excel at Quarry Lane Bakery and Marlow College.").isEmpty)
  }

  @Test func aOneLetterLanguageIsCheckedAgainstTheTitlesWordsNotItsLetters() throws {
    #expect(try Self.flagged("I built forecasting models in R and Excel.") == ["R"])
  }

  @Test func anAcronymTheWriterDidWorkForIsAClient() throws {
    #expect(
      try Self.severities("I built the audit schedules for ZKLM in Excel.") == [
        "ZKLM": .warning
      ])
    #expect(try Self.flagged("I will build the schedules for ZKLM.").isEmpty)
    #expect(try Self.flagged("I built 12 reports for HR.").isEmpty)
  }

  @Test(arguments: [
    "At Corvel Shipping, I ran the payroll.",
    "I worked at Corvel Shipping for two years.",
    "I joined Corvel Shipping in 2020.",
    "Corvel Shipping is where I ran the payroll.",
    "Corvel Shipping is also where I ran the payroll.",
  ])
  func anInventedEmployerInAWorkFrameIsAnError(sentence: String) throws {
    #expect(try Self.severities(sentence) == ["Corvel Shipping": .error])
  }

  @Test func anUnknownNameOutsideAWorkFrameIsStillAWarning() throws {
    #expect(
      try Self.severities("I presented at Harborview Summit.") == [
        "Harborview Summit": .warning
      ])
    #expect(try Self.flagged("Denver is where I grew up.").isEmpty)
    #expect(try Self.flagged("At Quarry Lane Bakery, I ran the payroll.").isEmpty)
  }

  @Test(arguments: [
    "I earned a B.A. in History at Ridgemont University.",
    "I earned a B.A. in History from Ridgemont University.",
  ])
  func anInventedSchoolIsTheSameErrorAfterAtOrFrom(sentence: String) throws {
    let findings = try Self.severities(sentence)
    #expect(findings == ["Ridgemont University": .error])
    let letter = "Dear Ms. Lane,\n\nI built 12 weekly sales reports. \(sentence)\n"
    let cv = try ResumeReader.read(InputFile(name: "cv.txt", text: Self.resumeText))
    let message = LetterReviewer(spellChecker: nil).review(text: letter, resume: cv).findings
      .first { $0.excerpt == "Ridgemont University" }?.message
    #expect(message == "check 'Ridgemont University': your resume does not show this school")
  }

  /// A resume whose reading lost the employer: its highlight, with no organisation.
  static let unplaced = ParsedResume(
    resume: Resume(),
    evidence: [
      Evidence(text: "Installed 40 tiled showers", path: "work[0].highlights[0]", source: .work),
      Evidence(text: "Built 12 weekly sales reports", path: "work[0].highlights[1]", source: .work),
    ])

  @Test func aNameTheResumeFileHoldsIsNoClaimThoughItsReadingMissedIt() throws {
    let source = "**Tile Setter**, Lakeshore Glass & Tile — Erie, PA\n- Installed 40 tiled showers"
    for sentence in [
      "At Lakeshore Glass & Tile, I installed 40 tiled showers.",
      "At Lakeshore Glass and Tile, I installed 40 tiled showers.",
    ] {
      #expect(try Self.severities(sentence, resume: Self.unplaced, source: source).isEmpty)
    }
    let unread = try Self.severities(
      "At Lakeshore Glass & Tile, I installed 40 tiled showers.", resume: Self.unplaced)
    #expect(unread == ["Lakeshore Glass & Tile": .error])
  }
}
