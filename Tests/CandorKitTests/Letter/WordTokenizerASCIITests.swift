import Testing

@testable import CandorKit

/// `WordTokenizer` reads ASCII text on its bytes; it must give the words, keys, capitals
/// and ranges the scalar walk gives.
@Suite struct WordTokenizerASCIITests {
  static func expectSame(_ text: String, _ range: Range<String.Index>? = nil) {
    let range = range ?? text.startIndex..<text.endIndex
    let bytes = WordTokenizer.asciiWords(in: text, range: range)
    #expect(bytes == WordTokenizer.scalarWords(in: text, range: range), "\(text)")
  }

  @Test(arguments: [
    "I'm sure we can't, won't and shouldn't: let's see what's there.",
    "Built C++ and C# tools in .NET, Node.js and R&D at O'Brien's firm.",
    "Self-starter... a.b .5 ..NET x.NET C++x c+ +c # & && a&b a& rock'n'roll 'quoted'",
    "",
  ])
  func givesTheScalarWalksWords(_ text: String) {
    Self.expectSame(text)
  }

  @Test func readsOnlyTheRangeAsked() throws {
    let text = "At Acme, I led the team. Then I shipped Node.js services."
    let start = try #require(text.firstIndex(of: "T"))
    let end = text.index(start, offsetBy: 20)
    Self.expectSame(text, start..<end)
    let words = WordTokenizer.words(in: text, range: start..<end).map(\.key)
    #expect(words == ["then", "i", "shipped", "node"])
  }

  @Test func textBeyondASCIIIsLeftToTheScalarWalk() {
    let text = "I’m at Café Zürich"
    #expect(WordTokenizer.asciiWords(in: text, range: text.startIndex..<text.endIndex) == nil)
    #expect(WordTokenizer.words(in: text).map(\.key) == ["i", "am", "at", "café", "zürich"])
  }

  /// Thousands of strings made of the characters the rules turn on, from a fixed seed.
  @Test func agreesOnGeneratedText() {
    let pieces = [
      "a", "Z", "q", "7", ".", "&", "'", "+", "#", " ", "\n", ",", "-", "js", "NET", "m",
      "I", "n't", "s", "re", "can", "Let", "it",
    ]
    let texts = GeneratedText.strings(from: pieces, seed: 0x2545_F491_4F6C_DD1D)
    let mismatches = texts.filter { text in
      let range = text.startIndex..<text.endIndex
      return WordTokenizer.asciiWords(in: text, range: range)
        != WordTokenizer.scalarWords(in: text, range: range)
    }
    #expect(mismatches.isEmpty, "differ on: \(mismatches.prefix(5))")
  }
}
