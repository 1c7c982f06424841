import Testing

@testable import CandorKit

@Suite struct WordCountTests {
  @Test(arguments: [
    ("", 0), ("one", 1), ("  two  words ", 2), ("tab\tand\nnewline", 3),
    ("no\u{00A0}break space", 3), ("I'm here.", 2),
  ])
  func whitespaceCountMatchesSplittingOnWhitespace(text: String, expected: Int) {
    #expect(WordCount.of(text) == expected)
    #expect(WordCount.of(text) == text.split(whereSeparator: \.isWhitespace).count)
  }

  @Test(arguments: ["", "one", "  two  words ", "tab\tkept as one", "café au lait"])
  func spacedCountMatchesSplittingOnSpaces(text: String) {
    #expect(WordCount.spaced(text) == text.split(separator: " ").count)
  }
}
