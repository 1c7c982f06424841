import Foundation
import Testing

@testable import CandorCLI

/// `candor tailor`: valid JSON Resume out, files written whole, the report on stderr.
@Suite struct TailorCommandTests {
  static func fixture(_ name: String) -> String {
    CLIFixtures.url("match/\(name)").path
  }

  static let base = [
    "tailor", "--job", fixture("backend-posting.md"), "--resume", fixture("tailor-resume.md"),
  ]

  @Test func writesJSONResumeThatPassesStrictParsing() throws {
    let folder = try TemporaryFolder()
    let run = CapturedRun.run(Self.base + ["--output", folder.path("tailored.json")])
    #expect(run.status == 0)
    #expect(run.output == "")
    let strict = CapturedRun.run(["parse", "resume", "--strict", folder.path("tailored.json")])
    #expect(strict.status == 0, "\(strict.error)")
  }

  @Test func reportsTheChangesAndTheRateOnStandardError() {
    let run = CapturedRun.run(Self.base + ["--format", "text"])
    #expect(run.status == 0)
    #expect(run.errorLines.first?.hasPrefix("candor tailor: match rate ") == true)
    #expect(run.error.contains("kept 4 of 6"))
    #expect(run.output.hasPrefix("JONAH WHITLOCK\n"))
  }

  @Test(arguments: ["markdown", "html"])
  func printsReadableFormatsToStandardOutput(_ format: String) {
    let run = CapturedRun.run(Self.base + ["--format", format, "--top", "2"])
    #expect(run.status == 0)
    #expect(run.output.contains("Copperline Transit"))
    #expect(!run.output.contains("Ran hiring loops"))
  }

  @Test(arguments: ["pdf", "docx"])
  func writesPrintableFormatsToAFile(_ format: String) throws {
    let folder = try TemporaryFolder()
    let path = folder.path("tailored.\(format)")
    let run = CapturedRun.run(Self.base + ["--format", format, "--output", path])
    #expect(run.status == 0, "\(run.error)")
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(data.starts(with: Array((format == "pdf" ? "%PDF" : "PK").utf8)))
  }

  @Test func needsAFileForPDF() {
    let run = CapturedRun.run(Self.base + ["--format", "pdf"])
    #expect(run.status == 2)
    #expect(run.error.contains("add --output FILE"))
  }

  @Test(arguments: ["0", "-1", "four"])
  func rejectsATopThatIsNoPositiveNumber(_ value: String) {
    let run = CapturedRun.run(Self.base + ["--top", value])
    #expect(run.status == 2)
  }

  @Test func namesEveryLineTheReaderCouldNotPlaceAsMissingFromTheCopy() {
    let run = CapturedRun.run([
      "tailor", "--job", Self.fixture("backend-posting.md"), "--resume",
      Self.fixture("tailor-unplaced.txt"), "--format", "markdown",
    ])
    #expect(run.status == 0)
    #expect(!run.output.contains("tool crib"))
    #expect(
      run.errorLines.contains(
        "candor tailor: reader: education: could not place 'Kept the shop's tool crib in "
          + "order' (line 15); so it is not in the tailored copy either"), "\(run.error)")
  }

  /// A section with dates the reader could not read may hold a role: the copy is refused
  /// with one line naming it, never written without it.
  @Test func refusesToDropASectionItCouldNotRead() {
    let run = CapturedRun.run([
      "tailor", "--job", Self.fixture("backend-posting.md"), "--resume",
      Self.fixture("tailor-unread-role.md"), "--format", "markdown",
    ])
    #expect(run.status == 2)
    #expect(run.output == "")
    #expect(run.errorLines.count == 1)
    #expect(run.error.contains("section 'Seasons Afield' (line 13) could not be read"))
  }
}
