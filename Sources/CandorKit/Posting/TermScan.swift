/// The lexicon terms and the discovered terms of a posting's lines, each found once per
/// posting: the requirement extractor and the skill collector ask about the same lines.
final class TermScan {
  let lexicon: Lexicon
  private var matchesByText: [String: [TermMatch]] = [:]
  private var discoveredByText: [String: [String]] = [:]

  init(lexicon: Lexicon) {
    self.lexicon = lexicon
  }

  /// ``Lexicon/matches(in:)`` for `text`.
  func matches(in text: String) -> [TermMatch] {
    if let known = matchesByText[text] { return known }
    let found = lexicon.matches(in: text)
    matchesByText[text] = found
    return found
  }

  /// Every line's matches found so far and the lines by section, to hand on with the
  /// posting.
  func reading(of sections: [SectionedLine]) -> PostingReading {
    PostingReading(lexicon: lexicon, matchesByText: matchesByText, sections: sections)
  }

  /// ``TermDiscovery/terms(in:lexicon:)`` for `text`.
  func discovered(in text: String) -> [String] {
    if let known = discoveredByText[text] { return known }
    let found = TermDiscovery.terms(in: text, lexicon: lexicon, matches: matches(in:))
    discoveredByText[text] = found
    return found
  }
}
