import Testing

@testable import CandorKit

@Suite struct UndatedEntryHeadTests {
  /// Lines of a resume: "- " starts a bullet, "" is blank, anything else is text.
  static func lines(_ texts: [String]) -> [ResumeLine] {
    texts.enumerated().map { offset, text in
      if text.isEmpty { return .blank(at: offset + 1) }
      if text.hasPrefix("- ") {
        return ResumeLine(text: String(text.dropFirst(2)), kind: .bullet, line: offset + 1)
      }
      return ResumeLine(text: text, kind: .text, line: offset + 1)
    }
  }

  @Test(arguments: [
    "Dispatcher, Redline Trucking (2 years)", "Dispatcher at Redline Trucking",
    "Staff Nurse, Elm Clinic (3 yrs)", "Stock Associate at Marlow Hardware",
  ])
  func roleBetweenBulletsHeadsAnEntry(_ text: String) {
    let lines = Self.lines(["- Cut deploy time by 80%", "", text, "- Scheduled 60 drivers"])
    #expect(UndatedEntryHead.isHead(lines, at: 2))
  }

  @Test(arguments: [
    "Safety record, Marlow Hardware", "Tools: forklift, pallet jack",
    "Promoted twice, praised by the regional manager.", "Key projects",
  ])
  func otherLinesBetweenBulletsDoNot(_ text: String) {
    let lines = Self.lines(["- Cut deploy time by 80%", text, "- Scheduled 60 drivers"])
    #expect(!UndatedEntryHead.isHead(lines, at: 1))
  }

  @Test func roleNotFollowedByBulletsDoesNot() {
    let lines = Self.lines(["- Cut deploy time by 80%", "Dispatcher, Redline Trucking", ""])
    #expect(!UndatedEntryHead.isHead(lines, at: 1))
  }

  @Test func headingLosesTheDurationTheDatesWouldSay() {
    let line = ResumeLine(text: "Dispatcher, Redline Trucking (2 years)", kind: .text, line: 1)
    #expect(UndatedEntryHead.text(of: line) == "Dispatcher, Redline Trucking")
  }

  @Test func durationRoleAfterBulletsBecomesItsOwnJob() throws {
    let file = InputFile(
      name: "r.txt",
      text: "Jo Reese\n\nExperience\nPlatform Engineer, Northwind Labs\n2020 – Present\n"
        + "- Cut deploy time from 40 to 8 minutes\n\nDispatcher, Redline Trucking (2 years)\n"
        + "- Scheduled 60 drivers daily\n")
    let resume = try ResumeReader.read(file, lexicon: TestLexicon.small, today: TestLexicon.today)
      .resume
    #expect(resume.work.map(\.name) == ["Northwind Labs", "Redline Trucking"])
    #expect(resume.work.map(\.position) == ["Platform Engineer", "Dispatcher"])
    #expect(resume.work[0].highlights == ["Cut deploy time from 40 to 8 minutes"])
    #expect(resume.work[1].highlights == ["Scheduled 60 drivers daily"])
    #expect(resume.work[1].startDate == nil)
  }
}
