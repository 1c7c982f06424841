import Foundation
import Testing

@testable import CandorKit

/// The fourteenth session's letter faults (Tests/Fixtures/write-trial14): one employer named
/// sentence after sentence, a listed skill offered as a concession, a current job called
/// past in a career change, trade duties never taken, and a side task opening a thin letter.
@Suite struct TrialFourteenLetterTests {
  static func letter(
    _ name: String, _ tone: LetterOptions.Tone, opener: LetterOptions.OpenerChoice = .auto
  ) throws -> Letter {
    var options = LetterOptions(tone: tone)
    options.opener = opener
    return try WriteCase.letter(
      in: "write-trial14", posting: "\(name)-posting.txt", resume: "\(name)-resume.txt",
      options: options)
  }

  /// "At Norvale, I … At Norvale, I also …": the second of two sentences from one job in a
  /// paragraph says "there" or leaves the place out.
  @Test(arguments: LetterOptions.Tone.allCases)
  func aJobJustNamedIsNotNamedAgainInTheNextSentence(_ tone: LetterOptions.Tone) throws {
    let letter = try Self.letter("analyst", tone)
    let resume = try Self.resume("analyst")
    for paragraph in letter.paragraphs where paragraph.role.isBody {
      for (before, after) in zip(paragraph.sentences, paragraph.sentences.dropFirst()) {
        guard let job = StatementPlaceTests.soleJob(after),
          StatementPlaceTests.soleJob(before) == job,
          let employer = resume.resume.work[job].name, before.text.contains(employer)
        else { continue }
        #expect(!after.text.contains(employer), "\(tone): '\(before.text)' '\(after.text)'")
      }
    }
    #expect(letter.text.contains(" there, ") || letter.text.contains("There, "), "\(tone)")
  }

  @Test(arguments: LetterOptions.Tone.allCases)
  func everyStatementIsReadAtItsOwnWorkplace(_ tone: LetterOptions.Tone) throws {
    for name in ["analyst", "looker", "electrician", "kitchen"] {
      for opener in [LetterOptions.OpenerChoice.auto, .careerChange] {
        let letter = try Self.letter(name, tone, opener: opener)
        try StatementPlaceTests.checkPlaces(letter, resume: Self.resume(name), name)
      }
    }
  }

  @Test func aStatementAfterAnotherJobsSentenceNamesItsPlace() {
    var resume = Resume()
    resume.work = ["Norvale", "Pell Supply"].map { name in
      var work = Resume.Work()
      work.name = name
      return work
    }
    let frames = PlaceFrames(resume, company: nil)
    let paragraph = LetterParagraph(
      role: .body,
      sentences: [
        LetterSentence(
          "At Norvale, I built a report.", sources: [.resume("work[0].highlights[0]")]),
        LetterSentence(
          "I also kept the reorder sheet.", sources: [.resume("work[1].highlights[1]")]),
        LetterSentence(
          "At Pell Supply, I counted stock.", sources: [.resume("work[1].highlights[0]")]),
      ])
    let texts = frames.reframed([paragraph])[0].sentences.map(\.text)
    // "At …" opens the sentences either side of it: another placed frame keeps them varied.
    #expect(texts[1] == "In my work at Pell Supply, I also kept the reorder sheet.")
    #expect(texts[2] == "I counted stock." || texts[2] == "There, I counted stock.")
  }

