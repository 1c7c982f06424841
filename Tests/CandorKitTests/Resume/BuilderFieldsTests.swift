import Testing

@testable import CandorKit

/// A resume builder's plain-text export: an education line with no school word, the
/// headline and each role's bare title under the education lines, and per-role field
/// labels ("Accomplishments", "Skills Used") that read like headings.
@Suite struct BuilderFieldsTests {
  static func resume() throws -> Resume {
    try ResumeReader.read(
      ResumeFixtureTests.file("builder-fields.txt"), lexicon: TestLexicon.small,
      today: TestLexicon.today
    ).resume
  }

  @Test func readsADatedEducationLineWhoseSchoolFollowsItsPlace() throws {
    let education = try Self.resume().education
    #expect(education.count == 1)
    #expect(education.first?.institution == "Riverbend Tech")
    #expect(education.first?.area == "Sports Coaching")
    #expect(education.first?.startDate == "2009-06")
    #expect(education.first?.endDate == "2013-05")
  }

  @Test(
    arguments: [
      ("Riverbend Tech, Austin", nil, nil),
      ("Sports Coaching Austin, Texas Riverbend Tech", "Sports Coaching", "Riverbend Tech"),
      ("Austin, Texas Riverbend Tech", nil, "Riverbend Tech"),
      ("Sports Coaching Austin, Texas", nil, nil),
    ] as [(String, String?, String?)])
  func splitsAPlacedSchoolLine(_ text: String, _ area: String?, _ school: String?) {
    let placed = PlacedSchoolLine.read(text)
    #expect(placed?.area == area)
    #expect(placed?.school == school)
  }

  @Test func givesTheHeadlineToTheLabelAndEachBareTitleToItsRole() throws {
    let resume = try Self.resume()
    #expect(resume.basics?.label == "Swim coach")
    #expect(resume.work.map(\.name) == ["Lakeside Aquatics", "Harbor Swim Club"])
    #expect(resume.work.map(\.position) == ["Head swim coach", "assistant coach"])
  }

  @Test(arguments: [
    ("Swim coach", true), ("Head swim coach level2", true), ("Coach - Harbor Swim Club", false),
    ("Accomplishments:", false), ("Coached a squad of forty swimmers every single day.", false),
  ])
  func tellsABareTitleLine(_ text: String, _ isTitle: Bool) {
    let line = ResumeLine(text: text, kind: .text, line: 1)
    #expect(TextResumeReader.isBareTitle(line) == isTitle)
  }

  @Test func putsRoleFieldsOnTheRoleAndSaysNothingForAPlaceholder() throws {
    let resume = try Self.resume()
    #expect(resume.awards.isEmpty)
    #expect(resume.work.first?.highlights?.contains("Good") == false)
    #expect(
      resume.work.last?.highlights?.last
        == "Raised the club's pass rate for water safety tests to 92%.")
    let skills = resume.skills.compactMap(\.name)
    for name in ["Stroke analysis", "Lesson planning", "Water safety"] {
      #expect(skills.contains(name), "\(name) in \(skills)")
    }
  }

  @Test(
    arguments: [
      ("Accomplishments", TextResumeReader.EntryField.highlight),
      ("Skills Used:", .skills), ("skills used", .skills), ("Skills", nil), ("Awards", nil),
    ] as [(String, TextResumeReader.EntryField?)])
  func namesTheFieldALabelHolds(_ label: String, _ field: TextResumeReader.EntryField?) {
    #expect(TextResumeReader.entryField(label) == field)
  }

  @Test(arguments: [
    ("Gym one ,Gym two,Hotel", "Gym one, Gym two, Hotel"), ("Acme, Inc.", "Acme, Inc."),
    ("Sold 1,200 units", "Sold 1,200 units"), ("Plain name", "Plain name"),
  ])
  func spacesTheCommasOfAnEmployerList(_ text: String, _ spaced: String) {
    #expect(TextResumeReader.spacedCommas(text) == spaced)
  }
}
