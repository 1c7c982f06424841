import Testing

@testable import CandorKit

/// Letter sentences the fourth trial found reading as labels or fragments.
@Suite struct LetterFragmentTests {
  static func evidence(
    _ text: String, _ source: Evidence.Source, from organization: String? = nil,
    metrics: [Quantity] = []
  ) -> Evidence {
    Evidence(
      text: text, path: "x", source: source, metrics: metrics, organization: organization)
  }

  @Test func aSummarysTrailingFragmentIsLeftOut() {
    let summary = Self.evidence(
      "Nationally certified pharmacy technician with 4 years in retail pharmacy. Bilingual "
        + "English/Spanish.", .summary)
    #expect(
      StatementPhrasing.sentence(for: summary)
        == "I am a nationally certified pharmacy technician with 4 years in retail pharmacy.")
  }

  @Test func aSummarysLaterFirstPersonSentenceStays() {
    let summary = Self.evidence(
      "Payroll specialist with 5 years in retail. I speak Spanish at work.", .summary)
    #expect(
      StatementPhrasing.sentence(for: summary)
        == "I am a payroll specialist with 5 years in retail. I speak Spanish at work.")
  }

  @Test func aTitleInCapitalsKeepsItsCapitals() {
    let summary = Self.evidence(
      "Customer Support Specialist with 2 years helping small businesses", .summary)
    #expect(
      StatementPhrasing.sentence(for: summary)
        == "I am a Customer Support Specialist with 2 years helping small businesses.")
  }

  @Test(arguments: [
    ("1,400 GitHub stars", "My project Tidepool Watch has 1,400 GitHub stars."),
    (
      "Open-source watchOS complication for glucose readings",
      "My project Tidepool Watch is an open-source watchOS complication for glucose readings."
    ),
  ])
  func aProjectsLabelLineGetsAVerb(_ text: String, _ said: String) {
    let line = Self.evidence(text, .project, from: "Tidepool Watch")
    #expect(StatementPhrasing.sentence(for: line) == said)
  }

  @Test func aProjectLineThatReadsNeitherWayIsNotSaid() {
    let line = Self.evidence("Dashboards for nurses on night shifts", .project, from: "Shiftly")
    #expect(StatementPhrasing.sentence(for: line) == nil)
    #expect(!StatementPhrasing.canSay(line))
  }

  @Test func noPhraseBankLineIsALabelWithoutAVerb() {
    for tone in LetterOptions.Tone.allCases {
      let bank = PhraseBank.bundled(tone)
      for pattern in bank.furtherEducation + bank.volunteer
        + bank.education
      {
        #expect(!pattern.contains(": {"), "\(tone): \(pattern)")
      }
      #expect(!bank.coverage.joined().contains("as requirements"), "\(tone)")
    }
  }
}
