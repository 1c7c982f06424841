import Testing

@testable import CandorKit

/// Letter faults from resume content the seventeenth trial found misread (issue #2), on
/// invented inputs (Tests/Fixtures/write-trial17).
@Suite struct TrialSeventeenLetterTests {
  static func letter(
    _ posting: String, _ resume: String, _ tone: LetterOptions.Tone,
    opener: LetterOptions.OpenerChoice = .auto
  ) throws -> Letter {
    var options = LetterOptions(tone: tone)
    options.opener = opener
    return try WriteCase.letter(
      in: "write-trial17", posting: posting, resume: resume, options: options)
  }

  /// A degree the resume expects in 2027 is being completed, never "earned" or "my B.S.".
  @Test(arguments: LetterOptions.Tone.allCases)
  func anExpectedDegreeIsBeingCompleted(_ tone: LetterOptions.Tone) throws {
    let text = try Self.letter("survey-posting.md", "survey-resume.md", tone).text
    #expect(
      text.contains(
        "I am completing a B.S. in Geomatics Engineering at Ridgeway State University."),
      "\(tone)")
    #expect(!text.contains("earned a B.S."), "\(tone)")
    #expect(!text.contains("My B.S."), "\(tone)")
  }

  /// "Weld planner; bridge weighed 95 lb" names the person's role in the project.
  @Test(arguments: [
    ("Mix designer; canoe weighed 180 lb", "I served as mix designer; canoe weighed 180 lb"),
    ("Lead developer for the billing app", "I served as lead developer for the billing app"),
    ("Manage vendor relationships", "I manage vendor relationships"),
    ("Design engineer onboarding guides", "I design engineer onboarding guides"),
  ])
  func aRoleNounAfterAVerbLikeWordIsARole(_ statement: String, _ clause: String) {
    #expect(ClauseBuilder.firstPerson(statement) == clause)
  }

  /// "Team of 4; presented to the county" is not what a project "is".
  @Test func aProjectsTeamOrJoinedStatementIsNoProjectLine() {
    #expect(StatementPhrasing.projectLine("Rain garden", "Team of 4 students") == nil)
    #expect(StatementPhrasing.projectLine("Rain garden", "Open data set; cited twice") == nil)
    #expect(
      StatementPhrasing.projectLine("Rain garden", "Dashboard of county storm drains")
        == "My project Rain garden is a dashboard of county storm drains.")
  }

  @Test(arguments: LetterOptions.Tone.allCases)
  func aProjectRoleIsNeverMadeAVerb(_ tone: LetterOptions.Tone) throws {
    let text = try Self.letter("survey-posting.md", "survey-resume.md", tone).text
    #expect(!text.contains("I weld planner"), "\(tone)")
  }

  /// A student with projects only gets a letter from the projects.
  @Test(arguments: LetterOptions.Tone.allCases)
  func aProjectsOnlyResumeGetsALetter(_ tone: LetterOptions.Tone) throws {
    let letter = try Self.letter("survey-posting.md", "projects-resume.md", tone)
    let sources = letter.paragraphs.flatMap(\.sentences).flatMap(\.sources)
    #expect(sources.contains { $0.reference.hasPrefix("projects[") }, "\(tone)")
  }

  /// "BLS/CPR, …, renewed 2025" was renewed, not completed, and after the leave that ended
  /// in October 2024, not during it.
  @Test(arguments: LetterOptions.Tone.allCases)
  func aRenewedCertificateIsRenewedAfterTheBreak(_ tone: LetterOptions.Tone) throws {
    let letter = try Self.letter("rehab-posting.txt", "rehab-resume.txt", tone, opener: .return)
    let opening = letter.paragraphs.first { $0.role == .opening }?.text ?? ""
    #expect(opening.contains("After my break, I renewed my BLS/CPR."), "\(tone)")
    #expect(!letter.text.contains("completed BLS"), "\(tone)")
  }
}
