import Foundation
import Testing

@testable import CandorKit

/// A career changer with one credential line and one job at three workplaces
/// (Tests/Fixtures/write-career): the opening names the job, so the letter never tells it
/// twice, and every tone draws on the same facts.
@Suite struct CareerChangeLetterTests {
  static func letter(_ tone: LetterOptions.Tone) throws -> Letter {
    try WriteCase.letter(
      in: "write-career", posting: "posting.md", resume: "resume.txt",
      options: LetterOptions(tone: tone, opener: .careerChange))
  }

  @Test(arguments: LetterOptions.Tone.allCases)
  func aJobTheOpeningNamesIsNotToldAgainInTheBody(_ tone: LetterOptions.Tone) throws {
    let text = try Self.letter(tone).text
    #expect(text.contains("barista at Kettle House, Bean Street Cafe, Alder hotel"))
    #expect(text.components(separatedBy: "Kettle House").count == 2, "\(text)")
  }

  /// The opening goes from the old job straight to the evidence: no sentence that only
  /// announces it ("Here's what carries over."), which the reviewer's filler-sentence rule
  /// would flag.
  @Test(arguments: LetterOptions.Tone.allCases)
  func theOpeningHasNoFillerSentence(_ tone: LetterOptions.Tone) throws {
    let letter = try Self.letter(tone)
    #expect(!letter.text.contains("carries over"))
    #expect(!letter.text.contains("carry over"))
    let review = LetterReviewer().review(text: letter.text)
    #expect(!review.findings.contains { $0.rule == "filler-sentence" })
    #expect(
      LetterReviewer().review(text: "Dear Ana,\n\nHere's what carries over. I ran 40 labs.\n")
        .findings.contains { $0.rule == "filler-sentence" })
  }

  /// Tones differ in wording, not in which true facts they include: the resume statements,
  /// fields and posting lines each letter cites are the same set in every tone.
  @Test func everyToneCitesTheSameFacts() throws {
    func facts(_ tone: LetterOptions.Tone) throws -> Set<SourceRef> {
      Set(try Self.letter(tone).paragraphs.flatMap(\.sentences).flatMap(\.sources))
    }
    let formal = try facts(.formal)
    #expect(formal.contains(.resume("education[0]")))
    #expect(try facts(.conversational) == formal)
    #expect(try facts(.confident) == formal)
  }

  /// Short of its target, the letter says the posting's second company detail after the
  /// first, in the company's own figures.
  @Test(arguments: LetterOptions.Tone.allCases)
  func aShortLetterSaysThePostingsSecondCompanyDetail(_ tone: LetterOptions.Tone) throws {
    let text = try Self.letter(tone).text
    #expect(text.contains("mission is to make shared office space simple to book"))
    #expect(text.contains("Tidewell serves 1,200 members across 14 buildings"), "\(text)")
  }
}
