import Foundation
import Testing

@testable import CandorKit

/// Letter faults the twenty-second trial found (issue #3), on invented inputs
/// (Tests/Fixtures/write-trial22): an internal letter naming its own addressee over and
/// over and telling it its own facts, one job's results interleaved with another's, and a
/// board's category kept in the role's title.
@Suite struct TrialTwentyTwoLetterTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Fixtures/write-trial22").standardized

  static func internalLetter(_ tone: LetterOptions.Tone) throws -> Letter {
    try WriteCase.letter(
      in: "write-trial22", posting: "internal-posting.txt", resume: "internal-resume.txt",
      options: LetterOptions(tone: tone))
  }

  /// Writing to the person's own employer: after the opening names it, no frame names it
  /// again, and no sentence tells it a fact of its own posting as news.
  @Test(arguments: LetterOptions.Tone.allCases)
  func anInternalLetterNamesItsAddresseeSeldom(_ tone: LetterOptions.Tone) throws {
    let letter = try Self.internalLetter(tone)
    #expect(letter.plan.opener == .internal, "\(tone)")
    let body = letter.paragraphs.filter { $0.role != .greeting }.map(\.text)
      .joined(separator: "\n")
    let named = body.components(separatedBy: "Halverson Freight").count - 1
    #expect(named <= 2, "\(tone): named \(named) times in \(body)")
    for wrong in ["notes that Halverson", "states that Halverson", "runs 9 cross-dock"] {
      #expect(!body.contains(wrong), "\(tone): \(wrong) in \(body)")
    }
  }

  /// Two roles at one employer are told with the employer named once.
  @Test func twoRolesAtOneEmployerNameItOnce() throws {
    let resume = try ResumeReader.read(
      InputFile.read(Self.folder.appendingPathComponent("internal-resume.txt").path),
      today: WriteCase.today)
    #expect(
      RolePath.told(of: resume.resume)
        == "worked as a Dock Lead at Halverson Freight from 2020 to 2022 and have been a Shift "
        + "Supervisor there since 2022")
    #expect(
      RolePath.text(of: resume.resume)
        == "a Dock Lead at Halverson Freight from 2020 to 2022, then a Shift Supervisor there "
        + "since 2022")
  }

  /// A paragraph's statements from one workplace follow one another, two roles at one
  /// clinic counting as one; an ask, which quotes no job, stays where it stands.
  @Test func oneJobsStatementsStayTogether() {
    func said(_ text: String, _ path: String) -> LetterSentence {
      LetterSentence(text, sources: [.resume(path)])
    }
    let ask = LetterSentence("You ask for scanners.", sources: [.posting(line: 4)])
    let paragraph = LetterParagraph(
      role: .body,
      sentences: [
        said("A1", "work[0].highlights[0]"), said("B1", "work[1].highlights[0]"),
        said("A2", "work[2].highlights[0]"), ask, said("B2", "work[1].highlights[1]"),
        said("A3", "work[0].highlights[1]"), said("B3", "work[1].highlights[2]"),
      ])
    var resume = Resume()
    resume.work = ["Fernbrook Clinic", "Tallow Outfitters", "Fernbrook Clinic"].map {
      var work = Resume.Work()
      work.name = $0
      return work
    }
    let frames = PlaceFrames(resume, company: nil)
    let opening = LetterParagraph(role: .opening, sentences: paragraph.sentences)
    let grouped = JobGrouping.grouped([opening, paragraph], by: frames.workplace)
    #expect(grouped[0].sentences.map(\.text) == opening.sentences.map(\.text))
    #expect(
      grouped[1].sentences.map(\.text)
        == ["A1", "A2", "B1", "You ask for scanners.", "B2", "B3", "A3"])
  }

  /// A board's category after the title names the kind of workplace, not the role.
  @Test func aBoardCategoryIsNoPartOfTheRole() {
    #expect(RoleName.forProse("General Manager - Full Service Restaurant") == "General Manager")
    #expect(RoleName.forProse("Assistant Manager, Retail Store") == "Assistant Manager")
    #expect(RoleName.forProse("Software Engineer - Backend") == "Software Engineer - Backend")
    #expect(RoleName.forProse("Kitchen Manager") == "Kitchen Manager")
  }
}
