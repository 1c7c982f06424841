import Testing

@testable import CandorKit

/// A "must" said of the company's own system or team is no requirement of the candidate;
/// one said of the candidate still is.
@Suite struct CompanyDutyTests {
  static func requirements(intro: String) throws -> [String] {
    let text = """
      # Database Reliability Engineer

      **Quillmere Freight**

      \(intro)

      ## Requirements

      - 3+ years running PostgreSQL in production
      """
    return try PostingFixture.read(text: text, name: "posting.md").requirements.map(\.text)
  }

  @Test func aMustAboutTheCompanysSystemIsNoRequirement() throws {
    let found = try Self.requirements(
      intro: "Our booking ledger must stay above 99.95% uptime, and this year we shard it.")
    #expect(found == ["3+ years running PostgreSQL in production"])
  }

  @Test func aMustAboutTheCandidateIsARequirement() throws {
    let found = try Self.requirements(
      intro: "Our new hire must have 2 years of experience with Patroni.")
    #expect(found.contains("Our new hire must have 2 years of experience with Patroni."))
  }
}
