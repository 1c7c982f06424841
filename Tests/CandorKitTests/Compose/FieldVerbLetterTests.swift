import Foundation
import Testing

@testable import CandorKit

/// A pharmacy pair (Tests/Fixtures/write-pharmacy) whose best statement opens with a field
/// verb ("Fill 260 prescriptions … in ScriptWell") and whose posting lists a duty the
/// resume already shows done ("Process insurance claims").
@Suite struct FieldVerbLetterTests {
  static func letter(_ tone: LetterOptions.Tone) throws -> Letter {
    try WriteCase.letter(
      in: "write-pharmacy", posting: "posting.txt", resume: "resume.txt",
      options: LetterOptions(tone: tone))
  }

  @Test(arguments: LetterOptions.Tone.allCases)
  func theStatementNamingTheRequiredSystemIsQuoted(_ tone: LetterOptions.Tone) throws {
    let letter = try Self.letter(tone)
    #expect(letter.text.contains("260 prescriptions per shift in ScriptWell"), "\(letter.text)")
    #expect(!letter.text.contains("closest my resume comes"), "\(letter.text)")
  }

  @Test(arguments: LetterOptions.Tone.allCases)
  func aDutyTheLetterShowedDoneIsNotOfferedAgain(_ tone: LetterOptions.Tone) throws {
    let letter = try Self.letter(tone)
    #expect(letter.text.contains("90 claims to 15"), "\(letter.text)")
    let offers = letter.paragraphs.flatMap(\.sentences).filter {
      $0.sources.contains { $0.kind == .posting } && $0.text.contains("take on")
    }
    #expect(!offers.isEmpty)
    #expect(!offers.contains { $0.text.contains("claims") })
  }

  @Test func aDutyIsShownDoneWhenTheLetterQuotesMostOfItsObject() {
    let said = ["I cut the insurance claims queue from 90 to 15.", "I fill 260 prescriptions."]
      .map(ShownWork.stems)
    #expect(LetterComposer.isShownDone("processing insurance claims", byStems: said))
    #expect(!LetterComposer.isShownDone("labeling controlled substances", byStems: said))
    #expect(LetterComposer.dutyObject("filling and labeling prescriptions") == "prescriptions")
    #expect(LetterComposer.dutyObject("the will-call shelves") == "the will-call shelves")
  }
}
