/// The lexicon terms and the discovered terms of a posting's lines, each found once per
/// posting: the requirement extractor and the skill collector ask about the same lines,
/// and term discovery reuses the tokens the lexicon scan made.
final class TermScan {
  let lexicon: Lexicon
  /// The whole posting, whose sense a homograph its own line leaves open takes.
  private let document: DocumentSense?
  /// The posting's company, whose name's words are no skills (``NamedTerms``).
  private let company: String?
  private var scansByText: [String: Scan] = [:]
  private var discoveredByText: [String: [String]] = [:]

  /// One text's tokens, its lexicon terms, and those terms less the words of names.
  private struct Scan {
    var tokens: TokenText
    var matches: [TermMatch]
    var kept: [TermMatch]
  }

  init(lexicon: Lexicon, document: DocumentSense? = nil, company: String? = nil) {
    self.lexicon = lexicon
    self.document = document
    self.company = company
  }

  /// ``Lexicon/matches(in:)`` for `text`, without the words of a company's or product's
  /// name (``NamedTerms``).
  func matches(in text: String) -> [TermMatch] {
    scan(text).kept
  }

  /// Every line's matches found so far and the lines by section, to hand on with the
  /// posting.
  func reading(of sections: [SectionedLine]) -> PostingReading {
    PostingReading(
      lexicon: lexicon, matchesByText: scansByText.mapValues(\.kept), sections: sections)
  }

  /// ``TermDiscovery/terms(in:lexicon:)`` for `text`, then the credentials it names with a
  /// credential's word (``CredentialCue/names(in:)``: "NATE-certified", "Licensed by the
  /// VNBC").
  func discovered(in text: String) -> [String] {
    if let known = discoveredByText[text] { return known }
    var found = TermDiscovery.terms(in: text, lexicon: lexicon) { line in
      let scan = scan(line)
      return (scan.tokens, scan.matches)
    }
    for name in CredentialCue.names(in: text)
    where !found.contains(name) && lexicon.entry(for: name) == nil {
      found.append(name)
    }
    discoveredByText[text] = found
    return found
  }

  /// The tokens of `text` and the lexicon terms among them, made once per text.
  private func scan(_ text: String) -> Scan {
    if let known = scansByText[text] { return known }
    let tokens = TokenText(Tokenizer.tokens(in: text))
    let matches = lexicon.matches(in: text, tokens: tokens, document: document)
    let found = Scan(
      tokens: tokens, matches: matches,
      kept: NamedTerms.kept(matches, in: text, company: company))
    scansByText[text] = found
    return found
  }
}
