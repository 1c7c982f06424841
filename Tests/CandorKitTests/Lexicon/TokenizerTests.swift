import Testing

@testable import CandorKit

@Suite struct TokenizerTests {
  @Test(arguments: [
    ("C++, C# and .NET", ["C++", ",", "C#", "and", ".NET"]),
    ("Node.js/React.", ["Node.js", "/", "React"]),
    ("R&D at AT&T", ["R&D", "at", "AT&T"]),
    ("CI/CD pipelines", ["CI", "/", "CD", "pipelines"]),
    ("team's front-end", ["team's", "front", "end"]),
  ])
  func keepsTechnologyNamesWhole(_ input: String, _ expected: [String]) {
    #expect(Tokenizer.tokens(in: input).map { String($0.text) } == expected)
  }
}
