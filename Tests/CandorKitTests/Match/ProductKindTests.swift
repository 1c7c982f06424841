import Testing

@testable import CandorKit

/// A named product answers an ask for its kind ("Salesforce" for "CRM experience",
/// "athenahealth" for "an EHR") in the match and in the letter; the kind never answers an
/// ask for one product.
@Suite struct ProductKindTests {
  static func posting(_ ask: String) throws -> JobPosting {
    try PostingReader.read(
      InputFile(
        name: "posting.md",
        text: """
          # Front Desk Coordinator

          Willowbend Family Clinic is hiring.

          ## Requirements

          - \(ask)
          - 2+ years of front desk experience
          """))
  }

  static func resume(_ highlight: String) throws -> ParsedResume {
    try ResumeReader.read(
      InputFile(
        name: "resume.txt",
        text: """
          Tamsin Okoro
          tamsin.okoro@example.com

          Experience
          Front Desk Associate, Marrow Creek Dental, 2021 - Present
          - \(highlight)
          - Checked in 60 patients a day
          """))
  }

  static func found(_ ask: String, in highlight: String) throws -> Bool? {
    let report = KeywordMatcher.match(posting: try posting(ask), resume: try resume(highlight))
    return report.keywords.first { $0.tier == .required && $0.category == .tool }?.found
  }

  @Test(arguments: [
    ("Experience with a CRM", "Logged every call in HubSpot"),
    ("Experience with an EHR", "Scheduled visits and charted in eClinicalWorks"),
    ("Comfort with a ticketing system", "Closed 30 tickets a week in Zendesk"),
    ("Experience with a SIEM", "Triaged 90 Splunk alerts a shift"),
    ("Strong spreadsheet skills", "Reconciled 40 invoices a week in Excel"),
  ])
  func aProductAnswersAnAskForItsKind(_ ask: String, _ highlight: String) throws {
    #expect(try Self.found(ask, in: highlight) == true)
  }

  @Test func theKindDoesNotAnswerAnAskForOneProduct() throws {
    #expect(try Self.found("Experience with HubSpot", in: "Logged every call in a CRM") == false)
  }

  @Test func theLetterAnswersTheKindWithTheProductItUsed() throws {
    let letter = try LetterWriter.write(
      posting: try Self.posting("Experience with a CRM"),
      resume: try Self.resume("Logged every call in HubSpot"), options: LetterOptions(),
      today: "2026-12-01")
    #expect(letter.plan.lead?.evidence.text == "Logged every call in HubSpot")
    #expect(letter.plan.lead?.sharedTerms == ["CRM"])
    #expect(letter.plan.unmetRequirements.isEmpty)
    // The kind is never named as if the resume said it: "My resume also shows CRM".
    #expect(!letter.text.contains("shows CRM"))
  }
}