  @Test func aFramedPlaceIsSaidAsThere() {
    #expect(
      PlaceFrames.unplaced("In my work at Norvale, I audited invoices.", at: "Norvale")
        == ["In my work there, I audited invoices.", "I audited invoices."])
    #expect(
      PlaceFrames.unplaced("As an Analyst at Norvale, I trained 5 coordinators.", at: "Norvale")
        == ["As an Analyst there, I trained 5 coordinators.", "I trained 5 coordinators."])
    #expect(
      PlaceFrames.unplaced("On payroll: at Norvale, I ran payroll.", at: "Norvale")
        == ["On payroll: I ran payroll.", "On payroll: there, I ran payroll."])
    #expect(PlaceFrames.unplaced("I worked at Norvale.", at: "Norvale") == nil)
    // A statement that names its own workplace gets no second one before it.
    #expect(
      PlaceFrames.placed(
        "I have been working as Manager sales in Honda car dealership.", at: "Honda Cars")
        == nil)
  }

  /// "For SQL or Looker, the best I can offer is the Looker listed among my skills" undersold
  /// a listed skill that meets the ask.
  @Test(arguments: LetterOptions.Tone.allCases)
  func aListedSkillThatMeetsTheAskIsSaidPlainly(_ tone: LetterOptions.Tone) throws {
    let text = try Self.letter("looker", tone).text
    #expect(text.contains("SQL or Looker") && text.contains("I work with Looker."), "\(tone)")
    #expect(!text.contains("Looker listed among my skills"), "\(tone)")
  }

  @Test func aListedSkillMeetsAnAskOnlyWhenEveryToolOrAnAlternativeIsListed() {
    let listed = ["Excel", "Looker", "JavaScript"]
    #expect(
      ListedAnswer.skills(meeting: "Experience with SQL or Looker", listed: listed, company: nil)
        == ["Looker"])
    #expect(
      ListedAnswer.skills(meeting: "Experience with SQL and Looker", listed: listed, company: nil)
        == nil)
    #expect(
      ListedAnswer.skills(
        meeting: "ServiceNow scripting (Glide JavaScript)", listed: listed, company: nil) == nil)
    #expect(
      ListedAnswer.skills(meeting: "Clear written communication", listed: listed, company: nil)
        == nil)
  }

  /// "After my work as a Construction Laborer" for the job the person still holds.
  @Test(arguments: LetterOptions.Tone.allCases)
  func aCareerChangeFromACurrentJobIsToldInThePresent(_ tone: LetterOptions.Tone) throws {
    let letter = try Self.letter("electrician", tone, opener: .careerChange)
    let opening = letter.paragraphs[1].text
    #expect(!opening.contains("After my work") && !opening.contains("I've worked as"), "\(tone)")
    let present = ["I work as a Construction Laborer", "my current work as a Construction Laborer"]
    #expect(present.contains { opening.contains($0) }, "\(tone): \(opening)")
  }

  /// "Pull wire …" and "Read blueprints …" were never taken: the verbs were unknown, and the
  /// closing went to the chore the resume showed ("keeping the job site clean").
  @Test(arguments: LetterOptions.Tone.allCases)
  func aTradePostingsDutiesReachTheLetterAndItsClosing(_ tone: LetterOptions.Tone) throws {
    let letter = try Self.letter("electrician", tone)
    #expect(
      letter.plan.closing.topic == "reading blueprints and wiring diagrams with the journeyman")
    #expect(letter.text.contains("pulling wire through conduit"), "\(tone)")
    #expect(!letter.text.contains("applying with a resume"), "\(tone)")
  }

  @Test func tradeVerbsAndApplicationStepsAreRead() {
    #expect(Verbs.gerundPhrase("Pull wire through conduit") == "pulling wire through conduit")
    #expect(Verbs.gerundPhrase("Read blueprints") == "reading blueprints")
    #expect(ClosingPlanner.isApplicationStep("Apply with a resume and cover letter."))
    #expect(!ClosingPlanner.isApplicationStep("Submit purchase orders to vendors"))
    #expect(ClosingPlanner.isUpkeep("Keep the job site clean"))
    #expect(!ClosingPlanner.isUpkeep("Install boxes, outlets and switches"))
  }

  /// A thin resume opened on "I help with inventory on Sundays".
  @Test(arguments: LetterOptions.Tone.allCases)
  func aThinLetterNeverOpensOnASideTask(_ tone: LetterOptions.Tone) throws {
    let letter = try Self.letter("kitchen", tone)
    #expect(letter.plan.lead?.evidence.text == "Cook breakfast orders on the flat-top", "\(tone)")
    #expect(!letter.paragraphs[1].text.contains("inventory on Sundays"), "\(tone)")
  }

  @Test func sideTasksAreKnownByTheirHelpOrTheirTimes() {
    #expect(SideTask.isSideTask("Help with inventory on Sundays"))
    #expect(SideTask.isSideTask("Covered the register as needed"))
    #expect(!SideTask.isSideTask("Cook breakfast orders on the flat-top"))
    #expect(!SideTask.isSideTask("Helped 40 customers a day choose running shoes"))
  }

  static func resume(_ name: String) throws -> ParsedResume {
    let folder = WriteCase.folder.deletingLastPathComponent().appendingPathComponent(
      "write-trial14")
    return try ResumeReader.read(
      InputFile.read(folder.appendingPathComponent("\(name)-resume.txt").path),
      today: WriteCase.today)
  }
}
