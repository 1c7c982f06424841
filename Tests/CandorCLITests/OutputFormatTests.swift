import Testing

@testable import CandorCLI

/// `--output FILE` without `--format` takes the format its extension names, and a
/// `--format` the extension contradicts is refused (trial 19: "letter.pdf" held plain text).
@Suite struct OutputFormatTests {
  static let base = ["--job", "posting.md", "--resume", "resume.json", "--output"]

  @Test(arguments: [
    ("letter.pdf", "pdf"), ("out/Letter.DOCX", "docx"), ("letter.md", "markdown"),
    ("letter.html", "html"), ("letter.json", "json"), ("letter.txt", "text"),
    ("letter", "text"), ("letter.rtf", "text"), (".pdf", "text"), ("-", "text"),
  ])
  func theOutputExtensionNamesTheFormat(_ output: String, _ format: String) throws {
    let parsed = try ArgumentParser.parse(Self.base + [output], for: WriteCommand.spec)
    #expect(parsed["format"] == format)
  }

  @Test func aGivenFormatThatAgreesIsKept() throws {
    for (format, output) in [("pdf", "a.pdf"), ("markdown", "a.txt"), ("text", "a.md")] {
      let parsed = try ArgumentParser.parse(
        Self.base + [output, "--format", format], for: WriteCommand.spec)
      #expect(parsed["format"] == format)
    }
  }

  @Test func aContradictingFormatIsRefused() {
    let error = UsageError.conflict(
      "--format text does not match --output letter.pdf, which names a pdf file; change one "
        + "or leave --format out", command: "write")
    #expect(throws: error) {
      try ArgumentParser.parse(
        Self.base + ["letter.pdf", "--format", "text"], for: WriteCommand.spec)
    }
    #expect(throws: UsageError.self) {
      try ArgumentParser.parse(
        ["--job", "p", "--resume", "r", "--format", "json", "--output", "resume.docx"],
        for: TailorCommand.spec)
    }
  }

  @Test func tailorTakesTheFormatFromItsOutputToo() throws {
    let parsed = try ArgumentParser.parse(
      ["--job", "p", "--resume", "r", "--output", "resume.md"], for: TailorCommand.spec)
    #expect(parsed["format"] == "markdown")
  }
}
