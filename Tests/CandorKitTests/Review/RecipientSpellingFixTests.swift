import Testing

@testable import CandorKit

/// The fix for a misspelt contact writes the posting's own spelling: a hyphenated surname
/// stays one capitalised word (trial21 P1-15: "correct … to 'okonkwo baptiste'").
@Suite struct RecipientSpellingFixTests {
  static func messages(_ greeting: String) -> [String] {
    var job = TrialFiveReviewTests.job
    job.recipient = Contact(name: "Ilona Vasquez-Whitlock", role: "managing attorney")
    job.lines = [TextLine("Attn: Ms. Ilona Vasquez-Whitlock, Managing Attorney", line: 3)]
    let text = "\(greeting)\n\nI managed holds for 300 patrons.\n"
    return TrialFiveReviewTests.review(text, job: job).findings
      .filter { $0.rule == "wrong-recipient" }.map(\.message)
  }

  @Test func aMisspeltHyphenatedSurnameIsFixedToThePostingsSpelling() {
    #expect(
      Self.messages("Dear Ms. Vasquez-Whitlok,") == [
        "correct 'Vasquez-Whitlok' to 'Vasquez-Whitlock', the posting's spelling"
      ])
  }

  @Test func theRightHyphenatedSurnameIsNoFinding() {
    #expect(Self.messages("Dear Ms. Vasquez-Whitlock,").isEmpty)
  }
}
