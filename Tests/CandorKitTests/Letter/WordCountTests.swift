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

  @Test func firstRangeFindsTheFirstOccurrenceAfterMultibyteText() {
    let text = "Résumé — skills; more; rest"
    let range = text.firstRange(of: "; ")
    #expect(range.map { String(text[..<$0.lowerBound]) } == "Résumé — skills")
    #expect(range.map { String(text[$0.upperBound...]) } == "more; rest")
  }

  @Test func firstRangeIsNilForAbsentOrEmptyNeedles() {
    #expect("abc".firstRange(of: "abcd") == nil)
    #expect("abc".firstRange(of: "x") == nil)
    #expect("abc".firstRange(of: "") == nil)
    #expect("a – b".firstRange(of: " – ") != nil)
  }

  @Test func firstRangeWorksOnSubstrings() {
    let text = "keep: this, cut, here"
    let tail = text.dropFirst(6)
    let range = tail.firstRange(of: ", ")
    #expect(range.map { String(tail[..<$0.lowerBound]) } == "this")
  }
}
