/// What the posting reader found on its way that keyword extraction would otherwise work
/// out again: the section of every body line and the lexicon terms of every line it
/// scanned. It follows from the posting's lines, so it is neither encoded nor compared:
/// two postings with the same fields are equal whether or not they carry one.
struct PostingReading: Sendable, Equatable {
  /// The lexicon the lines were scanned with; nil for a posting not read by the reader.
  var lexicon: Lexicon?
  /// ``Lexicon/matches(in:)`` of each line text the reader scanned.
  var matchesByText: [String: [TermMatch]] = [:]
  /// The body lines (the posting's lines without its header fields) by section.
  var sections: [SectionedLine] = []

  /// `lines` by section, when they are the body lines the reader classified: a posting
  /// with header fields ("Location: …") among its lines, or changed since, gets nil, as
  /// the header lines would move the sections of the lines after them.
  func sections(of lines: [TextLine]) -> [SectionedLine]? {
    guard lexicon != nil, lines.count == sections.count,
      zip(lines, sections).allSatisfy({ $0 == $1.line })
    else { return nil }
    return sections
  }

  /// The lexicon terms in `text`: the reader's, when it scanned that text with this very
  /// lexicon, otherwise found now.
  func matches(in text: String, lexicon: Lexicon) -> [TermMatch] {
    if let own = self.lexicon, lexicon.isSame(as: own), let known = matchesByText[text] {
      return known
    }
    return lexicon.matches(in: text)
  }

  /// Always true: the reading follows from the posting's other fields.
  static func == (lhs: Self, rhs: Self) -> Bool { true }
}
