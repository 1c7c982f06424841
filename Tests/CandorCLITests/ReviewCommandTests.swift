import CandorKit
import Foundation
import Testing

@testable import CandorCLI

/// Runs `candor` in memory and keeps what it printed.
final class ReviewRun: @unchecked Sendable {
  var output = ""
  var error = ""
  var status: Int32 = 0

  init(_ arguments: [String], input: String = "") {
    let console = Console(
      output: { [unowned self] in output += $0 }, error: { [unowned self] in error += $0 },
      input: { Data(input.utf8) })
    status = CandorProgram.run(arguments, console: console)
  }
}

@Suite struct ReviewCommandTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../Fixtures/letters").standardized.path

  static func fixture(_ name: String) -> String { fixtures + "/" + name }

  /// Compares `actual` with the snapshot file; `CANDOR_RECORD=1` rewrites the file instead.
  static func expectSnapshot(_ actual: String, _ name: String) throws {
    let url = URL(fileURLWithPath: fixture(name))
    if ProcessInfo.processInfo.environment["CANDOR_RECORD"] == "1" {
      try actual.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    let actualLines = actual.components(separatedBy: "\n")
    let expectedLines = expected.components(separatedBy: "\n")
    for (number, (got, wanted)) in zip(actualLines, expectedLines).enumerated() where got != wanted
    {
      Issue.record("line \(number + 1):\n- \(wanted)\n+ \(got)")
    }
    #expect(actualLines.count == expectedLines.count)
  }

  @Test func textReportListsFindingsThenTheScore() throws {
    let letter = try String(contentsOfFile: Self.fixture("short-letter.txt"), encoding: .utf8)
    let run = ReviewRun(["review", "-"], input: letter)
    #expect(run.status == 0)
    try Self.expectSnapshot(run.output, "short-letter.review.txt")
  }

  @Test func strictExitsOneOnlyWhenAnErrorIsFound() {
    #expect(ReviewRun(["review", "--strict", Self.fixture("template-unfilled.txt")]).status == 1)
    #expect(ReviewRun(["review", Self.fixture("template-unfilled.txt")]).status == 0)
    #expect(ReviewRun(["review", "--strict", Self.fixture("specific-after.txt")]).status == 0)
  }

  @Test func jsonHasScoreCategoriesAndFindings() throws {
    let run = ReviewRun(["review", "--format", "json", Self.fixture("template-unfilled.txt")])
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    #expect(json["score"] as? Int == 0)
    #expect(json["checkedMaximum"] as? Int == 85)
    #expect((json["categories"] as? [[String: Any]])?.count == 5)
    let finding = try #require((json["findings"] as? [[String: Any]])?.first)
    #expect(
      Set(finding.keys) == [
        "rule", "severity", "category", "line", "column", "excerpt", "message", "suggestion",
      ])
    #expect(finding["rule"] as? String == "generic-greeting")
  }

  @Test func compareShowsBothScoresAndWhatChanged() {
    let run = ReviewRun([
      "review", "--compare", Self.fixture("generic-before.txt"), Self.fixture("specific-after.txt"),
    ])
    #expect(run.status == 0)
    let lines = run.output.components(separatedBy: "\n")
    #expect(lines[0] == "                   before   after  change")
    #expect(lines[1] == "score                11 F   100 A     +89")
    #expect(run.output.contains("\nfixed ("))
    #expect(run.output.contains("[generic-opener]"))
  }

  @Test func compareWithoutJobOrResumeShowsRelevanceAsNotChecked() {
    let run = ReviewRun([
      "review", "--compare", Self.fixture("generic-before.txt"), Self.fixture("specific-after.txt"),
    ])
    let lines = run.output.components(separatedBy: "\n")
    #expect(lines.contains("relevance           not checked"))
    #expect(!lines.contains { $0.hasPrefix("relevance") && $0.contains("15/15") })
  }

  @Test func rulesAndExplainDocumentTheRules() {
    let list = ReviewRun(["review", "--rules"])
    #expect(list.output.hasPrefix("personalisation\n  generic-greeting "))
    let explain = ReviewRun(["review", "--explain", "hedging"])
    #expect(explain.output.hasPrefix("hedging: Hedging\ncategory: language · severity: warning"))
  }

  @Test func unknownRuleSuggestsTheClosestId() {
    let run = ReviewRun(["review", "--explain", "generic-greting"])
    #expect(run.status == 2)
    #expect(
      run.error.contains(
        "invalid value 'generic-greting' for '--explain' (did you mean "
          + "'generic-greeting'?)"))
  }

  @Test(arguments: [
    (["review"], "missing FILE"), (["review", "--compare", "a.txt"], "missing AFTER"),
    (["review", "a.txt", "b.txt"], "unexpected argument 'b.txt'"),
    (["review", "/no/such/letter.txt"], "/no/such/letter.txt: no such file"),
  ])
  func usageMistakesExitTwoWithOneLine(_ arguments: [String], _ message: String) {
    let run = ReviewRun(arguments)
    #expect(run.status == 2)
    #expect(run.error.contains(message))
    #expect(run.error.split(separator: "\n").count == 1)
  }

  @Test(arguments: [
    ([UInt8](), "the file is empty"), ([0x25, 0x50, 0x44, 0x46, 0x00, 0x01], "binary file"),
    (Array("  \n\n ".utf8), "has no text, only whitespace"),
  ])
  func emptyAndBinaryFilesGetAClearMessage(_ bytes: [UInt8], _ message: String) throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("bad.txt", Data(bytes)).path
    let run = ReviewRun(["review", path])
    #expect(run.status == 2)
    #expect(run.error.contains(message))
  }

  @Test func aLetterOverTheSizeLimitIsRefusedWithOneLine() throws {
    let folder = try TemporaryFolder()
    let text = "Dear Dana,\n\n" + String(repeating: "I rebuilt the scheduler. ", count: 60_000)
    let path = try folder.write("huge.txt", Data(text.utf8)).path
    let run = ReviewRun(["review", path])
    #expect(run.status == 2)
    #expect(run.output.isEmpty)
    #expect(
      run.error == "candor review: \(path): is 1.4 MB, larger than the 1 MB a letter may be; "
        + "a cover letter is a few kilobytes of text\n")
    let compare = ReviewRun(["review", "--compare", Self.fixture("short-letter.txt"), path])
    #expect(compare.status == 2)
  }

  @Test func aWrittenLetterInJSONIsReviewedByItsText() throws {
    let folder = try TemporaryFolder()
    let letter = try String(contentsOfFile: Self.fixture("short-letter.txt"), encoding: .utf8)
    let json = try JSONSerialization.data(withJSONObject: ["text": letter, "paragraphs": []])
    let path = try folder.write("letter.json", json).path
    let text = ReviewRun(["review", "--format", "json", "-"], input: letter)
    let wrapped = ReviewRun(["review", "--format", "json", path])
    #expect(wrapped.status == 0)
    #expect(wrapped.output.replacingOccurrences(of: path, with: "<stdin>") == text.output)
  }

  @Test(arguments: [#"{"name": "Sam"}"#, "[1, 2]", #""a string""#])
  func jsonWithoutALetterIsRefused(_ json: String) throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("notes.json", Data(json.utf8)).path
    let run = ReviewRun(["review", path])
    #expect(run.status == 2)
    #expect(run.output.isEmpty)
    #expect(run.error.hasPrefix("candor review: \(path): not a letter: the JSON has no \"text\""))
  }

  @Test func aTextLetterOpeningWithBracesIsReadAsText() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("draft.txt", Data("{{company_name}}\n\nI rebuilt it.\n".utf8)).path
    let run = ReviewRun(["review", path])
    #expect(run.status == 0)
    #expect(run.output.contains("[placeholder]"))
  }

  @Test func readsTheLetterFromStandardInput() {
    let run = ReviewRun(["review", "-"], input: "Dear Hiring Manager,\n\nI rebuilt it.\n")
    #expect(run.status == 0)
    #expect(run.output.hasPrefix("<stdin>:1:1: warning:"))
  }

  @Test func twoInputsFromStandardInputAreRefusedWithOneLine() {
    let both = ReviewRun(["review", "--compare", "-", "-"], input: "Dear Dana,\n\nI shipped it.\n")
    #expect(both.status == 2)
    #expect(both.output.isEmpty)
    #expect(
      both.error
        == "candor review: only one input can read stdin ('-'), but BEFORE and AFTER both ask "
        + "to; see 'candor review --help'\n")
    let letterAndJob = ReviewRun(["review", "-", "--job", "-"], input: "Dear Dana,\n")
    #expect(letterAndJob.status == 2)
    #expect(letterAndJob.error.contains("but FILE and --job both ask to"))
    let one = ReviewRun(
      ["review", "--compare", "-", Self.fixture("specific-after.txt")],
      input: "Dear Dana,\n\nI shipped it.\n")
    #expect(one.status == 0)
  }

  @Test func htmlLettersAreReadAsText() throws {
    let html = "<html><body>\n<p>Dear Hiring Manager,</p>\n<p>I rebuilt it.</p>\n</body></html>\n"
    let folder = try TemporaryFolder()
    let path = try folder.write("letter.html", Data(html.utf8)).path
    let run = ReviewRun(["review", path])
    // The column is the file's: "Dear" stands after "<p>" on line 2.
    #expect(run.output.hasPrefix("\(path):2:4: warning: address a person"))
  }

  @Test func aShortLetterIsMeasuredAgainstTheShortLength() throws {
    let job = CLIFixtures.url("write/software-backend/posting.md").path
    let resume = CLIFixtures.url("write/software-backend/resume.json").path
    let folder = try TemporaryFolder()
    let letter = folder.path("short.txt")
    let written = CapturedRun.run([
      "write", "--job", job, "--resume", resume, "--length", "short", "--output", letter,
    ])
    #expect(written.status == 0)
    let standard = CapturedRun.run(["review", letter, "--format", "json"])
    let short = CapturedRun.run(["review", letter, "--format", "json", "--length", "short"])
    #expect(standard.output.contains("\"letter-length\""))
    #expect(!short.output.contains("\"letter-length\""))
  }
}
