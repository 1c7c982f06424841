import Foundation
import Testing

@testable import CandorKit

/// Inputs the fuzzer once crashed on, by target.
enum FuzzFixtures {
  struct Case: CustomTestStringConvertible, Sendable {
    var target: String
    var file: URL
    var testDescription: String { "\(target)/\(file.lastPathComponent)" }
  }

  static let cases: [Case] = {
    let root = SupportFixtures.url("fuzz")
    let targets = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
    return targets.sorted().flatMap { target in
      let folder = root.appendingPathComponent(target)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      return names.sorted().filter { !$0.hasPrefix(".") }.map {
        Case(target: target, file: folder.appendingPathComponent($0))
      }
    }
  }()
}

/// Replays every input the fuzzer once crashed on (`Tests/Fixtures/fuzz/<target>/`) through
/// the reader that crashed, so a fixed crash stays fixed. Targets are named as in fuzz/run.
@Suite(.enabled(if: !FuzzFixtures.cases.isEmpty, "no saved fuzz inputs"))
struct FuzzRegressionTests {
  @Test(arguments: FuzzFixtures.cases)
  func readsTheInputWithoutCrashing(_ sample: FuzzFixtures.Case) throws {
    let data = try Data(contentsOf: sample.file)
    let extensions = [
      "text": "txt", "markdown": "md", "html": "html", "json": "json", "schema": "json",
      "syntax": "json",
    ]
    let suffix = String(sample.target.split(separator: "-").last ?? "")
    let name = "fuzz." + (extensions[suffix] ?? "txt")
    guard let text = try? InputFile.decode(data, name: name) else { return }
    let file = InputFile(name: name, text: text)
    switch sample.target {
    case let target where target.hasPrefix("posting-"): _ = try? PostingReader.read(file)
    case let target where target.hasPrefix("resume-schema"):
      _ = try? ResumeReader.schemaViolations(in: file)
    case let target where target.hasPrefix("resume-"): _ = try? ResumeReader.read(file)
    case "json-syntax": _ = try? JSONSyntax.parse(text, name: name)
    case "text-document":
      for format in InputFormat.allCases {
        _ = TextDocument(InputFile(name: name, text: text, format: format))
      }
    case "letter-text":
      _ = LetterReviewer(spellChecker: nil).review(
        text: text, job: ExampleInputs.job, resume: ExampleInputs.resume)
    default: Issue.record("unknown fuzz target folder '\(sample.target)'")
    }
  }
}
