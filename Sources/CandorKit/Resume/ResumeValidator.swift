extension ResumeReader {
  /// Validates a JSON resume against the JSON Resume schema, naming the failing field path.
  public static func validate(_ file: InputFile) throws(CandorError) {
    // FIXME: skeleton only; the schema validator is being written.
    _ = try JSONSyntax.parse(file.text, name: file.name)
  }
}
