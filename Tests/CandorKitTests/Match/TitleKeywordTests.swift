import Testing

@testable import CandorKit

/// Where the job title stands among a posting's keywords: first when it names a field the
/// lexicon knows, last when it is a bare job title that names no skill.
@Suite struct TitleKeywordTests {
  static let requirements = """

    ## Requirements

    - Python and SQL
    - Kubernetes in production
    """

  @Test func putsABareJobTitleLastAndWeighsItLeast() throws {
    let keywords = try MatchFixture.keywords(
      text: "# Senior Routing Software Developer\n" + Self.requirements)
    let last = try #require(keywords.last)
    #expect(last.category == .title)
    #expect(last.term == "Routing Software Developer")
    #expect(keywords.dropLast().allSatisfy { $0.weight >= last.weight })
  }

  @Test func keepsOnlyTheKnownFieldOfATitleWithSeveralParts() throws {
    let keywords = try MatchFixture.keywords(
      text: "# Backend Engineer/Support Wrangler\n" + Self.requirements)
    let first = try #require(keywords.first)
    #expect(first.category == .title)
    #expect(first.term == "Backend Engineer")
    #expect(first.terms == ["Backend Engineer"])
  }

  @Test(arguments: [
    ("# Forklift Operator - Seasonal Peak (Nov-Jan)\n", "Forklift Operator"),
    ("# Routing Software Developer (Part-Time, 20 hrs/week)\n", "Routing Software Developer"),
    ("# Night Stocker, Temporary\n", "Night Stocker"),
    ("# Route Planner - Cold Chain Division\n", "Route Planner"),
    ("# Routing Software Developer, Payments Team\n", "Routing Software Developer"),
  ])
  func keepsOnlyTheRoleTheTitleNames(heading: String, term: String) throws {
    let keywords = try MatchFixture.keywords(text: heading + Self.requirements)
    let title = try #require(keywords.first { $0.category == .title })
    #expect(title.term == term)
  }

  /// "Halifax, NS (hybrid: 3 days in office)": the words in the bracket say how the job is
  /// worked, not where, so "Office" stays in the title.
  @Test func aWayOfWorkingAfterThePlaceLeavesTheTitleWhole() throws {
    let keywords = try MatchFixture.keywords(
      text:
        "# Front Office Coordinator\n\nBrackley Suites · Halifax, NS (hybrid: 3 days in office)\n"
        + Self.requirements)
    let title = try #require(keywords.first { $0.category == .title })
    #expect(title.term == "Front Office Coordinator")
  }
}
