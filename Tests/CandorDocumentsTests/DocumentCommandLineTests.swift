import CandorDocuments
import CandorKit
import Foundation
import Testing

@testable import CandorCLI

/// The command line's side of documents: PDF and DOCX inputs wherever a file is read, and
/// letters written as HTML, PDF or DOCX.
@Suite struct DocumentCommandLineTests {
  final class Capture: @unchecked Sendable {
    var output = ""
    var error = ""
  }

  static func run(_ arguments: [String], input: Data = Data()) -> (Int32, Capture) {
    let capture = Capture()
    let console = Console(
      output: { capture.output += $0 }, error: { capture.error += $0 }, input: { input })
    return (CandorProgram.run(arguments, console: console), capture)
  }

  @Test(arguments: ["two-column.pdf", "resume.docx"])
  func parseResumeAcceptsDocuments(_ fixture: String) {
    let (status, capture) = Self.run(["parse", "resume", Fixtures.path(fixture)])
    #expect(status == 0, "\(capture.error)")
  }

  @Test func standardInputMayCarryAPDF() throws {
    let data = try Data(contentsOf: Fixtures.folder.appendingPathComponent("sidebar.pdf"))
    let (status, capture) = Self.run(["parse", "resume", "-"], input: data)
    #expect(status == 0, "\(capture.error)")
  }

  @Test func aScannedResumeExitsTwoSayingItHasNoText() throws {
    let folder = try ExternalTool.temporaryFolder()
    let letter = folder.appendingPathComponent("letter.pdf")
    try PDFWriter.write(LetterSamples.document(), style: DocumentStyle()).write(to: letter)
    let scan = try ScannedPDF.make(from: letter, into: folder)
    let (status, capture) = Self.run(["parse", "resume", scan.path])
    #expect(status == 2)
    #expect(
      capture.error.hasPrefix(
        "candor parse: \(scan.path): has no text layer; it looks like a scanned image"))
    #expect(capture.output.isEmpty)
  }

  @Test func anEncryptedResumeExitsTwo() {
    let path = Fixtures.path("encrypted.pdf")
    let (status, capture) = Self.run(["parse", "resume", path])
    #expect(status == 2)
    #expect(
      capture.error == "candor parse: \(path): is encrypted or password-protected; "
        + "save an unprotected copy and try again\n")
  }

  static func arguments(_ values: [String: String]) -> ParsedArguments {
    ParsedArguments(values: values)
  }

  @Test(arguments: [
    (nil, "Columbus, OH", DocumentStyle.Paper.letter), (nil, "Toronto, ON, Canada", .letter),
    (nil, "Berlin, Germany", .a4), (nil, "Lima, Perú", .a4), ("a4", "Austin, TX", .a4),
    ("letter", "London, UK", .letter),
  ])
  func paperFollowsTheOptionThenThePostingsCountry(
    _ option: String?, _ location: String, _ paper: DocumentStyle.Paper
  ) {
    let arguments = Self.arguments(option.map { ["paper": $0] } ?? [:])
    #expect(DocumentOutput.style(arguments, postingLocation: location).paper == paper)
  }

  static let regionCases: [(String?, String?, DocumentStyle.Paper)] = [
    (nil, "US", .letter), (nil, "CA", .letter), (nil, "DE", .a4), (nil, "001", .letter),
    (nil, nil, .letter), ("Remote", "GB", .a4), ("Remote, US", "GB", .letter),
  ]

  @Test(arguments: regionCases)
  func paperFallsBackToTheLocaleRegion(
    _ location: String?, _ region: String?, _ paper: DocumentStyle.Paper
  ) {
    #expect(DocumentStyle.Paper.preferred(forLocation: location, regionCode: region) == paper)
  }

  @Test func writesALetterAtomicallyAsEachFormat() throws {
    let folder = try ExternalTool.temporaryFolder()
    var resume = Resume()
    resume.basics = LetterSamples.sender
    let starts = [DocumentFormat.html: "<!DOCTYPE html>", .pdf: "%PDF-", .docx: "PK\u{03}\u{04}"]
    for format in DocumentFormat.allCases {
      let path = folder.appendingPathComponent("letter.\(format.rawValue)").path
      try Data("an older letter".utf8).write(to: URL(fileURLWithPath: path))
      let arguments = Self.arguments(["output": path, "paper": "a4", "style": "justified"])
      try DocumentOutput.writeLetter(
        LetterSamples.letter, format: format, arguments: arguments,
        posting: JobPosting(title: "Platform Engineer", company: "Fernhill Logistics"),
        resume: resume, today: "2025-03-14", console: .standard, command: "write")
      let written = try Data(contentsOf: URL(fileURLWithPath: path))
      #expect(written.starts(with: Data(starts[format]!.utf8)), "\(format)")
    }
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(names == ["letter.docx", "letter.html", "letter.pdf"], "no temporary file is left")
    let info = try ExternalTool.run("pdfinfo", [folder.appendingPathComponent("letter.pdf").path])
    #expect(info.output.contains("(A4)"))
    let html = try String(
      contentsOfFile: folder.appendingPathComponent("letter.html").path, encoding: .utf8)
    #expect(html.contains("14 March 2025"))
  }

  /// "letter.pdf" without `--format` is a PDF, not plain text under a PDF's name.
  @Test func aPDFOutputWithoutFormatIsWrittenAsPDF() throws {
    let folder = try ExternalTool.temporaryFolder()
    let path = folder.appendingPathComponent("letter.pdf").path
    let (status, capture) = Self.run([
      "write", "--job", Fixtures.path("../write/software-backend/posting.md"),
      "--resume", Fixtures.path("../write/software-backend/resume.json"), "--output", path,
    ])
    #expect(status == 0, "\(capture.error)")
    let written = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(written.starts(with: Data("%PDF-".utf8)))
  }

  @Test func binaryFormatsNeedAnOutputFile() {
    #expect(
      throws: UsageError.conflict(
        "--format pdf writes a binary file; add --output FILE", command: "write")
    ) {
      try DocumentOutput.emit(
        Data(), format: .pdf, arguments: Self.arguments([:]), console: .standard,
        command: "write")
    }
  }
}
