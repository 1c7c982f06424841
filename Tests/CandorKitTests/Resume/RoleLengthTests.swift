import Testing

@testable import CandorKit

/// A role dated only by its length ("(2 years)", "2 years 3 months") or by its start
/// ("Since 2019") is a role of its own, not more heading of the next one (trial23 P1-9),
/// and its time counts toward years of experience where it fits.
@Suite struct RoleLengthTests {
  /// A resume whose first role is dated by `dates` (a line of its own, or the end of the
  /// heading line when it starts with "+"), over a role dated 2015 - 2017. Today is June
  /// 2025.
  static func read(_ dates: String) throws -> ParsedResume {
    let head = "Line Cook, Harbor Grill, Eugene, OR"
    let heading = dates.hasPrefix("+") ? head + dates.dropFirst() : head + "\n" + dates
    let text = """
      Omar Tellez
      omar@example.com

      EXPERIENCE

      \(heading)
      - Prepped 200 covers a night

      Prep Cook, Fernway Bistro, Eugene, OR
      2015 - 2017
      - Cut food waste by 12%
      """
    return try parse(text)
  }

  /// `text` read as a resume, today June 2025.
  static func parse(_ text: String) throws -> ParsedResume {
    try ResumeReader.read(
      InputFile(name: "cv.txt", text: text), lexicon: TestLexicon.small, today: TestLexicon.today)
  }

  @Test(arguments: [
    ("(2 years)", 4.0), ("2 years 3 months", 4.3), ("18 months", 3.5), ("1 yr 6 mos", 3.5),
    ("+ (2 years)", 4.0), ("Since 2019", 8.5), ("Since March 2020", 7.3),
    ("+, since 2019", 8.5), ("+ | Since 2019", 8.5),
  ])
  func aRoleDatedByItsLengthOrStartIsItsOwnEntry(_ dates: String, _ years: Double) throws {
    let parsed = try Self.read(dates)
    let work = parsed.resume.work
    #expect(work.map(\.name) == ["Harbor Grill", "Fernway Bistro"])
    #expect(work.map(\.position) == ["Line Cook", "Prep Cook"])
    #expect(work.map(\.location) == ["Eugene, OR", "Eugene, OR"])
    #expect(work.map(\.highlights) == [["Prepped 200 covers a night"], ["Cut food waste by 12%"]])
    #expect(work[0].summary == nil)
    #expect(parsed.yearsOfExperience == years)
  }

  @Test func aStartAfterSinceRunsToThePresent() throws {
    let work = try Self.read("Since March 2020").resume.work
    #expect(work[0].startDate == "2020-03")
    #expect(work[0].endDate == nil)
  }

  @Test func aLengthIsKeptAndShownWithoutDates() throws {
    let parsed = try Self.read("2 years 3 months")
    #expect(parsed.workLengths == [WorkLength(work: 0, months: 27)])
    #expect(parsed.resume.work[0].startDate == nil)
    #expect(ResumeOutline.render(parsed).contains("dates: 2 years 3 months, no dates"))
  }

  /// Between a role from 2020 on and one of 2015 - 2018, "(3 years)" fits only the two
  /// years no dated role covers.
  @Test func aLengthCountsOnlyTheMonthsItCanFillBetweenDatedRoles() throws {
    let text = """
      Ada Brun
      ada@example.com

      EXPERIENCE

      Sous Chef, Quay House, Salem, OR
      2020 - Present
      - Ran a line of 6 cooks

      Line Cook, Harbor Grill, Eugene, OR
      (3 years)
      - Prepped 200 covers a night

      Prep Cook, Fernway Bistro, Eugene, OR
      2015 - 2018
      - Cut food waste by 12%
      """
    let parsed = try Self.parse(text)
    #expect(parsed.resume.work.map(\.name) == ["Quay House", "Harbor Grill", "Fernway Bistro"])
    #expect(parsed.yearsOfExperience == 10.5)
  }

  /// "Jan 2018 – Dec 2019" / "(2 years)": the length restates the dates above it.
  @Test func aLengthUnderTheDatesOfItsRoleStartsNoEntry() throws {
    let text = """
      Ada Brun
      ada@example.com

      EXPERIENCE

      Line Cook, Harbor Grill, Eugene, OR
      Jan 2018 – Dec 2019
      (2 years)
      - Prepped 200 covers a night
      """
    let parsed = try Self.parse(text)
    #expect(parsed.resume.work.count == 1)
    #expect(parsed.resume.work.first?.name == "Harbor Grill")
    #expect(parsed.workLengths == nil)
  }

  @Test(arguments: [
    ("2 years 3 months", 27), ("(18 months)", 18), ("1.5 yrs", 18), ("3 years and 2 months", 38),
  ])
  func aLengthIsReadInMonths(_ text: String, _ months: Int) {
    #expect(RoleLength.span(in: text)?.months == months)
  }

  @Test(arguments: [
    "2 years of payroll experience", "Led audits for 2 years", "Since 2019 I have led audits",
  ])
  func aSentenceWithALengthIsNoLength(_ text: String) {
    #expect(RoleLength.span(in: text) == nil)
  }
}
