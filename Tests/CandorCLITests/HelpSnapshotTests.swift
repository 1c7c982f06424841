import Testing

@testable import CandorCLI

@Suite struct HelpSnapshotTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var arguments: [String]
    var snapshot: String
    var testDescription: String { "candor " + arguments.joined(separator: " ") }
  }

  static let cases: [Case] = [
    Case(arguments: ["--help"], snapshot: "candor-help"),
    Case(arguments: ["help", "parse"], snapshot: "candor-parse-help"),
    Case(arguments: ["parse", "--help"], snapshot: "candor-parse-help"),
    Case(arguments: ["parse", "job", "-h"], snapshot: "candor-parse-help"),
  ]

  @Test(arguments: cases)
  func helpMatchesItsSnapshot(_ sample: Case) {
    let run = CapturedRun.run(sample.arguments)
    #expect(run.status == 0)
    #expect(run.error.isEmpty)
    Snapshot.expect(run.output, matches: sample.snapshot)
  }

  @Test func noCommandIsAUsageErrorThatShowsTheOverview() {
    let run = CapturedRun.run([])
    #expect(run.status == 2)
    #expect(run.output.isEmpty)
    Snapshot.expect(run.error, matches: "candor-help")
  }

  @Test func helpFitsAnEightyColumnTerminal() {
    for arguments in [["--help"], ["parse", "--help"]] {
      let lines = CapturedRun.run(arguments).output.split(separator: "\n")
      #expect(lines.allSatisfy { $0.count <= 80 }, "\(arguments)")
    }
  }

  @Test func lineDiffShowsOnlyChangedLinesWithContext() {
    let diff = LineDiff.render(from: "a\nb\nc\nd\ne", to: "a\nb\nC\nd\ne")
    #expect(diff == "  b\n- c\n+ C\n  d")
  }
}
