import Foundation
import Testing

@testable import CandorKit

/// A resume with almost nothing to quote (Tests/Fixtures/write-thin): the letter grows from
/// what the resume's fields state and what the posting asks, never from padding.
@Suite struct ThinResumeLetterTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Fixtures/write-thin").standardized

  static func letter(_ tone: LetterOptions.Tone = .formal) throws
    -> (Letter, JobPosting, ParsedResume)
  {
    let posting = try PostingReader.read(
      InputFile.read(folder.appendingPathComponent("posting.md").path))
    let resume = try ResumeReader.read(
      InputFile.read(folder.appendingPathComponent("resume.txt").path), today: WriteCase.today)
    let letter = try LetterWriter.write(
      posting: posting, resume: resume, options: LetterOptions(tone: tone), today: "2026-12-04")
    return (letter, posting, resume)
  }

  @Test func furtherEducationIsSaidOncePerCourseOfStudy() throws {
    let (letter, _, _) = try Self.letter()
    let sentences = letter.paragraphs.flatMap(\.sentences).map(\.text)
    #expect(
      sentences.contains(
        "My education includes a Certificate in Business English at Burlington Adult "
          + "Learning Centre."))
    #expect(letter.text.components(separatedBy: "Hospitality Management at").count == 2)
  }

  /// "Experience in hotel guest services or hospitality" is covered by the sentence naming
  /// the resume's guest services, so no "closest" fact follows. Hospitality management is
  /// the resume's diploma: a degree is not listed as a gap the letter answers.
  @Test func aRequirementTheLetterAlreadyCoversGetsNoClosestFact() throws {
    let (letter, _, _) = try Self.letter()
    let sentences = letter.paragraphs.flatMap(\.sentences).map(\.text)
    #expect(
      sentences.contains(
        "My resume also shows guest services, which your posting requires."))
    #expect(!letter.text.contains("closest my resume comes"))
  }

  @Test(arguments: LetterOptions.Tone.allCases)
  func dutiesAreGroupedNotRepeatedLineByLine(_ tone: LetterOptions.Tone) throws {
    let (letter, _, _) = try Self.letter(tone)
    let duties = letter.paragraphs.flatMap(\.sentences).filter {
      $0.sources.contains { $0.kind == .posting } && $0.text.contains("take on")
        || $0.text.contains("ready for")
    }
    #expect(duties.count <= 2, "\(duties.map(\.text))")
  }

  @Test(arguments: LetterOptions.Tone.allCases)
  func aVagueStatementIsNeverQuotedForLength(_ tone: LetterOptions.Tone) throws {
    let (letter, posting, resume) = try Self.letter(tone)
    #expect(!letter.text.contains("web services"))
    let checker = GroundingChecker(
      resume: resume, posting: posting, options: LetterOptions(tone: tone))
    #expect(checker.ungroundedClaims(in: letter) == [])
  }
}
