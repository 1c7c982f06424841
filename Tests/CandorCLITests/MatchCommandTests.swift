import Foundation
import Testing

@testable import CandorCLI

/// `candor match`: the text report as a whole, the JSON shape, and input errors.
@Suite struct MatchCommandTests {
  static func fixture(_ name: String) -> String {
    CLIFixtures.url("match/\(name)").path
  }

  static let both = [
    "match", "--job", fixture("backend-posting.md"), "--resume", fixture("backend-resume.json"),
    "--letter", fixture("backend-letter.txt"),
  ]

  @Test func printsTheWholeTextReport() throws {
    let run = CapturedRun.run(Self.both)
    #expect(run.status == 0)
    #expect(run.error == "")
    try MatchSnapshot.expect(run.output, matches: "backend-match.txt")
  }

  @Test func givesMatchRateAndKeywordsInJSON() throws {
    let run = CapturedRun.run(Self.both + ["--format", "json"])
    #expect(run.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    let rate = try #require(object["matchRate"] as? Double)
    #expect(rate > 0 && rate < 1)
    let keywords = try #require(object["keywords"] as? [[String: Any]])
    #expect(!keywords.isEmpty)
    for keyword in keywords {
      for key in ["term", "category", "weight", "found", "foundAs"] {
        #expect(keyword.keys.contains(key), "keyword lacks \(key)")
      }
    }
  }

  @Test func printsTheSameNumbersEveryRun() {
    let first = CapturedRun.run(Self.both + ["--format", "json"])
    let second = CapturedRun.run(Self.both + ["--format", "json"])
    #expect(first.output == second.output)
  }

  @Test func needsAResumeOrALetter() {
    let run = CapturedRun.run(["match", "--job", Self.fixture("backend-posting.md")])
    #expect(run.status == 2)
    #expect(
      run.errorLines.first?.hasPrefix("candor match: give --resume FILE, --letter FILE or both")
        == true)
  }

  @Test func namesTheLineOfAnInvalidJSONResume() throws {
    let folder = try TemporaryFolder()
    let resume = try folder.write(
      "broken.json", Data("{\n  \"basics\": {\n    \"name\" \"Ana\"\n".utf8))
    let run = CapturedRun.run([
      "match", "--job", Self.fixture("backend-posting.md"), "--resume", resume.path,
    ])
    #expect(run.status == 2)
    #expect(run.error.hasPrefix("candor match: \(resume.path):3:"))
  }
}

/// Whole-string comparison with files in `Tests/Fixtures/match`; `CANDOR_RECORD=1` writes
/// the current text instead.
enum MatchSnapshot {
  static func expect(_ actual: String, matches name: String) throws {
    let url = CLIFixtures.url("match/\(name)")
    if ProcessInfo.processInfo.environment["CANDOR_RECORD"] == "1" {
      try actual.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(
      expected == actual,
      "\(name) differs (- snapshot, + actual):\n\(LineDiff.render(from: expected, to: actual))")
  }
}
