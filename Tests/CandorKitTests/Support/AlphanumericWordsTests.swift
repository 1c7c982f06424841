import Testing

@testable import CandorKit

/// The byte walk for ASCII text gives the words the character split gives.
@Suite struct AlphanumericWordsTests {
  @Test func asciiWordsAreRunsOfLettersAndDigits() {
    #expect(
      AlphanumericWords.of("CLAD / English-learner, 3rd shift (PM)")
        == ["CLAD", "English", "learner", "3rd", "shift", "PM"])
    #expect(AlphanumericWords.of("  ..  ").isEmpty)
  }

  @Test func byteWalkAgreesWithTheCharacterSplit() {
    let pieces = [
      "Vendor", " ", "payment", "-", "runs", ".", "\r\n", "CPR", "/", "24", "ab9",
      "café", "Ünïcode", "e\u{301}", "½", "٣", "_", "'", "\t", "OSHA", "x",
    ]
    for text in GeneratedText.strings(from: pieces, seed: 11) {
      let characters = text.split { !$0.isLetter && !$0.isNumber }.map(String.init)
      #expect(AlphanumericWords.of(text) == characters)
    }
  }
}
