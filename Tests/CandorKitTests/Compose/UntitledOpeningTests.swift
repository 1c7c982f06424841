import Testing

@testable import CandorKit

/// Openings for a posting that states no title (nineteenth trial, issue #2), on invented inputs
/// (Tests/Fixtures/write-trial19).
@Suite struct UntitledOpeningTests {
  /// A posting that states no title still gets an opening that names the company and leads
  /// on evidence, never the bare "I am applying for this position."
  @Test(arguments: LetterOptions.Tone.allCases)
  func anUntitledPostingsOpeningNamesTheCompany(_ tone: LetterOptions.Tone) throws {
    let letter = try WriteCase.letter(
      in: "write-trial19", posting: "untitled-posting.txt", resume: "scheduler-resume.md",
      options: LetterOptions(tone: tone))
    let opening = try #require(letter.paragraphs.first { $0.role == .opening })
    let text = opening.text
    let noun = tone == .formal ? "position" : "role"
    #expect(text.contains("the open \(noun) at Pellworth Mills"), "\(tone)")
    #expect(text.contains("3 packaging lines"), "\(tone)")
    #expect(!text.hasPrefix("I am applying for this"), "\(tone)")
  }

  @Test func untitledPatternsNameTheOpenPositionOnlyBeforeTheCompany() {
    #expect(
      PhraseBank.untitled([
        "I am applying for the {role} position at {company}. {lead}",
        "I'm applying for the {role} role.",
        "{lead} I will bring that record to {company} as your next {role}.",
      ]) == [
        "I am applying for the open position at {company}. {lead}",
        "I'm applying for the {role} role.",
        "{lead} I will bring that record to {company} as your next {role}.",
      ])
  }
}
