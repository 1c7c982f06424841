import CandorSpelling
import Testing

@testable import CandorKit

@Suite struct BeforeAfterTests {
  static let reviewer = LetterReviewer(spellChecker: HunspellChecker.englishUS)

  static func review(_ file: String) throws -> Review {
    reviewer.review(
      text: try ReviewFixtures.letter(file), job: ReviewFixtures.job,
      resume: ReviewFixtures.resume)
  }

  @Test func specificQuantifiedRewriteScoresFortyPointsHigher() throws {
    let before = try Self.review("generic-before.txt")
    let after = try Self.review("specific-after.txt")
    #expect(after.score - before.score >= 40, "\(before.score) → \(after.score)")
  }

  @Test func specificRewriteHasNoWarningsOrErrors() throws {
    let after = try Self.review("specific-after.txt")
    #expect(after.findings.filter { $0.severity > .suggestion }.map(\.rule) == [])
    #expect(after.score >= 90)
    #expect(after.grade == "A")
  }

  @Test func genericLetterLosesPointsInEveryCategoryItFails() throws {
    let before = try Self.review("generic-before.txt")
    let lost = Set(
      before.categories.filter { ($0.score ?? $0.maximum) < $0.maximum }.map(\.category))
    #expect(lost == [.personalisation, .specificity, .relevance, .structure, .language])
    let relevance = try #require(before.category(.relevance))
    #expect(relevance.reasons.map(\.rule) == ["keyword-gap"])
  }

  @Test func genericOpenerFixIsARewriteFromPostingAndResume() throws {
    let before = try Self.review("generic-before.txt")
    let opener = try #require(before.findings.first { $0.rule == "generic-opener" })
    #expect(
      opener.suggestion
        == "write 'I am applying for the Data Engineer role at Northwind Logistics: at Alder "
        + "Freight I moved 40 nightly batch jobs to Kafka streams, cutting dashboard refresh "
        + "from 8 hours to 90 seconds over four months.'")
  }

  @Test func closingFixProposesANextStepFromPostingAndResume() throws {
    let before = try Self.review("generic-before.txt")
    let closing = try #require(before.findings.first { $0.rule == "limp-closing" })
    #expect(
      closing.suggestion
        == "write 'I would welcome a call to walk you through how I moved 40 nightly batch jobs "
        + "to Kafka streams, cutting dashboard refresh from 8 hours to 90 seconds over four "
        + "months, and how that experience would carry into the Data Engineer role at Northwind "
        + "Logistics. I will follow up next week to find a time.'")
  }

  @Test func greetingFixNamesThePostingsContact() throws {
    let before = try Self.review("generic-before.txt")
    let greeting = try #require(before.findings.first { $0.rule == "generic-greeting" })
    #expect(
      greeting.suggestion
        == "write 'Dear Carmen Diaz,': the posting names Carmen Diaz (head of data)")
  }

  @Test func keywordGapListsMustHavesTheResumeSupports() throws {
    let before = try Self.review("generic-before.txt")
    let gaps = before.findings.filter { $0.rule == "keyword-gap" }
    #expect(
      gaps.map { $0.message.split(separator: "'")[1] } == ["Kafka", "PostgreSQL", "Python"])
    // A gap is something missing: the finding points at the paragraph where the term fits
    // (here the one that names tools), quotes what stands there, and says so.
    #expect(gaps.allSatisfy { ($0.line, $0.column) == (5, 1) })
    #expect(gaps.allSatisfy { $0.excerpt == "I have worked with various technologies" })
    #expect(
      gaps.first?.message
        == "mention 'Kafka' in this paragraph, with the other tools you name: the posting "
        + "requires it and your resume shows it")
  }

  @Test func comparisonListsWhatWasFixedAndWhatIsNew() throws {
    let comparison = ReviewComparison(
      before: try Self.review("generic-before.txt"), after: try Self.review("specific-after.txt"))
    #expect(comparison.change >= 40)
    #expect(comparison.fixed.map(\.rule).contains("generic-opener"))
    #expect(comparison.new.allSatisfy { $0.severity == .suggestion })
  }
}
