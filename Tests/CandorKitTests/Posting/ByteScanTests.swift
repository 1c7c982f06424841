import Testing

@testable import CandorKit

/// The byte-level scans that stand in for character walks and regular expressions give the
/// same answers as the slower forms, including on text they must hand back to them.
@Suite struct ByteScanTests {
  @Test func splitsSentencesWithCombiningAccentsLikePrecomposedOnes() {
    let decomposed = "Nous sommes a\u{300} Paris. E\u{301}te\u{301} 2024 commence."
    let precomposed = "Nous sommes à Paris. Été 2024 commence."
    #expect(PostingSentences.split(decomposed).count == 2)
    #expect(PostingSentences.split(precomposed) == ["Nous sommes à Paris.", "Été 2024 commence."])
    #expect(
      PostingSentences.split("Ideal: Dr. Ávila. Ñandú Labs, Inc. hires.") == [
        "Ideal: Dr. Ávila.", "Ñandú Labs, Inc. hires.",
      ])
  }

  @Test(arguments: [
    "We are HIRING: Ingénieur·e, café-bar & naïve tests", "Straße İstanbul \u{212A}elvin",
    "e\u{301}te\u{301} x\u{D4E}.y", "plain ascii words, only",
  ])
  func letterWordsAreTheLowercasedSplitOfTheText(_ text: String) {
    var words: [String] = []
    LetterWords.forEach(in: text) { words.append($0) }
    let expected = text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
    #expect(words == expected)
  }

  @Test func skipsOnlyPlainWordsLongerThanTheLimit() {
    var words: [String] = []
    LetterWords.forEach(in: "The internationalization of más pequeñísimos", longestPlain: 3) {
      words.append($0)
    }
    #expect(words == ["the", "of", "más", "pequeñísimos"])
  }

  @Test(arguments: ["", "abc", "e\u{301}e\u{301}e\u{301}", "🇫🇷🇫🇷x", "ab\r\ncd", "ééé"])
  func limitsCharactersAsCountDoes(_ text: String) {
    for limit in 0...8 {
      #expect(text.hasAtMostCharacters(limit) == (text.count <= limit), "\(limit)")
    }
  }

  @Test func findsWholeWordsIgnoringCaseAsSpelled() {
    let search = WholeWordSearch("Acme builds; ACME ships. Acme's team, Acmeworks and acme_x.")
    #expect(search.occurrences(of: "acme") == ["Acme", "ACME", "Acme"])
    #expect(search.occurrences(of: "Acmé") == nil)
  }

  @Test func leavesTextWithCaseFoldingLettersToTheExpression() {
    #expect(WholeWordSearch("Acme and \u{212A}iwi").occurrences(of: "Acme") == nil)
    #expect(WholeWordSearch("Straße und Acme").occurrences(of: "Acme") == nil)
    #expect(WholeWordSearch("Café Acme").occurrences(of: "Acme") == ["Acme"])
  }

  @Test func signsOfGluedTextNeedTheirJoins() {
    let glued = RunTogetherSigns("Great attention to detailsZendesk experience. SQLThe best")
    #expect(glued.gluedWord && glued.lowerBeforeCapital && glued.starterAfterLetter)
    let names = RunTogetherSigns("We use JavaScript, GitHub and PostgreSQL every day")
    #expect(!names.gluedWord && !names.starterAfterLetter && !names.stopBeforeCapital)
    #expect(RunTogetherSigns("Austin:Remote   hybrid").stopBeforeCapital)
    #expect(RunTogetherSigns("Austin:Remote   hybrid").hasSpaceRun)
  }

  @Test func findsTheFrontMatterKeysLineOnlyAtALineStart() {
    let text = "---\r\nnot: a line\nTitle: Engineer\ncompany: Acme\n---\nBody title: no"
    #expect(PostingLoader.lineOfKey("title", in: text) == 2)
    #expect(PostingLoader.lineOfKey("company", in: text) == 3)
    #expect(PostingLoader.lineOfKey("salary", in: text) == nil)
  }

  /// `wordCount` reads a native string's bytes in place and copies any other; both count
  /// the runs between ASCII spaces, tabs and line breaks.
  @Test func countsWordsAsTheSplitAtASCIISpaces() {
    let pieces = ["word", " ", "\t", "\r\n", "\n", "é", "e\u{301}", "—", "  ", "x", "\u{A0}"]
    let spaces: Set<Unicode.Scalar> = [" ", "\t", "\n", "\r"]
    for text in GeneratedText.strings(from: pieces, seed: 5, count: 2000) {
      let expected = text.unicodeScalars.split(whereSeparator: spaces.contains).count
      #expect(text.wordCount == expected, "\(text.debugDescription)")
    }
  }
}
