import Testing

@testable import CandorKit

/// `Tokenizer.foldedWords(in:)` and `Tokenizer.tokens(in:)` walk ASCII text on its bytes;
/// they must find exactly the tokens the scalar walk finds, folded the same way.
@Suite struct TokenizerASCIITests {
  /// What the byte walk must agree with.
  static func expected(_ text: String) -> [String] {
    Tokenizer.scalarTokens(in: text).filter { !$0.isPunctuation }.map(\.folded)
  }

  /// Each token's text, kind, folded spelling and UTF-8 offsets, for comparing two walks.
  static func described(_ tokens: [Token], in text: String) -> [String] {
    tokens.map { token in
      let start = text.utf8.distance(from: text.startIndex, to: token.range.lowerBound)
      let end = text.utf8.distance(from: text.startIndex, to: token.range.upperBound)
      return "\(token.text)|\(token.isPunctuation)|\(token.folded)|\(start)..<\(end)"
    }
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
    #expect(
      Self.described(Tokenizer.tokens(in: text), in: text)
        == Self.described(Tokenizer.scalarTokens(in: text), in: text))
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

  @Test func tokensAgreeWithTheScalarWalkOnGeneratedText() {
    let pieces = [
      "a", "Z", "7", ".", "&", "'", "+", "#", "@", ":", "/", " ", "\n", "\r", ",", "(", ")",
      ";", "|", "www.", "://", "-", "js", "NET", "detail", "Zend", "Cd", "\t",
    ]
    let texts = GeneratedText.strings(from: pieces, seed: 0x2545_F491_4F6C_DD1D)
    let mismatches = texts.filter { text in
      Self.described(Tokenizer.tokens(in: text), in: text)
        != Self.described(Tokenizer.scalarTokens(in: text), in: text)
    }
    #expect(mismatches.isEmpty, "differ on: \(mismatches.prefix(5))")
  }

  @Test func foldsSubstringsLowercasedWithoutApostrophes() {
    let text = "O'Brien’s MASTER's naïve Déjà it's plain C++"
    for word in text.split(separator: " ") {
      #expect(Tokenizer.fold(word) == word.lowercased().filter { $0 != "'" && $0 != "’" })
      #expect(Tokenizer.fold(word) == Tokenizer.fold(String(word)))
    }
    #expect(Tokenizer.fold("O'Brien"[...]) == "obrien")
    #expect(Tokenizer.fold("MASTER’s"[...]) == "masters")
  }
}
