import Testing

@testable import CandorKit

/// Keywords of a posting: category, tier and weight, either/or requirements, and what is
/// never a keyword.
@Suite struct KeywordExtractorTests {
  let keywords: [PostingKeyword]

  init() throws {
    keywords = try MatchFixture.keywords("backend-posting.md")
  }

  func keyword(_ term: String) -> PostingKeyword? {
    keywords.first { $0.term == term }
  }

  @Test func putsTheTitleFirstWithoutLevelWords() {
    #expect(keywords.first?.term == "Backend Engineer")
    #expect(keywords.first?.category == .title)
    #expect(keywords.first?.tier == .required)
  }

  @Test(arguments: [
    ("Postgres", KeywordCategory.hardSkill, Tier.required),
    ("Kubernetes", .tool, .required),
    ("SQL", .hardSkill, .required),
    ("Rust", .hardSkill, .preferred),
    ("CI/CD", .hardSkill, .preferred),
    ("communication", .softSkill, .required),
    ("BS in Computer Science", .degree, .required),
    ("Python", .hardSkill, .required),
  ])
  func givesEachTermItsCategoryAndTier(_ term: String, category: KeywordCategory, tier: Tier) {
    let found = keyword(term)
    #expect(found?.category == category)
    #expect(found?.tier == tier)
  }

  @Test func keepsASlashPairAsOneRequirement() {
    let pair = keyword("AWS/GCP")
    #expect(pair?.options.map(\.key) == ["aws", "gcp"])
    #expect(pair?.isEitherOr == true)
    #expect(pair?.terms == ["AWS", "GCP"])
  }

  @Test func keepsAListOfExamplesAsOneRequirementWorthLess() throws {
    let examples = try #require(keyword("Jenkins / CircleCI / Buildkite"))
    #expect(examples.options.map(\.term) == ["Jenkins", "CircleCI", "Buildkite"])
    #expect(examples.weight < (keyword("CI/CD")?.weight ?? 0))
  }

  @Test func countsAnOptionAskedForElsewhereOnItsOwn() {
    // "Python or Go": Python is also named alone, so both count separately.
    #expect(keyword("Go")?.tier == .required)
    #expect(keyword("Python")?.count == 3)
    #expect(!keywords.contains { $0.term == "Python or Go" })
  }

  @Test func countsAnAliasInBracketsAsTheSameMention() {
    #expect(keyword("Kubernetes")?.count == 1)
  }

  @Test func matchesAnAliasByTheLexiconTermsKey() {
    #expect(keyword("Postgres")?.options.first?.key == "postgresql")
  }

  @Test func absorbsTheFieldsOfADegree() {
    #expect(keyword("BS in Computer Science")?.options.first?.key == "bachelors degree")
    #expect(!keywords.contains { ["computer science", "mathematics"].contains($0.options[0].key) })
  }

  @Test func weighsATermThatNamesATeamLess() throws {
    let team = try #require(keyword("customer success"))
    let skill = try #require(keyword("routing"))
    // A domain on a duties line: 0.55 × 0.8, then under a third for naming a team.
    #expect(team.weight == 0.13)
    #expect(team.weight < skill.weight)
  }

  @Test(arguments: ["Larkspur", "Duluth", "platform", "team", "experience", "strong", "years"])
  func neverMakesAKeywordOf(_ word: String) {
    #expect(!keywords.contains { $0.term.localizedCaseInsensitiveContains(word) })
  }

  @Test func ranksHeaviestFirst() {
    let weights = keywords.map(\.weight)
    #expect(weights == weights.sorted(by: >))
  }

  @Test func givesTheSameKeywordsForTheSameInput() throws {
    #expect(try MatchFixture.keywords("backend-posting.md") == keywords)
  }
}

/// Keywords are shown in the plain form the labels and screens use, and a team's name
/// weighs little (`plain-forms-posting.md`).
@Suite struct KeywordPlainFormTests {
  let keywords: [PostingKeyword]

  init() throws {
    keywords = try MatchFixture.keywords("plain-forms-posting.md")
  }

  @Test func showsEachTermWithoutTheWordsAroundIt() {
    let terms = keywords.map(\.term)
    #expect(terms.contains("High School diploma"))
    #expect(terms.contains("ownership"))
    #expect(terms.contains("distributed teams"))
    #expect(!terms.contains { $0.hasPrefix("take ") || $0.hasPrefix("working ") })
    #expect(!terms.contains { $0.hasSuffix("or equivalent") })
  }

  @Test func weighsATeamsNameUnderAThirdOfTheSameTermAskedFor() throws {
    let team = try #require(keywords.first { $0.term == "customer success" })
    let skill = try #require(keywords.first { $0.term == "routing" })
    // Both are domains (0.8): a required line gives 1, a duties line 0.55, then × 0.3.
    #expect(skill.weight == 0.8)
    #expect(team.weight == 0.13)
  }
}

/// A trait of character ("honesty") is asked for but is no keyword; a skill next to it is.
@Suite struct KeywordTraitTests {
  @Test func leavesOutTraitsOfCharacterButKeepsSoftSkills() throws {
    let keywords = try MatchFixture.keywords(
      text: """
        # Backend Engineer

        ## Requirements

        - Python and SQL
        - Honesty and strong communication skills
        """)
    let keys = keywords.flatMap { $0.options.map(\.key) }
    #expect(keys.contains("communication"))
    #expect(keys.contains("python"))
    #expect(!keys.contains("integrity"))
    #expect(!keywords.contains { $0.term.localizedCaseInsensitiveContains("honesty") })
  }
}
