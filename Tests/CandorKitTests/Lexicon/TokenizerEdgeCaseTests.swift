import Testing

@testable import CandorKit

/// The tokenizer's output on inputs that mix technology names, addresses and punctuation,
/// which its byte-level shortcuts (web-address pre-check, ASCII word test) must not change.
@Suite struct TokenizerEdgeCaseTests {
  @Test(arguments: [
    ("Ship C++ and C# to .NET.", ["Ship", "C++", "and", "C#", "to", ".NET"]),
    ("Node.js, Vue.js and k8s.", ["Node.js", ",", "Vue.js", "and", "k8s"]),
    (
      "front-end/back-end on Kubernetes (k8s)...",
      ["front", "end", "/", "back", "end", "on", "Kubernetes", "(", "k8s", ")"]
    ),
    ("e.g. B.Sc. in CS; dots...", ["e.g", "B.Sc", "in", "CS", ";", "dots"]),
    ("Résumé of Zoë Müller: Straße", ["Résumé", "of", "Zoë", "Müller", ":", "Straße"]),
    ("cafe\u{301} au lait", ["cafe\u{301}", "au", "lait"]),
  ])
  func keepsNamesAndAccentedWordsWhole(_ input: String, _ expected: [String]) {
    #expect(Tokenizer.tokens(in: input).map { String($0.text) } == expected)
  }

  @Test(arguments: [
    (
      "Visit WWW.Example.org or http://x.io/a, then mail hr@acme.io.",
      ["Visit", "or", "then", "mail"]
    ),
    ("wwwx.com and ww.foo and awww.bar", ["wwwx.com", "and", "ww.foo", "and"]),
    ("ftp://files.example.com/go.tar: done", ["done"]),
  ])
  func skipsOnlyRealAddresses(_ input: String, _ expected: [String]) {
    #expect(Tokenizer.tokens(in: input).map { String($0.text) } == expected)
  }
}
