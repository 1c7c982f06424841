import CandorSpelling
import Testing

@testable import CandorKit

/// Words of a field that a general dictionary lacks, built from its words ("cutover",
/// "psychoeducation"), are not misspellings; run-together phrases and real typos still are
/// (seventeenth new-user trial).
@Suite struct FieldCompoundSpellingTests {
  static func flagged(_ body: String) -> [Finding] {
    let letter = "Dear Ms. Tran,\n\n\(body)\n\nSincerely,\nSam Okafor\n"
    return LetterReviewer(spellChecker: HunspellChecker.englishUS).review(text: letter)
      .findings.filter { $0.rule == "spelling" }
  }

  @Test func compoundsAndPrefixedFieldWordsPass() {
    let found = Self.flagged(
      "I planned the cutover, drew bioswales, wrote biopsychosocial assessments and led "
        + "psychoeducation groups.")
    #expect(found.map(\.excerpt) == [])
  }

  @Test func runTogetherPhrasesAndTyposAreStillFlagged() {
    let found = Self.flagged(
      "I am writting to you eventhough everytime my enviroment changed.")
    #expect(found.map(\.excerpt) == ["writting", "eventhough", "everytime", "enviroment"])
  }

  @Test func aLeftOutLetterIsSuggestedBeforeAWrongOne() {
    #expect(SpellingFixes.ranked(["leaner", "learner"], for: "lerner") == ["learner", "leaner"])
    let found = Self.flagged("I am a quick lerner.")
    #expect(found.first?.suggestion == "write 'learner'")
  }

  @Test func aFixFarFromTheTypedWordIsNotOffered() {
    let found = Self.flagged("I wrote helper funtctions for the billing team.")
    #expect(found.map(\.excerpt) == ["funtctions"])
    #expect(found.first?.suggestion == "correct the spelling")
    #expect(SpellingFixes.cost("funtctions", "fictions") > 2)
  }
}
