/// The lexicon terms and the discovered terms of a posting's lines, each found once per
/// posting: the requirement extractor and the skill collector ask about the same lines,
/// and term discovery reuses the tokens the lexicon scan made.
final class TermScan {
  let lexicon: Lexicon
  private var scansByText: [String: (tokens: TokenText, matches: [TermMatch])] = [:]
  private var discoveredByText: [String: [String]] = [:]

  init(lexicon: Lexicon) {
    self.lexicon = lexicon
  }

  /// ``Lexicon/matches(in:)`` for `text`.
  func matches(in text: String) -> [TermMatch] {
    scan(text).matches
  }

  /// Every line's matches found so far and the lines by section, to hand on with the
  /// posting.
  func reading(of sections: [SectionedLine]) -> PostingReading {
    PostingReading(
      lexicon: lexicon, matchesByText: scansByText.mapValues(\.matches), sections: sections)
  }

  /// ``TermDiscovery/terms(in:lexicon:)`` for `text`.
  func discovered(in text: String) -> [String] {
    if let known = discoveredByText[text] { return known }
    let found = TermDiscovery.terms(in: text, lexicon: lexicon) { line in scan(line) }
    discoveredByText[text] = found
    return found
  }

  /// The tokens of `text` and the lexicon terms among them, made once per text.
  private func scan(_ text: String) -> (tokens: TokenText, matches: [TermMatch]) {
    if let known = scansByText[text] { return known }
    let tokens = TokenText(Tokenizer.tokens(in: text))
    let found = (tokens: tokens, matches: lexicon.matches(in: text, tokens: tokens))
    scansByText[text] = found
    return found
  }
}
