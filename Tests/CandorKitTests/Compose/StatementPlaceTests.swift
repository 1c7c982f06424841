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
      checkPlaces(letter, resume: resume, "\(tone)")
    }
  }

  /// Reads the letter as a reader places its statements: a sentence naming one workplace is
  /// there; a first-person statement or one saying "there" that names none is at the last
  /// place named; a sentence naming two places, or quoting a school or a skills list, leaves
  /// no place in mind. Every statement quoted from a job must be read at that job's employer.
  static func checkPlaces(_ letter: Letter, resume: ParsedResume, _ label: String) {
    let employers = resume.resume.work.compactMap(\.name).filter {
      !$0.isEmpty && !PlaceholderCheck.containsPlaceholder($0)
    }
    let places = employers + [letter.plan.company].compactMap { $0 }
    var inMind: String?
    for sentence in letter.paragraphs.filter(\.role.isBody).flatMap(\.sentences) {
      let text = sentence.text
      let named = Set(places.filter { text.contains($0) })
      let placeless =
        text.hasPrefix("I ") || text.contains(": I ") || text.hasPrefix("There, ")
        || text.contains(" there, ") || text.hasPrefix("While there, ")
      let place = named.count == 1 ? named.first : named.isEmpty && placeless ? inMind : nil
      if let job = soleJob(sentence), let employer = resume.resume.work[job].name,
        employers.contains(employer), sentence.sources.contains(where: \.quotesStatement),
        named.count == 1 || (named.isEmpty && placeless)
      {
        #expect(place == employer, "\(label): '\(text)' is read at \(place ?? "no place")")
      }
      if !named.isEmpty {
        inMind = named.count == 1 ? named.first : nil
      } else if sentence.sources.contains(where: {
        $0.kind == .resume && !$0.reference.hasPrefix("work")
      }) {
        inMind = nil
      }
    }
  }

  /// The one job a sentence's sources point into, if they point into one.
  static func soleJob(_ sentence: LetterSentence) -> Int? {
    let jobs = Set(sentence.sources.compactMap(job))
    return jobs.count == 1 ? jobs.first : nil
  }

  /// The work entry a highlight or summary path points into: `work[2].highlights[0]` → 2.
  static func job(_ source: SourceRef) -> Int? {
    guard source.kind == .resume, source.reference.hasPrefix("work["),
      let close = source.reference.firstIndex(of: "]")
    else { return nil }
    return Int(source.reference.dropFirst(5)[..<close])
  }
}

extension SourceRef {
  /// True for a job's statement: a highlight or summary, not the job's fields.
  fileprivate var quotesStatement: Bool {
    kind == .resume && reference.hasPrefix("work[") && reference.contains(".highlights")
  }
}
