import Testing

@testable import CandorKit

/// Contact and pay sentences name whom to write to and what the job pays, never a skill;
/// a count of a noun the posting names measures that noun, not the users near it.
@Suite struct ContactPayAndCountedNounTests {
  static func read(_ body: String) throws -> JobPosting {
    let text = "Title: Stock Apprentice\nCompany: Fernhill Goods\n\n" + body
    return try PostingReader.read(InputFile(name: "posting.txt", text: text), lexicon: .standard)
  }

  static let duties = "Responsibilities\n- Count stock with a handheld scanner\n\n"

  @Test(arguments: [
    "Send your application to Dana Reyes in Human Resources at jobs@fernhill.example.",
    "Our shop is family run. Questions about this role can go to Human Resources at "
      + "hr@fernhill.example.",
    "We hire twice a year. Please send your resume to Human Resources.",
  ])
  func aContactSentenceAddsNoKeyword(sentence: String) throws {
    let posting = try Self.read(Self.duties + "About us\n" + sentence + "\n")
    #expect(!posting.skills.contains { $0.term == "human resources" })
  }

  @Test(arguments: [
    "Apprentices earn $17 an hour in year one, with QuickBooks training paid.",
    "Pay: $18.50 per hour during the apprenticeship, rising once QuickBooks is learned.",
    "The pay range is $40,000 - $46,000 a year, and QuickBooks users start higher.",
  ])
  func aPaySentenceAddsNoKeywordNorRequirement(sentence: String) throws {
    let posting = try Self.read(
      Self.duties + "Requirements\n- Able to lift 40 pounds\n- " + sentence + "\n")
    #expect(!posting.skills.contains { $0.term == "QuickBooks" })
    #expect(!posting.requirements.contains { $0.text.contains("QuickBooks") })
  }

  @Test func aSkillBesideAContactSentenceStillCounts() throws {
    let posting = try Self.read(
      "About us\nWe sell on Shopify. Send your resume to Human Resources.\n")
    #expect(posting.skills.contains { $0.term == "Shopify" })
  }

  @Test(arguments: [
    ("Hauls freight for grocery customers across 38 states.", "38", "states"),
    ("Serves members through 120 routes and 14 depots.", "120", "routes"),
    ("Our patients visit 9 clinics in 3 counties.", "3", "counties"),
  ])
  func aCountedNounDecidesTheMeasureOverUsersNearby(
    sentence: String, number: String, noun: String
  ) throws {
    let figure = try Self.read("About us\n" + sentence + "\n").scaleFigures.first {
      $0.quantity.text == number
    }
    #expect(figure?.quantity.measure == .count)
    #expect(figure?.noun == noun)
  }
}
