/// Finds skill-like terms the lexicon does not know: capitalised product names and
/// acronyms in requirement lines and skill lists.
public enum TermDiscovery {
  /// Candidate terms in `text` that are not already lexicon entries.
  public static func terms(in text: String, lexicon: Lexicon = .standard) -> [String] {
    // FIXME: skeleton only; discovery is being written.
    []
  }
}
