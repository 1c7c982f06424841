import Testing

@testable import CandorKit

@Suite struct TokenizerTests {
  @Test(arguments: [
    ("C++, C# and .NET", ["C++", ",", "C#", "and", ".NET"]),
    ("Node.js/React.", ["Node.js", "/", "React"]),
    ("R&D at AT&T", ["R&D", "at", "AT&T"]),
    ("CI/CD pipelines", ["CI", "/", "CD", "pipelines"]),
    ("team's front-end", ["team's", "front", "end"]),
    ("Master’s · B.S.", ["Master’s", "·", "B.S"]),
    ("Go\nRust", ["Go", "\n", "Rust"]),
    ("café naïve", ["café", "naïve"]),
    ("detailsZendesk experience", ["details", "Zendesk", "experience"]),
    (
      "JavaScript, iPhone, PyATS, macOS", ["JavaScript", ",", "iPhone", ",", "PyATS", ",", "macOS"]
    ),
  ])
  func keepsTechnologyNamesWhole(_ input: String, _ expected: [String]) {
    #expect(Tokenizer.tokens(in: input).map { String($0.text) } == expected)
  }

  @Test(arguments: [
    ("see https://example.com/python-jobs now", ["see", "now"]),
    ("mail jane.doe@example.com today", ["mail", "today"]),
    ("visit www.example.com/golang", ["visit"]),
  ])
  func skipsWebAndMailAddresses(_ input: String, _ expected: [String]) {
    #expect(Tokenizer.tokens(in: input).map { String($0.text) } == expected)
  }

  @Test func foldsCaseAndApostrophes() {
    let folded = Tokenizer.tokens(in: "Bachelor’s Bachelor's BACHELORS").map(\.folded)
    #expect(folded == ["bachelors", "bachelors", "bachelors"])
  }

  @Test func tokensPointIntoTheSourceText() {
    let text = "Use e-commerce."
    let tokens = Tokenizer.tokens(in: text)
    #expect(tokens.map { String(text[$0.range]) } == ["Use", "e", "commerce"])
    #expect(Tokenizer.gap(tokens[1], tokens[2]) == "-")
  }

  @Test func plainSpellingWordsAgreeWithTheFullTokenizerOnEveryLexiconSpelling() {
    var plain = 0
    for spelling in Lexicon.standard.entries.flatMap(\.spellings) {
      guard let (words, folded) = SpellingWords.plain(spelling) else { continue }
      plain += 1
      let tokens = Tokenizer.tokens(in: spelling)
      #expect(words == tokens.map { String($0.text) }, "\(spelling)")
      #expect(folded == tokens.map(\.folded), "\(spelling)")
    }
    #expect(plain > 3_000)
  }

  @Test func plainSpellingWordsDeclineTextTheFullTokenizerTreatsSpecially() {
    for text in ["C++", "Node.js", "R&D", "detailsZendesk", "Café", "a, b", " ", "x-", "a--b"] {
      #expect(SpellingWords.plain(text) == nil, "\(text)")
    }
    #expect(SpellingWords.plain("Java  EE 8")?.words == ["Java", "EE", "8"])
    #expect(SpellingWords.plain("Java  EE 8")?.folded == ["java", "ee", "8"])
    #expect(SpellingWords.plain("Front-End")?.words == ["Front", "End"])
  }
}
