import Testing

@testable import CandorCorpus

/// The corpus run scores keywords as the labels' README says: deduplicated, top k, one to
/// one in gold order, averaged over postings.
@Suite struct MatchCorpusTests {
  static let label = PostingLabel(
    title: "Engineer", company: nil, recipient: nil, location: nil, level: "mid",
    language: "en", required: [], preferred: [], soft: [],
    keywords: ["PostgreSQL", "Kubernetes", "code review"],
    aliases: ["PostgreSQL": ["Postgres"], "code review": ["code reviews"]])

  @Test func dedupesBeforeCuttingToTheTopK() {
    let score = KeywordScore(
      predicted: ["Postgres", "postgres", "Kafka", "Kubernetes"], label: Self.label,
      lenient: false, k: 2)
    #expect(score.predicted == 2)
    #expect(score.matched == 1)
  }

  @Test func scoresPrecisionRecallAndF1() {
    let score = KeywordScore(
      predicted: ["Postgres", "Kubernetes", "Kafka", "Code Reviews"], label: Self.label,
      lenient: false)
    #expect(score.matched == 3)
    #expect(score.precision == 0.75)
    #expect(score.recall == 1)
    #expect(abs(score.f1 - 6.0 / 7.0) < 1e-9)
  }

  @Test func averagesF1OverPostings() {
    var macro = MacroScore()
    macro.add(KeywordScore(predicted: ["Postgres"], label: Self.label, lenient: false))
    macro.add(KeywordScore(predicted: [], label: Self.label, lenient: false))
    #expect(abs(macro.f1 - 0.25) < 1e-9)
  }
}
