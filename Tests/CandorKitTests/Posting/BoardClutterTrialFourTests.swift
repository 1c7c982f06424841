import Testing

@testable import CandorKit

/// What Indeed, LinkedIn and Workday print around a posting, found by the fourth trial.
@Suite struct BoardClutterTrialFourTests {
  @Test func indeedProfileInsightsGiveNoRequirements() throws {
    let text = """
      Barista
      Lantern Coffee Co.
      Eugene, OR 97401
      Profile insights
      Find out how your skills align with the job description
      Skills
      Latte art
      Do you have experience in Latte art?
      Job details
      Pay
      $17 - $19 an hour
      Full job description
      Lantern Coffee Co. roasts beans for 40 cafes in the valley.
      Requirements:
      6+ months behind an espresso bar
      Food handler card
      """
    let posting = try PostingFixture.read(text: text)
    #expect(
      posting.requirements.map(\.text) == ["6+ months behind an espresso bar", "Food handler card"])
  }

  @Test func linkedInsAboutTheCompanyBlockGivesNoRequirements() throws {
    let text = """
      Data Engineer
      Brackwater Freight · Duluth, MN

      Preferred Qualifications
      • Kafka or Kinesis

      About the company
      Brackwater Freight
      8,250 followers
      """
    let posting = try PostingFixture.read(text: text)
    #expect(posting.requirements.map(\.text) == ["Kafka or Kinesis"])
  }

  @Test func workdayLabelsGiveTheLocationAndThePaySentenceIsNoRequirement() throws {
    let text = """
      Payroll Clerk
      Apply
      locations
      Spokane, WA
      time type
      Full time
      job requisition id
      R-55120

      Qualifications:
      Two years of payroll experience
      The pay range for this position is $21.00 - $25.00 per hour.
      """
    let posting = try PostingFixture.read(text: text)
    #expect(posting.location == "Spokane, WA")
    #expect(posting.requirements.map(\.text) == ["Two years of payroll experience"])
    #expect(posting.salary?.minimum == 21)
  }

  @Test func payAsOnePartOfABylineIsTheSalary() throws {
    let text = """
      Case Manager
      Riverbend Family Services
      Ithaca, NY · Full-time · $58,000–$66,000

      Requirements
      - LMSW
      """
    let posting = try PostingFixture.read(text: text)
    #expect(posting.salary?.text == "$58,000–$66,000")
    #expect(posting.salary?.minimum == 58_000)
    #expect(posting.salary?.maximum == 66_000)
  }

  @Test func upToStaysWithTheAmount() throws {
    let text = """
      Night Auditor
      Gullwing Inn
      Bar Harbor, ME | Pay: Up to $26 an hour + tips

      Requirements
      - 1+ year of hotel night audit
      """
    let posting = try PostingFixture.read(text: text)
    #expect(posting.salary?.text == "Up to $26 an hour")
    #expect(posting.salary?.minimum == nil)
    #expect(posting.salary?.maximum == 26)
  }

  @Test(arguments: [
    "Gullwing Inn runs 80 rooms on the harbor, and this winter we are opening a second location.",
    "Gullwing Inn moves 300 guests a night through its harbor ferry.",
  ])
  func aSentenceOfWhatTheCompanyDoesIsAHook(sentence: String) throws {
    let text = """
      Night Auditor
      Company: Gullwing Inn

      \(sentence)

      Requirements
      - 1+ year of hotel night audit
      """
    let posting = try PostingFixture.read(text: text)
    #expect(posting.hooks.map(\.text) == [sentence])
  }

  @Test func theFirstWordOfACompanysNameNamesIt() throws {
    let text = """
      Support Agent
      Company: Quillpoint Software

      Quillpoint makes scheduling software for 2,000 dental offices.

      Requirements
      - 1+ year in customer support
      """
    let posting = try PostingFixture.read(text: text)
    #expect(
      posting.hooks.map(\.text) == [
        "Quillpoint makes scheduling software for 2,000 dental offices."
      ])
  }
}
