import Testing

@testable import CandorKit

@Suite struct EvidenceTests {
  static let text = """
    Avery Stone
    avery@example.com

    EXPERIENCE
    Harbor Logistics, Tacoma, WA, Warehouse Lead
    Jan 2021 – Present
    • Cut picking errors by 30% for 2,000 daily orders using Python scripts
    • Trained 8 new associates
    Dockside Supply, Seattle, WA, Picker
    03/2018 to 11/2020
    • Packed 400 orders per shift

    PROJECTS
    Slotting Planner
    • Saved 12 hours a week of manual planning with SQL reports

    SKILLS
    Python, SQL
    """

  static func parsed() throws -> ParsedResume {
    try ResumeReader.read(
      InputFile(name: "avery.txt", text: text), lexicon: TestLexicon.small,
      today: TestLexicon.today)
  }

  @Test func everyHighlightBecomesEvidenceWithItsPathAndLine() throws {
    let evidence = try Self.parsed().evidence
    #expect(
      evidence.map(\.path) == [
        "work[0].highlights[0]", "work[0].highlights[1]", "work[1].highlights[0]",
        "projects[0].highlights[0]",
      ])
    #expect(evidence.map(\.line) == [7, 8, 11, 15])
    #expect(evidence.map(\.source) == [.work, .work, .work, .project])
  }

  @Test func evidenceCarriesMetricsAndSkills() throws {
    let first = try #require(try Self.parsed().evidence.first)
    #expect(first.metrics.map(\.text) == ["30%", "2,000"])
    #expect(first.metrics.map(\.measure) == [.percent, .transactions])
    #expect(first.skills == ["Python"])
  }

  @Test func evidenceKnowsItsRoleAndWhetherItIsCurrent() throws {
    let evidence = try Self.parsed().evidence
    #expect(evidence[0].organization == "Harbor Logistics")
    #expect(evidence[0].role == "Warehouse Lead")
    #expect(evidence[0].isCurrent)
    #expect(evidence[0].endDate == nil)
    #expect(evidence[2].organization == "Dockside Supply")
    #expect(!evidence[2].isCurrent)
    #expect(evidence[2].endDate == "2020-11")
  }

  @Test func yearsAndSkillsAreCountedAcrossTheResume() throws {
    let parsed = try Self.parsed()
    #expect(parsed.yearsOfExperience == 7.3)
    #expect(parsed.skills.map(\.term) == ["Python", "SQL"])
    #expect(parsed.skills.first?.lines == [7, 18])
  }

  @Test func jsonStatementsHavePathsButNoLines() throws {
    let json = """
      {"basics": {"summary": "Ships fast. Led 3 launches."},
       "work": [{"name": "Acme", "position": "Lead", "startDate": "2020-01", "endDate": "2022-03",
                 "highlights": ["Grew revenue by $1.2M"]}],
       "awards": [{"title": "Best Newcomer", "date": "2021"}]}
      """
    let parsed = try ResumeReader.read(
      InputFile(name: "a.json", text: json), lexicon: TestLexicon.small, today: TestLexicon.today)
    #expect(
      parsed.evidence.map(\.path) == [
        "basics.summary", "basics.summary", "work[0].highlights[0]", "awards[0].title",
      ])
    #expect(parsed.evidence.allSatisfy { $0.line == nil })
    #expect(parsed.evidence[2].metrics.first?.value == 1_200_000)
    #expect(parsed.evidence[2].endDate == "2022-03")
  }
}
