import Foundation
import Testing

@testable import CandorKit

/// Whole-outline tests: what `candor parse job` shows for a fixture, compared line by line
/// with the text in `Tests/Fixtures/postings/outlines`. Set `CANDOR_RECORD=1` to re-record.
@Suite struct PostingOutlineTests {
  @Test(arguments: [
    "backend-engineer.md", "glassdoor-scrape.txt", "warehouse-lead.json", "jsonld-posting.html",
    "no-named-contact.md",
  ])
  func rendersTheWholeOutline(_ name: String) throws {
    let outline = PostingOutline.render(try PostingFixture.read(name))
    let expectedURL = PostingFixture.url("outlines/\(name).outline")
    if ProcessInfo.processInfo.environment["CANDOR_RECORD"] == "1" {
      try outline.write(to: expectedURL, atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOf: expectedURL, encoding: .utf8)
    #expect(outline == expected, "\(Self.diff(expected, outline))")
  }

  @Test func rendersAnEmptyPostingWithDashes() {
    let outline = PostingOutline.render(JobPosting(language: "en"))
    #expect(
      outline == """
        JobPosting
          title: —
          company: —
          recipient: —
          location: —
          salary: —
          level: —
          language: en

        """)
  }

  /// The lines that differ, marked - (expected) and + (actual).
  static func diff(_ expected: String, _ actual: String) -> String {
    let old = expected.components(separatedBy: "\n")
    let new = actual.components(separatedBy: "\n")
    var lines: [String] = []
    for index in 0..<max(old.count, new.count) {
      let a = index < old.count ? old[index] : nil
      let b = index < new.count ? new[index] : nil
      guard a != b else { continue }
      if let a { lines.append("-\(index + 1): \(a)") }
      if let b { lines.append("+\(index + 1): \(b)") }
    }
    return lines.joined(separator: "\n")
  }
}
