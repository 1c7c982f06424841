import Foundation
import Testing

/// Whole-string comparison against files in `Tests/Fixtures/snapshots`.
///
/// Set `CANDOR_RECORD=1` to write the current text as the new snapshot instead of comparing.
enum Snapshot {
  static let folder = CLIFixtures.url("snapshots")

  static var isRecording: Bool {
    ProcessInfo.processInfo.environment["CANDOR_RECORD"] == "1"
  }

  static func expect(
    _ actual: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let url = folder.appendingPathComponent(name + ".txt")
    if isRecording {
      do {
        try actual.write(to: url, atomically: true, encoding: .utf8)
      } catch {
        Issue.record("cannot record \(url.path): \(error)", sourceLocation: sourceLocation)
      }
      return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record(
        "no snapshot \(name).txt; run the tests with CANDOR_RECORD=1 to record it",
        sourceLocation: sourceLocation)
      return
    }
    if expected != actual {
      let diff = LineDiff.render(from: expected, to: actual)
      Issue.record(
        "\(name).txt differs (- snapshot, + actual; CANDOR_RECORD=1 re-records):\n\(diff)",
        sourceLocation: sourceLocation)
    }
  }
}

/// A line diff by longest common subsequence, showing changed lines with one line of context.
enum LineDiff {
  static func render(from old: String, to new: String) -> String {
    let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let steps = edits(a, b)
    var lines: [String] = []
    for (index, step) in steps.enumerated() {
      let isNearChange = steps[max(0, index - 1)...min(steps.count - 1, index + 1)]
        .contains { $0.0 != " " }
      if step.0 != " " || isNearChange { lines.append("\(step.0) \(step.1)") }
    }
    return lines.joined(separator: "\n")
  }

  /// The edit script from `a` to `b`: (" ", line) kept, ("-", line) removed, ("+", line) added.
  static func edits(_ a: [String], _ b: [String]) -> [(Character, String)] {
    var common = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        common[i][j] =
          a[i] == b[j] ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
      }
    }
    var result: [(Character, String)] = []
    var (i, j) = (0, 0)
    while i < a.count || j < b.count {
      if i < a.count, j < b.count, a[i] == b[j] {
        result.append((" ", a[i]))
        (i, j) = (i + 1, j + 1)
      } else if i < a.count, j == b.count || common[i + 1][j] >= common[i][j + 1] {
        result.append(("-", a[i]))
        i += 1
      } else {
        result.append(("+", b[j]))
        j += 1
      }
    }
    return result
  }
}
