import Testing

@testable import CandorKit

/// How one resume statement becomes a letter sentence without changing what it claims.
@Suite struct StatementPhrasingTests {
  static func evidence(
    _ text: String, _ path: String, _ source: Evidence.Source, from organization: String? = nil
  ) -> Evidence {
    Evidence(text: text, path: path, source: source, organization: organization)
  }

  @Test func anAwardIsReceivedButItsSummaryIsNoSecondAward() {
    let title = Self.evidence("Harbour Safety Prize", "awards[0].title", .award, from: "Port Board")
    let summary = Self.evidence("Given for zero incidents", "awards[0].summary", .award)
    #expect(
      StatementPhrasing.sentence(for: title)
        == "I received the Harbour Safety Prize from Port Board.")
    #expect(StatementPhrasing.sentence(for: summary) == nil)
  }

  @Test func aPublicationsSummaryIsNoSecondPublication() {
    let name = Self.evidence("Tides of Data", "publications[0].name", .publication)
    let summary = Self.evidence("A study of tidal sensors", "publications[0].summary", .publication)
    #expect(StatementPhrasing.sentence(for: name) == "I published “Tides of Data”.")
    #expect(StatementPhrasing.sentence(for: summary) == nil)
  }

  @Test func aCompanyDescriptionIsNotTurnedIntoAnAction() {
    let about = Self.evidence(
      "Quayside Labs is a maker of harbour sensors", "work[0].summary", .work, from: "Quayside")
    let did = Self.evidence(
      "Built the sensor fleet dashboard", "work[0].highlights[0]", .work,
      from: "Quayside")
    #expect(StatementPhrasing.sentence(for: about) == nil)
    #expect(
      StatementPhrasing.sentence(for: did) == "At Quayside, I built the sensor fleet dashboard.")
  }

  @Test func aSummaryThatHasItsArticleGetsNoSecond() {
    #expect(
      StatementPhrasing.summarySentence("a bilingual support specialist with five years")
        == "I am a bilingual support specialist with five years.")
    #expect(
      StatementPhrasing.summarySentence("Bilingual support specialist with five years")
        == "I am a bilingual support specialist with five years.")
  }

  @Test func canSayAgreesWithWhetherASentenceIsWritten() {
    let cases = [
      Self.evidence("Built the sensor fleet dashboard", "work[0].highlights[0]", .work),
      Self.evidence("Quayside Labs is a maker of sensors", "work[0].summary", .work),
      Self.evidence("Certification : ACE trainer", "work[0].highlights[1]", .work),
      Self.evidence("Quayside Labs is a maker of sensors", "projects[0].name", .project),
      Self.evidence(
        "Quayside Labs is a maker of sensors", "projects[1].name", .project, from: "Tide"),
      Self.evidence("Ran the beach clean-up", "volunteer[0].highlights[0]", .volunteer),
      Self.evidence("Given for zero incidents", "awards[0].summary", .award),
      Self.evidence("Harbour Safety Prize", "awards[0].title", .award),
      Self.evidence("A study of tidal sensors", "publications[0].summary", .publication),
      Self.evidence("Backend engineer with eight years", "basics.summary", .summary),
      Self.evidence("**.**", "work[0].highlights[2]", .work),
    ]
    let said = cases.map { StatementPhrasing.sentence(for: $0) != nil }
    #expect(cases.map(StatementPhrasing.canSay) == said)
    #expect(said == [true, false, true, false, true, true, false, true, false, true, false])
  }
}
