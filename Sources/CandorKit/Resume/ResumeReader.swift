/// Reads a resume in any supported format into a ``ParsedResume``.
public enum ResumeReader {
  /// Reads `file` tolerantly, mapping what it recognises and noting the rest.
  public static func read(_ file: InputFile, lexicon: Lexicon = .standard) throws(CandorError)
    -> ParsedResume
  {
    // FIXME: skeleton only; the readers are being written.
    ParsedResume(resume: Resume(), format: file.format)
  }
}
