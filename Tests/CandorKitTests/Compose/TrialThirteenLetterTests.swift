import Testing

@testable import CandorKit

/// Letter faults the thirteenth trial found (issue #3): a return opener that said a renewed
/// licence was "completed" "since then", with its bracketed note pasted in.
@Suite struct TrialThirteenLetterTests {
  @Test(arguments: LetterOptions.Tone.allCases)
  func aReturnOpenerSaysARenewedLicenceWasRenewedDuringTheBreak(_ tone: LetterOptions.Tone)
    throws
  {
    let letter = try WriteCase.letter(
      in: "write-trial13", posting: "ems-posting.md", resume: "ems-resume.txt",
      options: LetterOptions(tone: tone, opener: .return))
    let opening = letter.paragraphs.first { $0.role == .opening }?.text ?? ""
    #expect(opening.contains("During my break I renewed my Nebraska Paramedic License."))
    #expect(!letter.text.contains("Since then"))
    #expect(!opening.contains("(current"))
  }
}
