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

  @Test(arguments: [
    ("Architecte applicatif / Chef de projet", 5), ("CLEVER INSTITUTE - Human Coders", 4),
    ("I'm here — at 40%.", 4), ("/ - —", 0), ("C++ and C#", 3),
  ])
  func readerCountLeavesOutLonePunctuation(text: String, expected: Int) {
    #expect(WordCount.words(text) == expected)
  }

  /// The composer measures a letter's length as the reviewer does, so a letter it stops at
  /// 250 words is not 249 to the length rule.
  @Test func composerAndReviewerCountTheSameWords() {
    let text = "I worked as Architecte applicatif / Chef de projet at Wedia - Paris, and I'm here."
    let reviewed = LetterText("Dear team,\n\n\(text)\n\nBest,\nKarim\n").bodyWordCount
    #expect(WordCount.words(text) == reviewed)
    #expect(reviewed == 14)
  }

  /// A word joined by a hyphen or a slash ("HEC-RAS", "24/7", "well-run") is one word to the
  /// reader, to `candor write`'s JSON `wordCount` and to the review.
  @Test func joinedWordsCountOnceInTheReview() {
    let text = "I built HEC-RAS models for a well-run 24/7 crew at Quillmark Civil."
    let reviewed = LetterText("Dear team,\n\n\(text)\n\nBest,\nIona\n")
    #expect(reviewed.bodyWordCount == 12)
    #expect(reviewed.body.first?.sentences.first?.wordCount == 12)
    #expect(WordCount.words(text) == reviewed.bodyWordCount)
  }
}
