import Testing

@testable import CandorKit

/// "Base", "rate" and "earn" name pay, but also a base of clients, a rate of work and
/// earning a credential: a requirement that uses them beside an amount stays a requirement.
@Suite struct PayWordRequirementTests {
  static func posting(_ requirement: String) throws -> JobPosting {
    let text = """
      Branch Sales Associate
      Quillfeather Supply

      We sell shelving and racking to warehouses across the Midwest.

      Requirements
      - \(requirement)
      - Valid driver's license

      Pay
      $19 - $23 per hour
      """
    return try PostingFixture.read(text: text)
  }

  @Test(arguments: [
    "Base knowledge of Excel",
    "Able to lift 50 lbs at a steady rate",
    "Experience growing a client base of $2M or more",
    "Ability to earn a $500 safety bonus certification within 90 days",
    "2 years of experience keeping a shrink rate under $1,000 a quarter",
  ])
  func aRequirementNamingAnAmountBesideAWordOfPayStaysARequirement(_ line: String) throws {
    let posting = try Self.posting(line)
    #expect(posting.requirements.map(\.text) == [line, "Valid driver's license"])
    #expect(posting.salary?.minimum == 19)
    #expect(posting.salary?.maximum == 23)
  }

  @Test(arguments: [
    "Apprentices earn $17 an hour in year one.",
    "The base rate is $21.50 per hour.",
    "New hires earn a base of $48,000 a year.",
  ])
  func aSentenceThatStatesPayIsStillPay(_ sentence: String) {
    #expect(SalaryParser.isPaySentence(sentence))
  }
}
