import Testing

@testable import CandorKit

/// The stems a sentence is compared on are those of its lowercased character split, whether
/// its words are read as bytes or as characters.
@Suite struct ShownWorkTests {
  /// The character walk the byte reading replaced: the words of four letters or more.
  private func longWords(_ text: String) -> [String] {
    text.lowercased().split(whereSeparator: { !$0.isLetter }).filter { $0.count >= 4 }
      .map(String.init)
  }

  @Test func stemsTheWordsOfTheCharacterSplit() {
    var generator = SystemRandomNumberGenerator()
    let pieces = [
      "Claim", "s", "ing", " ", ",", "-", "a", "b2", "\r\n", "x", "day's", ".", "é", "’", "ﬁ",
    ]
    for _ in 0..<2_000 {
      let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in
        pieces.randomElement(using: &generator)!
      }.joined()
      let expected = Set(longWords(text).map { ShownWork.stems($0) }.flatMap { $0 })
      #expect(ShownWork.stems(text) == expected, "\(text)")
    }
  }

  @Test func stemsAnAccentedSentenceAsAPlainOne() {
    #expect(
      ShownWork.stems("Processed café’s naïve claims daily") == [
        "process", "café", "naïv", "claim",
      ])
  }
}
