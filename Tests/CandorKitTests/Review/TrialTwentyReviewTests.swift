import CandorSpelling
import Foundation
import Testing

@testable import CandorKit

/// Faults the twentieth new-user trial found in `review` (issue #4): spelling fixes that
/// ignored the posting's own words, a real word typed for a title word, a misspelt
/// sign-off, quoted posting words read as self-praise, a product named by its sibling
/// counted as missing, and broken generated sentences that kept full marks.
@Suite struct TrialTwentyReviewTests {
  static let posting = """
    Guest Services Supervisor — The Wrenfield Lodge

    Wrenfield Hotels · Bayport, ME · Full-time

    We are opening a new loyalty lounge beside the lobby this spring.

    Requirements
    - 3+ years of front desk supervisory experience
    - Working knowledge of Opera PMS
    - Spanish is a strong asset

    Contact Priya Holloway, Front Desk Manager, at priya@wrenfield.example.
    """

  static func review(
    _ body: String, signOff: String = "Sincerely,", job: String? = posting,
    resume: String? = nil, today: String = ""
  ) throws -> [Finding] {
    let checker = try #require(HunspellChecker.englishUS)
    let parsedJob = try job.map { try PostingReader.read(InputFile(name: "job.txt", text: $0)) }
    let parsedResume = try resume.map {
      try ResumeReader.read(InputFile(name: "cv.txt", text: $0))
    }
    let letter = "Dear Ms. Holloway,\n\n\(body)\n\n\(signOff)\nJo Marsh\n"
    return LetterReviewer(spellChecker: checker)
      .review(text: letter, job: parsedJob, resume: parsedResume, today: today).findings
  }

  static func fixes(_ findings: [Finding], _ rule: String = "spelling") -> [String: String] {
    Dictionary(
      findings.filter { $0.rule == rule }.map { ($0.excerpt, $0.suggestion) },
      uniquingKeysWith: { first, _ in first })
  }

  @Test func aPostingWordOneSlipAwayIsTheFirstFix() throws {
    let fixes = Self.fixes(
      try Self.review(
        "I read that you are opening a new loyality lounge. I bring five years of "
          + "supervisory experiance at a 90-room inn."))
    #expect(fixes["loyality"] == "write 'loyalty'")
    #expect(fixes["experiance"] == "write 'experience'")
  }

  @Test func withoutAPostingTheNearestSlipByVowelRanksFirst() throws {
    let findings = try Self.review("I built a loyality program for 400 guests.", job: nil)
    #expect(Self.fixes(findings)["loyality"] == "write 'loyalty'")
  }

  @Test func aRealWordTypedForTheTitleWordBesideItGetsAFix() throws {
    let findings = try Self.review(
      "As Front Desk Manger at a 90-room inn, I cut wait times by 20%.")
    #expect(Self.fixes(findings)["Manger"] == "write 'Manager'")
    let unrelated = try Self.review("I set up the manger scene in the lobby each December.")
    #expect(Self.fixes(unrelated)["manger"] == nil)
  }

  @Test func aNumberWordIsNoSlipOfTheWordThePostingPutsThere() throws {
    let job = Self.posting + "\n- Run our program for rural families\n"
    let findings = try Self.review("I drove a van that visits four rural schools.", job: job)
    #expect(Self.fixes(findings)["four"] == nil, "\(Self.fixes(findings))")
  }

  @Test func wordsOfGrantsAndCareWorkAreKnown() throws {
    let findings = try Self.review(
      "I report to funders, assist hospitalists with intubation and log each waypoint.",
      job: nil)
    #expect(Self.fixes(findings).isEmpty, "\(Self.fixes(findings))")
  }

  @Test func aMisspeltSignOffIsFlagged() throws {
    let findings = try Self.review("I cut wait times by 20%.", signOff: "Sincerly,")
    #expect(Self.fixes(findings)["Sincerly"] == "write 'Sincerely'")
    let kept = try Self.review("I cut wait times by 20%.", signOff: "Kind regards,")
    #expect(Self.fixes(kept).isEmpty)
  }

