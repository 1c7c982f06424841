import Foundation
import Testing

@testable import CandorKit

/// Thin resumes in three fields (Tests/Fixtures/write-thin-fields): one job with one
/// statement, a degree, a certificate, a skills list and volunteer work. The letter grows
/// from what the two files truly say (the posting's company details and duties, the
/// resume's fields), every sentence keeps its sources, and nothing is invented.
@Suite struct ThinFieldLetterTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Fixtures/write-thin-fields").standardized

  struct Case: Sendable, CustomTestStringConvertible {
    var field: String
    var tone: LetterOptions.Tone
    /// The body words this pair's letter has in this tone.
    var words: Int
    var testDescription: String { "\(field) \(tone.rawValue)" }
  }

  static let cases: [Case] = [
    Case(field: "warehouse", tone: .formal, words: 242),
    Case(field: "warehouse", tone: .conversational, words: 216),
    Case(field: "warehouse", tone: .confident, words: 212),
    Case(field: "care", tone: .formal, words: 203),
    Case(field: "care", tone: .conversational, words: 186),
    Case(field: "care", tone: .confident, words: 177),
    Case(field: "tutor", tone: .formal, words: 182),
    Case(field: "tutor", tone: .conversational, words: 166),
    Case(field: "tutor", tone: .confident, words: 160),
  ]

  static func letter(_ field: String, _ tone: LetterOptions.Tone) throws
    -> (Letter, JobPosting, ParsedResume)
  {
    let posting = try PostingReader.read(
      InputFile.read(folder.appendingPathComponent("\(field)-posting.md").path))
    let resume = try ResumeReader.read(
      InputFile.read(folder.appendingPathComponent("\(field)-resume.txt").path),
      today: WriteCase.today)
    let letter = try LetterWriter.write(
      posting: posting, resume: resume, options: LetterOptions(tone: tone), today: "2026-12-04")
    return (letter, posting, resume)
  }

  @Test(arguments: cases)
  func aThinResumesLetterReachesItsLengthFromTrueFacts(_ item: Case) throws {
    let (letter, posting, resume) = try Self.letter(item.field, item.tone)
    #expect(letter.bodyWordCount == item.words)
    let checker = GroundingChecker(
      resume: resume, posting: posting, options: LetterOptions(tone: item.tone))
    #expect(checker.ungroundedClaims(in: letter) == [])
    let body = letter.paragraphs.filter { $0.role.isBody }.flatMap(\.sentences)
    #expect(body.allSatisfy { !$0.sources.isEmpty }, "\(body.filter { $0.sources.isEmpty })")
    let review = LetterReviewer().review(text: letter.text, job: posting, resume: resume)
    #expect(review.score >= 90 && !review.hasErrors, "\(review.findings.map(\.rule))")
  }

  /// The posting's duties are said in at most three sentences: short ones three to a
  /// sentence, then a longer one alone, each under the reviewer's 35 words.
  @Test(arguments: LetterOptions.Tone.allCases)
  func dutiesFillAtMostThreeSentencesUnder35Words(_ tone: LetterOptions.Tone) throws {
    let (letter, _, _) = try Self.letter("warehouse", tone)
    let dutyLines = Set(letter.plan.duties.map(\.source))
    let duties = letter.paragraphs.filter { $0.role == .body }.flatMap(\.sentences).filter {
      !$0.sources.isEmpty && $0.sources.allSatisfy(dutyLines.contains)
    }
    #expect((2...3).contains(duties.count), "\(duties.map(\.text))")
    #expect(duties.allSatisfy { WordCount.words($0.text) <= 35 })
  }

  /// A posting with one company detail and a scale figure gives the letter both.
  @Test func aScaleFigureIsTheSecondCompanyDetail() throws {
    let (letter, _, _) = try Self.letter("warehouse", .formal)
    #expect(letter.plan.hook?.text == "We opened a second cross-dock building in Dayton this year.")
    #expect(
      letter.plan.secondHook?.text
        == "Northgate Supply ships hardware orders to 900 independent stores across the Midwest.")
    #expect(letter.text.contains("ships hardware orders to 900 independent stores"))
  }
}
