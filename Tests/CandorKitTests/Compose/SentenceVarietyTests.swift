import Foundation
import Testing

@testable import CandorKit

/// Letters from Tests/Fixtures/write-variety: no sentence frame repeated, no skill said twice.
@Suite struct SentenceVarietyTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Fixtures/write-variety").standardized

  static func letter(_ posting: String, _ resume: String, _ tone: LetterOptions.Tone) throws
    -> (Letter, JobPosting, ParsedResume)
  {
    let job = try PostingReader.read(InputFile.read(folder.appendingPathComponent(posting).path))
    let cv = try ResumeReader.read(
      InputFile.read(folder.appendingPathComponent(resume).path), today: WriteCase.today)
    let letter = try LetterWriter.write(
      posting: job, resume: cv, options: LetterOptions(tone: tone), today: "2026-12-04")
    return (letter, job, cv)
  }

  /// How many body sentences open with each frame ("at …", "i also").
  static func frameCounts(_ letter: Letter) -> [String: Int] {
    let body = letter.paragraphs.filter(\.role.isBody).map(\.text).joined(separator: " ")
    return Dictionary(SentenceFrame.keys(in: body).frames.map { ($0, 1) }, uniquingKeysWith: +)
  }

  @Test(arguments: LetterOptions.Tone.allCases)
  func sevenStatementsFromTwoJobsNeverOpenThreeSentencesAlike(_ tone: LetterOptions.Tone)
    throws
  {
    let (letter, job, cv) = try Self.letter("frames-posting.md", "frames-resume.md", tone)
    let counts = Self.frameCounts(letter)
    #expect(counts.values.max() == 2, "\(counts)")
    #expect(letter.text.components(separatedBy: "At Harbor Point Logistics, I also").count <= 2)
    let review = LetterReviewer().review(text: letter.text, job: job, resume: cv)
    #expect(!review.findings.contains { $0.rule == "repeated-frame" })
  }

  @Test func aLaterStatementFromAnotherJobNamesItsPlaceInANewFrame() throws {
    let (letter, _, _) = try Self.letter("frames-posting.md", "frames-resume.md", .formal)
    let sentences = letter.paragraphs.flatMap(\.sentences).map(\.text)
    // "Cedar Valley Distribution is where I …" has used the where-frame: it is not said twice.
    #expect(
      sentences.contains {
        $0.contains("Harbor Point Logistics")
          && $0.hasSuffix(
            "I cut mis-picks by 38% by introducing scan-to-confirm at every pick station.")
      })
    #expect(sentences.filter(Narrator.isWhereFrame).count == 1)
  }

  @Test func theNarratorKeepsEachOpeningToTwoSentences() throws {
    var narrator = Narrator()
    var openings: [String] = []
    for index in 0..<6 {
      let evidence = Evidence(
        text: "Ran count number \(index) for the night shift", path: "work[0].highlights[\(index)]",
        source: .work, organization: "Harbor Point")
      let said = narrator.sentence(for: evidence)
      let text = try #require(said)
      narrator.record(text)
      openings.append(String(text.prefix(while: { $0 != "," && $0 != " " })))
    }
    // "In my work at …" frames one sentence of a letter at most (trial 20).
    #expect(openings == ["At", "Harbor", "At", "In", "While", "During"])
  }

  @Test(arguments: LetterOptions.Tone.allCases)
  func aListedSkillAnsweringARequirementIsNamedOnce(_ tone: LetterOptions.Tone) throws {
    let (letter, _, _) = try Self.letter("skill-posting.md", "skill-resume.txt", tone)
    #expect(letter.text.components(separatedBy: "Zendesk").count == 2, "\(letter.text)")
    #expect(!letter.text.contains("Zendesk listed among my skills"))
  }

  @Test func anUnmetRequirementStaysBesideItsNearestTrueFact() throws {
    let (letter, _, _) = try Self.letter("skill-posting.md", "skill-resume.txt", .formal)
    let paragraph = try #require(
      letter.paragraphs.first { $0.text.contains("customer returns and exchanges") })
    #expect(
      paragraph.text.contains(
        "Your posting asks for experience handling customer returns and exchanges. The closest "
          + "my resume comes is my work as a Customer Support Agent at Brightwater Books."))
  }
}
