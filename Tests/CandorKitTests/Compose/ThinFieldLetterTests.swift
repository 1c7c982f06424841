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
    /// The fewest body words this pair's letter must reach in this tone from true facts;
    /// a thin resume cannot fill the standard 250 words, but it must not fall far short.
    var floor: Int
    var testDescription: String { "\(field) \(tone.rawValue)" }
  }

  static let cases: [Case] = [
    Case(field: "warehouse", tone: .formal, floor: 240),
    Case(field: "warehouse", tone: .conversational, floor: 215),
    Case(field: "warehouse", tone: .confident, floor: 210),
    Case(field: "care", tone: .formal, floor: 205),
    Case(field: "care", tone: .conversational, floor: 185),
    Case(field: "care", tone: .confident, floor: 175),
    Case(field: "tutor", tone: .formal, floor: 185),
    Case(field: "tutor", tone: .conversational, floor: 170),
    Case(field: "tutor", tone: .confident, floor: 160),
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
    #expect(
      (item.floor...letter.targetWords.upperBound).contains(letter.bodyWordCount),
      "\(letter.bodyWordCount) words")
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
