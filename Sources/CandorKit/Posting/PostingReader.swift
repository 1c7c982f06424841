/// Reads a job posting in any supported format into a ``JobPosting``.
public enum PostingReader {
  /// Reads `file`. Throws when the file holds nothing that looks like a posting.
  public static func read(_ file: InputFile, lexicon: Lexicon = .standard) throws(CandorError)
    -> JobPosting
  {
    // FIXME: skeleton only; the extraction pipeline is being written.
    let document = TextDocument(file)
    return JobPosting(lines: document.lines)
  }
}
