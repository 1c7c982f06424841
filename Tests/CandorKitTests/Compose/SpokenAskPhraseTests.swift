import Testing

@testable import CandorKit

/// Languages asked for are spoken, not a matter of experience.
@Suite struct SpokenAskPhraseTests {
  @Test func aLanguageAskReadsAsSpoken() {
    #expect(
      SlotValues.coveredPhrase(["Bilingual", "English", "Spanish"])
        == "bilingual English and Spanish")
    #expect(SlotValues.coveredPhrase(["French"]) == "fluency in French")
    #expect(SlotValues.coveredPhrase(["Bilingual"]) == "bilingual skills")
    #expect(SlotValues.coveredPhrase(["Epic", "French"]) == "experience with Epic and French")
  }
}
