import Testing

@testable import CandorKit

/// What keyword-gap asks a letter to name (fourth trial).
@Suite struct KeywordGapAskTests {
  static func gaps(_ body: String) throws -> [String] {
    let posting = try PostingReader.read(
      InputFile(
        name: "posting.md",
        text: "# Customer Support Specialist\n\n## Requirements\n\n"
          + "- 2 years of customer support in a SaaS company\n- Fluent English\n"
          + "- Zendesk and Intercom\n"),
      lexicon: .standard)
    let text =
      "Rosa Vidal\nrosa@example.com\n\nSUMMARY\nCustomer support specialist with 2 years in "
      + "SaaS. Fluent English.\n\nEXPERIENCE\nSupport Agent, Tallyho, 2022 – 2024\n"
      + "- Resolved 70 tickets a day in Zendesk and Intercom for SaaS customers\n\n"
      + "SKILLS\nZendesk, Intercom, customer support, English\n"
    let resume = try ResumeReader.read(InputFile(name: "cv.txt", text: text))
    let letter = "Dear team,\n\n\(body)\n\nSincerely,\nRosa Vidal\n"
    return LetterReviewer(spellChecker: nil).review(text: letter, job: posting, resume: resume)
      .findings.filter { $0.rule == "keyword-gap" }.map(\.message)
  }

  @Test func theTitlesOwnAreaAndTheLettersLanguageAreNeverAskedFor() throws {
    let asked = try Self.gaps("At Tallyho I resolved 70 tickets a day for SaaS customers.")
    #expect(asked.contains { $0.hasPrefix("mention 'Zendesk'") })
    #expect(!asked.contains { $0.contains("'Customer Support'") })
    #expect(!asked.contains { $0.contains("'English'") })
  }

  @Test func aMustHaveOutsideTheTitleIsStillAskedFor() throws {
    let asked = try Self.gaps("At Tallyho I resolved 70 tickets a day in Zendesk.")
    #expect(asked.contains { $0.hasPrefix("mention 'Intercom'") })
  }
}
