import Foundation
import Testing

@testable import CandorCLI

/// Every kind of bad input ends the same way: one line on standard error naming the file and
/// the problem, exit status 2, nothing on standard output.
@Suite struct BadInputTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    /// `$DIR` stands for a fresh temporary folder holding `files`.
    var arguments: [String]
    var files: [String: Data] = [:]
    var input = Data()
    var message: String
    var testDescription: String { name }
  }

  static let png =
    Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D])
    + Data(
      "IHDR".utf8)
  static let pdf = Data("%PDF-1.7\n%\u{E2}\u{E3}\u{CF}\u{D3}\n1 0 obj\n<< /Type /Catalog >>\n".utf8)
  static let utf16 = Data([0xFF, 0xFE]) + "Nurse, night shift".data(using: .utf16LittleEndian)!
  static let utf16NoMark = "Nurse, night shift\n".data(using: .utf16BigEndian)!
  static let latin1 = Data("Caf".utf8) + Data([0xE9]) + Data(" manager\n".utf8)

  static let cases: [Case] = [
    Case(
      name: "missing file", arguments: ["parse", "job", "$DIR/nowhere.txt"],
      message: "candor parse: $DIR/nowhere.txt: no such file"),
    Case(
      name: "directory", arguments: ["parse", "resume", "$DIR"],
      message: "candor parse: $DIR: is a directory, not a file"),
    Case(
      name: "empty file", arguments: ["parse", "job", "$DIR/empty.txt"],
      files: ["empty.txt": Data()], message: "candor parse: $DIR/empty.txt: the file is empty"),
    Case(
      name: "whitespace-only file", arguments: ["parse", "resume", "$DIR/blank.md"],
      files: ["blank.md": Data(" \n\t\r\n  \n".utf8)],
      message: "candor parse: $DIR/blank.md: has no text, only whitespace"),
    Case(
      name: "PNG image", arguments: ["parse", "resume", "$DIR/photo.png"],
      files: ["photo.png": png],
      message: "candor parse: $DIR/photo.png: looks like a binary file, not text "
        + "(give a PDF, DOCX, .txt, .md, .html or .json file)"),
    Case(
      name: "image named .pdf", arguments: ["parse", "resume", "$DIR/cv.pdf"],
      files: ["cv.pdf": png],
      message: "candor parse: $DIR/cv.pdf: cannot be opened as a document (it does not start "
        + "as a PDF file does; it may be damaged or only named .pdf)"),
    Case(
      name: "JSON resume whose work is not a list", arguments: ["parse", "resume", "$DIR/r.json"],
      files: ["r.json": Data(#"{"basics": {"name": "Ana"}, "work": "nurse"}"#.utf8)],
      message: "candor parse: $DIR/r.json: not a usable resume: it has no work, education, "
        + "skills or projects entries (work: expected a list, found text)"),
    Case(
      name: "damaged PDF", arguments: ["parse", "resume", "$DIR/cv.txt"], files: ["cv.txt": pdf],
      message: "candor parse: $DIR/cv.txt: cannot be opened as a document (pdf document is "
        + "damaged)"),
    Case(
      name: "invalid UTF-8", arguments: ["parse", "job", "$DIR/latin1.txt"],
      files: ["latin1.txt": latin1],
      message: "candor parse: $DIR/latin1.txt: is not valid UTF-8 text (bad byte at offset 3); "
        + "save it as UTF-8"),
    Case(
      name: "UTF-16 with BOM", arguments: ["parse", "job", "$DIR/utf16.txt"],
      files: ["utf16.txt": utf16],
      message: "candor parse: $DIR/utf16.txt: is encoded as UTF-16; save it as UTF-8 "
        + "and try again"),
    Case(
      name: "UTF-16 without BOM", arguments: ["parse", "resume", "$DIR/utf16be.md"],
      files: ["utf16be.md": utf16NoMark],
      message: "candor parse: $DIR/utf16be.md: is encoded as UTF-16; save it as UTF-8 "
        + "and try again"),
    Case(
      name: "plain text named .docx", arguments: ["parse", "resume", "$DIR/cv.docx"],
      files: ["cv.docx": Data("Ana Pereira\nNurse\n".utf8)],
      message: "candor parse: $DIR/cv.docx: is plain text, not a DOCX file; rename it to .txt"),
    Case(
      name: "plain text named .PDF", arguments: ["parse", "job", "$DIR/posting.PDF"],
      files: ["posting.PDF": Data("Charge Nurse\nRequirements\n- BLS\n".utf8)],
      message: "candor parse: $DIR/posting.PDF: is plain text, not a PDF file; rename it to .txt"),
    Case(
      name: "plain text named .docx to write",
      arguments: ["write", "--job", jobPath, "--resume", "$DIR/cv.docx"],
      files: ["cv.docx": Data("hello\n".utf8)],
      message: "candor write: $DIR/cv.docx: is plain text, not a DOCX file; rename it to .txt"),
    Case(
      name: "invalid JSON under --strict",
      arguments: ["parse", "resume", "--strict", "$DIR/r.json"],
      files: ["r.json": fixture("bad/missing-comma.json")],
      message: "candor parse: $DIR/r.json:5:5: invalid JSON: expected ',' or '}' after an "
        + "object member"),
    Case(
      name: "schema violation under --strict",
      arguments: ["parse", "resume", "$DIR/r.json", "--strict"],
      files: ["r.json": fixture("bad/resume-bad-date.json")],
      message: "candor parse: $DIR/r.json: work[0].startDate: '2020-1' does not match the date "
        + "pattern YYYY, YYYY-MM or YYYY-MM-DD"),
    Case(
      name: "--strict on a Markdown resume",
      arguments: ["parse", "resume", "--strict", "$DIR/r.md"],
      files: ["r.md": Data("# Ana Pereira\n".utf8)],
      message: "candor parse: $DIR/r.md: --strict validates JSON resumes only; "
        + "see 'candor parse --help'"),
    Case(
      name: "--strict on a job is a usage error before the file is read",
      arguments: ["parse", "job", "--strict", "$DIR/none.md"],
      message: "candor parse: --strict applies to resumes only; see 'candor parse --help'"),
    Case(
      name: "empty standard input", arguments: ["parse", "job", "-"],
      message: "candor parse: <stdin>: the file is empty"),
    Case(
      name: "binary standard input", arguments: ["parse", "resume", "-"], input: png,
      message: "candor parse: <stdin>: looks like a binary file, not text "
        + "(give a PDF, DOCX, .txt, .md, .html or .json file)"),
    Case(
      name: "invalid JSON on standard input", arguments: ["parse", "resume", "--strict", "-"],
      input: Data("{\"basics\": {\"name\": \"Ana\",}}".utf8),
      message: "candor parse: <stdin>:1:26: invalid JSON: trailing comma before '}'"),
    Case(
      name: "invalid JSON resume on standard input, not strict",
      arguments: ["parse", "resume", "-"], input: fixture("bad/resume-json-in-txt.txt"),
      message: "candor parse: <stdin>:4:33: invalid JSON: " + jsonFault),
    Case(
      name: "invalid JSON resume in a file not named .json",
      arguments: ["parse", "resume", "$DIR/cv.txt"],
      files: ["cv.txt": fixture("bad/resume-json-in-txt.txt")],
      message: "candor parse: $DIR/cv.txt:4:33: invalid JSON: " + jsonFault),
    Case(
      name: "invalid JSON resume on standard input to write",
      arguments: ["write", "--job", jobPath, "--resume", "-"],
      input: fixture("bad/resume-json-in-txt.txt"),
      message: "candor write: <stdin>:4:33: invalid JSON: " + jsonFault),
    Case(
      name: "invalid JSON resume on standard input to match",
      arguments: ["match", "--job", jobPath, "--resume", "-"],
      input: fixture("bad/resume-json-in-txt.txt"),
      message: "candor match: <stdin>:4:33: invalid JSON: " + jsonFault),
    Case(
      name: "unknown command", arguments: ["prase", "job", "x"],
      message: "candor: unknown command 'prase' (did you mean 'parse'?); see 'candor --help'"),
    Case(
      name: "unknown command without a close match", arguments: ["compose"],
      message: "candor: unknown command 'compose'; see 'candor --help'"),
    Case(
      name: "unknown top-level option", arguments: ["--verison"],
      message: "candor: unknown option '--verison' (did you mean '--version'?); "
        + "see 'candor --help'"),
    Case(
      name: "unknown option", arguments: ["parse", "job", "x.md", "--fromat", "json"],
      message: "candor parse: unknown option '--fromat' (did you mean '--format'?); "
        + "see 'candor parse --help'"),
    Case(
      name: "unknown option value", arguments: ["parse", "job", "x.md", "--format=jsno"],
      message: "candor parse: invalid value 'jsno' for '--format' (did you mean 'json'?); "
        + "choose from text, json"),
    Case(
      name: "unknown kind", arguments: ["parse", "jbo", "x.md"],
      message: "candor parse: invalid kind 'jbo' (did you mean 'job'?); choose from job, resume"),
    Case(
      name: "missing option value", arguments: ["parse", "job", "x.md", "--format"],
      message: "candor parse: missing value for '--format'; see 'candor parse --help'"),
    Case(
      name: "missing file argument", arguments: ["parse", "job"],
      message: "candor parse: missing FILE; see 'candor parse --help'"),
    Case(
      name: "extra argument", arguments: ["parse", "job", "a.md", "b.md"],
      message: "candor parse: unexpected argument 'b.md'; see 'candor parse --help'"),
  ]

  /// What the JSON reader says of the doubled comma in `bad/resume-json-in-txt.txt`.
  static let jsonFault = "expected a member name in double quotes, found ','"
  static let jobPath = CLIFixtures.url("postings/backend-engineer.md").path

  static func fixture(_ path: String) -> Data {
    (try? CLIFixtures.data(path)) ?? Data()
  }

  @Test(arguments: cases)
  func failsWithOneLineAndStatus2(_ sample: Case) throws {
    let folder = try TemporaryFolder()
    for (name, data) in sample.files { try folder.write(name, data) }
    let arguments = sample.arguments.map {
      $0.replacingOccurrences(of: "$DIR", with: folder.url.path)
    }
    let run = CapturedRun.run(arguments, input: sample.input)
    #expect(run.status == 2)
    #expect(run.output.isEmpty)
    #expect(
      run.errorLines == [
        sample.message.replacingOccurrences(of: "$DIR", with: folder.url.path)[...]
      ])
  }

  @Test func refusesAFiftyMegabyteFileWithoutReadingIt() throws {
    let folder = try TemporaryFolder()
    let path = folder.path("huge.txt")
    #expect(FileManager.default.createFile(atPath: path, contents: nil))
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.truncate(atOffset: 50 * 1_048_576)
    try handle.close()
    let run = CapturedRun.run(["parse", "job", path])
    #expect(run.status == 2)
    #expect(run.output.isEmpty)
    #expect(run.errorLines == ["candor parse: \(path): is 50 MB, larger than the 10 MB limit"])
  }

  @Test func refusesFiftyMegabytesOnStandardInput() {
    let run = CapturedRun.run(
      ["parse", "resume", "-"], input: Data(repeating: 0x61, count: 50 * 1_048_576))
    #expect(run.status == 2)
    #expect(run.output.isEmpty)
    #expect(run.errorLines == ["candor parse: <stdin>: is 50 MB, larger than the 10 MB limit"])
  }

  @Test func readsStandardInputForADash() {
    let input = Data("# Ana Pereira\n\n## Experience\n\n- Ran the night shift\n".utf8)
    let run = CapturedRun.run(["parse", "resume", "-"], input: input)
    #expect(run.status == 0)
    #expect(!run.output.isEmpty)
  }
}
