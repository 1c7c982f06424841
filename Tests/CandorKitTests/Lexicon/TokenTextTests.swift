import Testing

@testable import CandorKit

/// Which tokens a line writes in capitals beside another all-caps word.
@Suite struct TokenTextTests {
  private func shouting(_ text: String) -> [String] {
    let tokens = TokenText(Tokenizer.tokens(in: text))
    return tokens.tokens.indices.filter(tokens.isShouting).map { String(tokens[$0].text) }
  }

  @Test func asciiCapitalsBesideCapitalsShout() {
    #expect(shouting("PYTHON, GO and Ruby") == ["PYTHON", "GO"])
    #expect(shouting("SQL with Excel") == [])
    #expect(shouting("A1 B2 C3") == [])
  }

  @Test func capitalsBeyondASCIIShoutLikeASCIIOnes() {
    #expect(shouting("ÉCOLE NORMALE, Été") == ["ÉCOLE", "NORMALE"])
    #expect(shouting("NASA AÉb") == [])
    #expect(shouting("AÉB NASA") == ["AÉB", "NASA"])
  }
}