  @Test func commonTechnicalAndBritishWordsAreKnownWithoutAResume() throws {
    let findings = try Self.review(
      "I moved our sync to Kotlin coroutines and paid each supplier by cheque.", job: nil)
    #expect(Self.fixes(findings).isEmpty, "\(Self.fixes(findings))")
  }

  @Test func aNameThatLostItsCapitalIsFlagged() throws {
    let resume = """
      Jo Marsh
      jo@example.com

      EXPERIENCE
      Front Desk Lead, Harbor Light Inn, 2020 – Present
      - Checked in 120 guests a day
      """
    let findings = try Self.review(
      "One example: harbor Light Inn is where I checked in 120 guests a day.", resume: resume)
    #expect(Self.fixes(findings)["harbor"] == "write 'Harbor'")
  }

  @Test func wordsQuotedFromThePostingAreNotSelfPraise() throws {
    let quoted = try Self.review("You ask for Spanish (Spanish is a strong asset); I speak it.")
    #expect(!quoted.contains { $0.rule == "self-praise" })
    let marked = try Self.review("You call Spanish a 'strong asset', and I speak it daily.")
    #expect(!marked.contains { $0.rule == "self-praise" })
    let own = try Self.review("I would be a strong asset to your front desk team.")
    #expect(own.contains { $0.rule == "self-praise" })
  }

  @Test func aProductNamedWithItsSiblingIsMentioned() throws {
    let gap = { (body: String) in
      try Self.review(body).filter { $0.rule == "keyword-gap" }.map(\.message)
    }
    #expect(
      try gap("I moved the front desk from Opera 5 to Opera Cloud in 2024.")
        .allSatisfy { !$0.contains("Opera PMS") })
    #expect(
      try gap("I moved the front desk to a new system in 2024.")
        .contains { $0.contains("Opera PMS") })
  }

  @Test func aPastVerbAfterASemicolonLacksItsSubject() throws {
    let findings = try Self.review(
      "My coursework included 1,920 hours of training; graduated with a 3.8 GPA.")
    #expect(findings.contains { $0.rule == "sentence-fragment" && $0.excerpt == "graduated" })
  }

  @Test func aLetterWithinATenthOfTheRangeGetsOnlyASuggestion() throws {
    let sentence = "At Harbor Light Inn I checked in 120 guests a day and trained four agents. "
    // 15 words a sentence as the body counts them: 240 words is within a tenth of 250,
    // 180 is not.
    let near = try Self.review(String(repeating: sentence, count: 16))
    let short = try Self.review(String(repeating: sentence, count: 12))
    let nearLength = near.first { $0.rule == "letter-length" }
    #expect(nearLength?.severity == .suggestion)
    #expect(short.first { $0.rule == "letter-length" }?.severity == .warning)
  }

  /// A resume whose last role ended in 2023 and nothing after it: a gap of over a year.
  static let breakResume = """
    Jo Marsh
    jo@example.com

    EXPERIENCE
    Front Desk Lead, Harbor Light Inn, 2018 – 2023
    - Checked in 120 guests a day
    """

  @Test func aGapSinceTheLastRoleShowsABreakOnlyWithToday() throws {
    let body = "After a career break, I am returning to work. I checked in 120 guests a day."
    let dated = try Self.review(body, resume: Self.breakResume, today: "2026-12-04")
    #expect(!dated.contains { $0.rule == "unsupported-history" })
    let soon = try Self.review(body, resume: Self.breakResume, today: "2023-09-01")
    #expect(soon.contains { $0.rule == "unsupported-history" })
  }

  @Test func eachItemOfAHeldListJoinedByAndIsChecked() throws {
    let claims = try InventedFacts.claims(
      "I hold the Iowa Master Plumber License and NICET Level III in fire alarms.")
    #expect(claims["NICET Level III"] == .error, "\(claims)")
    let numbered = try InventedFacts.claims("I hold OSHA 30 and NICET Level III.")
    #expect(numbered["NICET Level III"] == .error, "\(numbered)")
  }
}
