import Testing

@testable import CandorKit

/// "Nice to have", "Bonus points" alone on a line head a tier of requirements.
@Suite struct SentenceCaseHeadingTests {
  @Test func sentenceCaseTierHeadingsGiveTheirTierAndAreNotRequirements() throws {
    // The shipped lexicon knows Kafka, so the one-word item counts as a requirement.
    let file = try PostingFixture.file("sentence-case-headings.txt")
    let posting = try PostingReader.read(file, lexicon: .standard)
    let tiers = posting.requirements.map { "\($0.tier): \($0.text)" }
    #expect(
      tiers == [
        "required: 3+ years writing SQL", "required: Experience with Looker",
        "preferred: Kafka", "preferred: Spark is a plus",
        "preferred: Tableau dashboards you have shipped",
      ])
  }

  @Test func aTermThePostingRatesAsAPlusIsASkill() throws {
    let file = try PostingFixture.file("sentence-case-headings.txt")
    let posting = try PostingReader.read(file, lexicon: .standard)
    let spark = try #require(posting.requirements.first { $0.text == "Spark is a plus" })
    #expect(spark.skills == ["Apache Spark"])
  }

}
