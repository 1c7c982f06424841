import Foundation
import Testing

@testable import CandorKit

/// The reader's promise on every text and Markdown resume among the fixtures: each line's
/// words reach the model, its evidence or a note saying what was not read. A date becomes
/// an ISO date and a heading becomes a section, so month names, "present" and heading lines
/// are the only words allowed to vanish.
@Suite struct NothingLostTests {
  /// Fixture resumes: text or Markdown files named as resumes, outside the bad-input folder.
  static let files: [String] = {
    let root = SupportFixtures.url("")
    let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
    let urls = (walker?.allObjects as? [URL]) ?? []
    return urls.map { String($0.path.dropFirst(root.path.count)) }
      .filter { path in
        let name = (path as NSString).lastPathComponent
        return name.contains("resume") && ["txt", "md"].contains((name as NSString).pathExtension)
          && !path.contains("bad/") && !path.contains("fuzz/") && !name.hasPrefix("not-a-")
      }
      .sorted()
  }()

  /// Words that may leave a line because the reader turns them into structure.
  /// The cues around a credential's date go with the date ("renewed", "expires": an expiry
  /// date is dropped, as JSON Resume's certificate keeps only the date issued; a degree's
  /// "expected" is its end date after today), and a link's "www" goes when the link is
  /// written out in full.
  static let structural = Set(
    ["present", "current", "now", "till", "date", "to", "through", "thru", "www", "expected"]
  ).union(CertificateText.credentialCues)

  /// Losses known and not yet mended, each with why; the test fails when one is mended (so
  /// it leaves this list) or when a new one appears.
  static let knownLosses: [String: [String]] = [
    // FIXME: "Third-year student" keeps the year of study but drops the word "student".
    "/write-body/civil-resume.md": ["line 5: student"],
    // An export's field labels ("company -", "Skills Used") are dropped as they should be.
    "/write-career/resume.txt": [
      "line 8: company", "line 9: description",
      "line 11: responsibilities", "line 14: used",
    ],
    "/write-export/resume.txt": [
      "line 9: exprience, months", "line 10: exprience, months",
      "line 11: exprience, months", "line 12: exprience, monthscompany, details",
      "line 13: company", "line 14: description", "line 15: company", "line 16: description",
    ],
  ]

  @Test func thereAreEnoughFixtureResumesToMeanSomething() {
    #expect(Self.files.count >= 30)
  }

  @Test(arguments: files)
  func everyLineReachesTheModelOrANote(_ path: String) throws {
    let file = try InputFile.read(SupportFixtures.url(path).path)
    let parsed = try ResumeReader.read(file, lexicon: .standard)
    let encoder = JSONEncoder()
    let reached = String(decoding: try encoder.encode(parsed), as: UTF8.self).lowercased()
      .replacingOccurrences(of: "\\/", with: "/")
    let known = Set(Self.words(reached))
    let lost = file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
      .compactMap {
        number, line -> String? in
        if SectionHeading.kind(of: Self.plain(line)) != nil { return nil }
        let words = Self.words(line.lowercased()).filter {
          MonthNames.month(for: $0) == nil && !Self.structural.contains($0)
        }
        let missing = words.filter { !known.contains($0) }
        return missing.isEmpty ? nil : "line \(number + 1): \(missing.joined(separator: ", "))"
      }
    #expect(lost == Self.knownLosses[path, default: []], "\(path) loses \(lost)")
  }

  /// A line without its Markdown marks: "## Experience" → "Experience".
  static func plain(_ line: Substring) -> String {
    line.trimmingCharacters(in: CharacterSet(charactersIn: "#*_ \t\r"))
  }

  /// Words of three letters or more, the unit this test counts.
  static func words(_ text: String) -> [String] {
    text.split { !$0.isLetter }.filter { $0.count >= 3 }.map(String.init)
  }
}
