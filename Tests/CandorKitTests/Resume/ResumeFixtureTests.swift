import Foundation
import Testing

@testable import CandorKit

/// Reads every resume fixture and compares its whole outline with the expected text in
/// `Tests/Fixtures/resumes/expected/`. Set `CANDOR_RECORD=1` to rewrite the expected files
/// after checking the new outlines by eye.
@Suite struct ResumeFixtureTests {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/resumes")

  static let fixtures: [String] = [
    "jsonresume-valid.json", "jsonresume-pre1.json", "other-resume.json", "markdown.md",
    "markdown-export.txt", "plain.txt", "pdf-spaced.txt", "pdf-two-column.txt",
    "pdf-narrow-columns.txt",
    "crlf-mojibake.txt", "spanish.txt", "html.html", "credentials-nurse.md", "shift-lead.txt",
    "career-change.md", "builder-fields.txt", "foreign-export.json",
    "undated-roles.txt", "credential-lists.txt", "spanish-roles.txt",
  ]

  @Test(arguments: fixtures)
  func outlineMatchesExpected(_ name: String) throws {
    let parsed = try ResumeReader.read(
      Self.file(name), lexicon: TestLexicon.small, today: TestLexicon.today)
    let outline = ResumeOutline.render(parsed)
    let expectedURL = Self.folder.appendingPathComponent("expected/\(name).outline")
    if ProcessInfo.processInfo.environment["CANDOR_RECORD"] == "1" {
      try outline.write(to: expectedURL, atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOf: expectedURL, encoding: .utf8)
    #expect(outline == expected, "\(Self.lineDiff(expected, outline))")
  }

  static func file(_ name: String) throws -> InputFile {
    try InputFile.read(folder.appendingPathComponent(name).path)
  }

  /// The first lines where two texts differ, for a readable failure.
  static func lineDiff(_ expected: String, _ actual: String) -> String {
    let left = expected.components(separatedBy: "\n")
    let right = actual.components(separatedBy: "\n")
    for index in 0..<max(left.count, right.count) {
      let want = index < left.count ? left[index] : "<end>"
      let got = index < right.count ? right[index] : "<end>"
      if want != got { return "line \(index + 1):\n- \(want)\n+ \(got)" }
    }
    return "identical"
  }
}

/// A small lexicon built in the test, independent of the shipped data files.
enum TestLexicon {
  static let small = Lexicon(entries: [
    .init(term: "Kubernetes", aliases: ["k8s"], category: .cloud),
    .init(term: "PostgreSQL", aliases: ["Postgres"], category: .database),
    .init(term: "Python", category: .language),
    .init(
      term: "Go", aliases: ["Golang"], category: .language, caseSensitive: true, ambiguous: true),
    .init(term: "Rust", category: .language, caseSensitive: true),
    .init(term: "SQL", category: .language),
    .init(term: "Excel", category: .tool, caseSensitive: true),
    .init(term: "Kafka", category: .tool),
    .init(term: "Java", category: .language),
    .init(term: "SAP", category: .tool, caseSensitive: true),
    .init(term: "Epic", category: .tool, caseSensitive: true),
    .init(term: "QuickBooks", category: .tool),
    .init(term: "Unity", category: .framework, caseSensitive: true),
  ])

  /// "Today" for tests: 1 June 2025.
  static let today: Date = {
    var parts = DateComponents()
    (parts.year, parts.month, parts.day) = (2025, 6, 1)
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar.date(from: parts)!
  }()
}
