import Testing

@testable import CandorKit

/// `Tokenizer.foldedWords(in:)` walks ASCII text on its bytes; it must find exactly the
/// words `Tokenizer.tokens(in:)` finds, folded the same way.
@Suite struct TokenizerASCIITests {
  /// What the byte walk must agree with.
  static func expected(_ text: String) -> [String] {
    Tokenizer.tokens(in: text).filter { !$0.isPunctuation }.map(\.folded)
  }

  @Test(arguments: [
    "Built C++ and C# services in .NET and Node.js at AT&T's R&D lab",
    "Mail jane@example.com or see https://example.com/jobs, www.example.org and WWW.X.io",
    "attention to detailsZendesk experience; teamPlayer and fooBar",
    "Bachelor's degree (BS/MS) in CS | 5+ years • Go, Rust",
    "rock'n'roll isn't 'quoted' o' ' tail's",
    "a.b. .5 ..NET x.NET C++x C#1 c+ +c # . & && a&b a&",
    "ends with address http:",
    "",
  ])
  func findsTheWordsTheTokenizerFinds(_ text: String) {
    #expect(Tokenizer.foldedWords(in: text) == Self.expected(text))
  }

  @Test func foldsCapitalsAndDropsApostrophes() {
    #expect(Tokenizer.foldedWords(in: "Master's in AWS") == ["masters", "in", "aws"])
  }

  @Test func textBeyondASCIIGivesTheTokenizersWords() {
    let text = "Café Zürich — Master’s in naïve Bayes"
    #expect(Tokenizer.foldedWords(in: text) == Self.expected(text))
    #expect(Tokenizer.foldedWords(in: text).contains("masters"))
  }

  /// Thousands of strings made of the characters the rules turn on, from a fixed seed.
  @Test func agreesOnGeneratedText() {
    let pieces = [
      "a", "Z", "q", "7", "0", ".", "&", "'", "+", "#", "@", ":", "/", " ", "\n", ",", "w",
      "W", "www.", "://", "-", "(", ")", "js", "NET", "detail", "Zend", "ab", "Cd",
    ]
    let texts = GeneratedText.strings(from: pieces, seed: 0x9E37_79B9_7F4A_7C15)
    let mismatches = texts.filter { Tokenizer.foldedWords(in: $0) != Self.expected($0) }
    #expect(mismatches.isEmpty, "differ on: \(mismatches.prefix(5))")
  }
}
