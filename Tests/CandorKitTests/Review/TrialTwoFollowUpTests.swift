import Foundation
import Testing

@testable import CandorKit

/// Review faults from the second new-user trial that its first round of fixes left open.
@Suite struct TrialTwoFollowUpTests {
  static func review(_ text: String, job: JobPosting? = ReviewFixtures.job) -> Review {
    LetterReviewer().review(text: text, job: job)
  }

  static func findings(_ text: String, _ rule: String) -> [Finding] {
    review(text).findings.filter { $0.rule == rule }
  }

  @Test func eachConfusedWordIsNamedAndReplacedOnItsOwn() {
    let text =
      "Dear Carmen Diaz,\n\nI am more experienced then my peers. I applied for the roll of data "
      + "engineer. Your going to see results. The change will effect every pipeline. I like "
      + "you're mission. The team lost it's way. I would not loose sight of cost. My skills "
      + "compliment the team.\n\nSincerely,\nAna Ruiz\n"
    let found = Self.findings(text, "confused-word")
    #expect(
      found.map(\.message) == [
        "write 'than' instead of 'then'", "write 'role' instead of 'roll'",
        "write 'You're' instead of 'Your'", "write 'affect' instead of 'effect'",
        "write 'your' instead of 'you're'", "write 'its' instead of 'it's'",
        "write 'lose' instead of 'loose'", "write 'complement' instead of 'compliment'",
      ])
    #expect(found.first?.suggestion == "write 'I am more experienced than my peers.'")
  }

  @Test func capitalPlaceholderLettersAreSlots() {
    let found = Self.findings(
      "Dear Carmen Diaz,\n\nI am applying to XXX after XX years in retail, starting TBD.\n",
      "placeholder")
    #expect(found.map(\.excerpt) == ["XXX", "XX years", "TBD"])
  }

  @Test func softSkillsStatedAsPredicatesNeedAnIncident() {
    let bare = Self.findings(
      "Dear Carmen Diaz,\n\nMy leadership skills are strong. I am highly organised.\n",
      "unbacked-soft-skill")
    #expect(bare.map(\.excerpt) == ["leadership skills are strong", "I am highly organised"])
    let backed = Self.findings(
      "Dear Carmen Diaz,\n\nMy leadership skills are strong: I led 4 engineers through the "
        + "Kafka migration of 120 jobs.\n", "unbacked-soft-skill")
    #expect(backed.isEmpty)
  }

  @Test func frontMatterIsNeitherReviewedNorCounted() throws {
    let with = Self.review(try ReviewFixtures.letter("front-matter.md"))
    let without = Self.review(try ReviewFixtures.letter("front-matter-removed.md"))
    #expect(with.findings.allSatisfy { $0.line > 6 })
    #expect(with.wordCount == without.wordCount)
    #expect(with.findings.map(\.rule) == without.findings.map(\.rule))
    #expect(with.findings.map(\.line) == without.findings.map { $0.line + 7 })
    #expect(with.findings.contains { $0.rule == "generic-greeting" && $0.line == 8 })
  }

  @Test func aShortLetterMayBeOneParagraphUpToItsLength() {
    let sentence = "At Mesa I moved nightly loads to Kafka and cut the batch window by 40%. "
    let paragraph = String(repeating: sentence, count: 11)
    let text = "Dear Carmen Diaz,\n\n\(paragraph)\n\nSincerely,\nAna Ruiz\n"
    let reviewer = LetterReviewer()
    let standard = reviewer.review(text: text).findings.filter { $0.rule == "long-paragraph" }
    #expect(standard.map(\.message) == ["split this paragraph (limit 120 words, found 165)"])
    let short = reviewer.review(text: text, wordRange: Letter.shortWords).findings
    #expect(!short.contains { $0.rule == "long-paragraph" || $0.rule == "letter-length" })
  }

  @Test func onePhraseGivesOneFindingPerRule() {
    let text =
      "Dear Carmen Diaz,\n\nI have been passionate about data since I was a child. Do not "
      + "hesitate to contact me at your earliest convenience.\n\nSincerely,\nAna Ruiz\n"
    #expect(
      Self.findings(text, "passion-statement").map(\.excerpt) == [
        "passionate about data since I was a child"
      ])
    #expect(Self.findings(text, "limp-closing").count == 1)
  }

  @Test func aPastClientWithASimilarNameIsNotTheWrongCompany() throws {
    let past = try ReviewFixtures.letter("past-client-similar-name.txt")
    #expect(Self.findings(past, "wrong-company").isEmpty)
    let applying = Self.findings(
      try ReviewFixtures.letter("applies-to-similar-name.txt"), "wrong-company")
    #expect(
      applying.map(\.message) == [
        "replace 'Southwind Logistics' with 'Northwind Logistics', the posting's company"
      ])
    let misspelt = Self.findings(
      try ReviewFixtures.letter("misspelt-company.txt"), "wrong-company")
    #expect(
      misspelt.map(\.message) == [
        "correct 'Northwnd Logistics' to 'Northwind Logistics', the posting's spelling of the "
          + "company"
      ])
  }

  @Test func repeatedOpeningsNameTheWordNotTheContraction() {
    let text =
      "Dear Carmen Diaz,\n\nI’m a data engineer. I’m based in Denver. I’m free next week.\n"
    #expect(
      Self.findings(text, "repeated-opening").map(\.message) == [
        "vary the openings: 3 sentences in a row start with 'I'"
      ])
  }

  @Test func clockMinutesAndAnUnhyphenatedCallLengthAreNotClaims() {
    let text: Substring = "free at 10:00 for a 20 minute call"
    #expect(ClockAndCallTimes.contains(text.range(of: "00")!, in: text))
    #expect(ClockAndCallTimes.contains(text.range(of: "20 minute")!, in: text))
    let servers: Substring = "cut 20 servers"
    #expect(!ClockAndCallTimes.contains(servers.range(of: "20")!, in: servers))
  }
}
