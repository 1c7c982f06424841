import Testing

@testable import CandorKit

/// Faults the sixth new-user trial of 2026-12-05 found in `review`: a greeting that
/// addresses the posting's contact by a title of address ("Dear Principal Delacroix-Bell,")
/// was a wrong-recipient error that capped a good letter at 59.
@Suite struct TrialSixReviewTests {
  static func recipientFindings(_ greeting: String, lines: [String]) -> [Finding] {
    var job = TrialFiveReviewTests.job
    job.lines = lines.enumerated().map { TextLine($1, line: $0 + 1) }
    let text = "\(greeting)\n\nI managed holds for 300 patrons.\n"
    return TrialFiveReviewTests.review(text, job: job).findings
      .filter { $0.rule == "wrong-recipient" }
  }

  @Test func aTitleThePostingWritesBeforeTheContactGreetsThem() {
    let lines = ["Send your letter to Principal Odile Marchetti by May 1."]
    #expect(Self.recipientFindings("Dear Principal Marchetti,", lines: lines).isEmpty)
    #expect(Self.recipientFindings("Dear Principal Odile Marchetti,", lines: lines).isEmpty)
  }

  @Test func aCommonTitleOfAddressGreetsTheContact() {
    let lines = ["Send your letter to Odile Marchetti."]
    #expect(Self.recipientFindings("Dear Director Marchetti,", lines: lines).isEmpty)
    #expect(Self.recipientFindings("Dear Coach Marchetti,", lines: lines).isEmpty)
  }

  @Test func aTitleBeforeAnotherPersonsNameIsStillTheWrongRecipient() {
    let lines = ["Send your letter to Principal Odile Marchetti by May 1."]
    let findings = Self.recipientFindings("Dear Principal Smith,", lines: lines)
    #expect(findings.map(\.excerpt) == ["Smith"])
  }
}
