import Testing

@testable import CandorKit

/// A statement from another job than the sentence before it names its own workplace: said
/// without it, "I prepared 140 returns" after a sentence about Lakehead reads as Lakehead's.
@Suite struct StatementPlaceTests {
  static let tones = LetterOptions.Tone.allCases

  /// Three jobs, the last a one-line seasonal role whose result came right after the
  /// second job's in every tone (Tests/Fixtures/write-places).
  static let places: (posting: JobPosting, resume: ParsedResume) = {
    let folder = WriteCase.folder.deletingLastPathComponent().appendingPathComponent("write-places")
    let posting = try! PostingReader.read(
      InputFile.read(folder.appendingPathComponent("posting.html").path))
    let resume = try! ResumeReader.read(
      InputFile.read(folder.appendingPathComponent("resume.txt").path))
    return (posting, resume)
  }()

  @Test func aSeasonalJobsResultAfterAnotherJobsNamesItsWorkplace() throws {
    try Self.check(posting: Self.places.posting, resume: Self.places.resume)
  }

  @Test(arguments: WriteCase.all)
  func aStatementFromAnotherJobNamesItsWorkplace(_ item: WriteCase) throws {
    try Self.check(posting: item.posting, resume: item.resume)
  }

  static func check(posting: JobPosting, resume: ParsedResume) throws {
    for tone in Self.tones {
      var options = LetterOptions()
      options.tone = tone
      let letter = try LetterWriter.write(
        posting: posting, resume: resume, options: options, today: "2026-12-04")
      var lastPlace: String?
      for sentence in letter.paragraphs.flatMap(\.sentences) {
        let jobs = Set(sentence.sources.compactMap(Self.job))
        guard jobs.count == 1, let job = jobs.first else { continue }
        let place = resume.resume.work[job].name ?? ""
        // A first-person statement with no place of its own ("I prepared 140 returns.").
        let placeless = sentence.text.hasPrefix("I ") || sentence.text.hasPrefix("I'")
        if let lastPlace, lastPlace != place, !place.isEmpty, placeless {
          #expect(sentence.text.contains(place), "\(tone): '\(sentence.text)' names no \(place)")
        }
        lastPlace = place
      }
    }
  }

  /// The work entry a highlight or summary path points into: `work[2].highlights[0]` → 2.
  static func job(_ source: SourceRef) -> Int? {
    guard source.kind == .resume, source.reference.hasPrefix("work["),
      let close = source.reference.firstIndex(of: "]")
    else { return nil }
    return Int(source.reference.dropFirst(5)[..<close])
  }
}
