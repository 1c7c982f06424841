import Testing

@testable import CandorKit

@Suite struct RequirementTests {
  struct TierCase: Sendable, CustomTestStringConvertible {
    var text: String
    var tier: Tier?
    var years: Double?
    var testDescription: String { text }
  }

  static let lines: [TierCase] = [
    .init(text: "Must have 5+ years of Go", tier: .required, years: 5),
    .init(
      text: "Minimum of 2-3 years of nursing. ASC experience preferred.", tier: .required,
      years: 2),
    .init(text: "Previous experience is a plus, but not required", tier: .preferred, years: nil),
    .init(text: "Bachelors degree strongly preferred", tier: .preferred, years: nil),
    .init(text: "Zendesk experience a bonus", tier: .preferred, years: nil),
    .init(text: "IT support: 1 year (Required)", tier: .required, years: 1),
    .init(text: "At least one year of experience", tier: .required, years: 1),
    .init(text: "Inglés intermedio (deseable)", tier: .preferred, years: nil),
    .init(text: "Erste Erfahrung mit SQL ist von Vorteil", tier: .preferred, years: nil),
    .init(text: "Al menos 3 años de experiencia", tier: nil, years: 3),
    .init(text: "Experience with Kubernetes", tier: nil, years: nil),
    .init(text: "We are a three year-old startup", tier: nil, years: nil),
    .init(text: "Five or more years of accounting", tier: nil, years: 5),
  ]

  @Test(arguments: lines)
  func readsTierCuesAndYears(_ expected: TierCase) {
    #expect(RequirementCues.tier(of: expected.text) == expected.tier)
    #expect(RequirementCues.years(in: expected.text) == expected.years)
  }

  @Test func splitsRequiredAndPreferredByHeadingsWithSkillsAndEmphasis() throws {
    let requirements = try PostingFixture.read("backend-engineer.md").requirements
    let required = requirements.filter { $0.tier == .required }
    let preferred = requirements.filter { $0.tier == .preferred }
    #expect(required.map(\.line) == [22, 23, 24])
    #expect(preferred.map(\.line) == [28, 29])
    #expect(required[1].skills == ["Go", "PostgreSQL"])
    #expect(preferred.map(\.skills) == [["Kubernetes"], ["Python"]])
    #expect(required[0].years == 5)
    #expect(required.allSatisfy { $0.emphasis > preferred[0].emphasis })
    #expect(required[2].emphasis > required[0].emphasis, "\"Must\" stresses a line")
  }

  @Test func stressesRequirementsWhoseSkillsRecur() {
    let requirements = [
      Requirement(
        text: "Go and SQL", tier: .required, skills: ["Go", "SQL"], emphasis: 0.6, line: 3),
      Requirement(
        text: "Some Python", tier: .preferred, skills: ["Python"], emphasis: 0.4, line: 4),
    ]
    let skills = [
      SkillMention(term: "Go", category: .language, spelling: "Go", count: 2, lines: [1, 3]),
      SkillMention(term: "SQL", category: .language, spelling: "SQL", count: 3, lines: [2, 3]),
      SkillMention(term: "Python", category: .language, spelling: "Python", lines: [4]),
    ]
    let weighed = RequirementExtractor.weighRepetition(requirements, skills: skills)
    #expect(weighed.map(\.emphasis) == [0.7, 0.4])
  }

  @Test func keepsApplyInstructionsAndContactLinesOutOfRequirements() throws {
    let clinic = try PostingFixture.read("clinic-nurse.md").requirements
    #expect(!clinic.contains { $0.text.contains("send your resume") })
    let note = try PostingFixture.read("recruiter-note.txt").requirements
    #expect(!note.contains { $0.text.hasPrefix("Email:") || $0.text.contains("Morgan") })
  }

  @Test func splitsListItemsThatLostTheirSeparators() throws {
    let requirements = try PostingFixture.read("labelled-sections.txt").requirements
    #expect(
      requirements.map(\.text) == [
        "Experience with Zendesk or a similar help desk",
        "Excellent written English, German a plus",
        "At least 2 years in customer support, including some time leading others on a busy queue",
      ])
    #expect(requirements.map(\.tier) == [.required, .preferred, .required])
  }

  @Test func collectsResponsibilitiesWithTheirLines() throws {
    let duties = try PostingFixture.read("warehouse-lead.json").responsibilities
    #expect(
      duties == [
        PostingLine(text: "Run cycle counts across both distribution centers", line: 16),
        PostingLine(text: "Train a team of 6 inventory associates", line: 17),
      ])
  }

  @Test func aggregatesSkillsWithTierCountAndLines() throws {
    let skills = try PostingFixture.read("backend-engineer.md").skills
    #expect(skills.map(\.term) == ["Go", "PostgreSQL", "Kubernetes", "Python"])
    let go = try #require(skills.first)
    #expect(go.tier == .required)
    #expect(go.count == 2)
    #expect(go.lines == [16, 23])
    #expect(skills.last?.tier == .preferred)
  }
}
