/// The lexicon's matches per text, kept while one resume is read: a statement scanned for
/// evidence is not scanned again when the resume's skills are gathered (a JSON highlight,
/// a one-line bullet).
struct LexiconMemo {
  let lexicon: Lexicon
  /// The whole resume, whose sense a homograph its own line leaves open takes.
  private let document: DocumentSense?
  private var found: [String: [TermMatch]] = [:]

  init(_ lexicon: Lexicon, document: DocumentSense? = nil) {
    self.lexicon = lexicon
    self.document = document
  }

  mutating func matches(in text: String) -> [TermMatch] {
    if let known = found[text] { return known }
    let matches = lexicon.matches(in: text, document: document)
    found[text] = matches
    return matches
  }
}
