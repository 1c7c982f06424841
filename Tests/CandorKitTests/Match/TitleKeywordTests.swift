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
}
