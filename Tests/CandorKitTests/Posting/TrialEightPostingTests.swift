import Testing

@testable import CandorKit

/// Posting faults found by the eighth new-user trial: a pay line after the requirements, a
/// school subject's year and a look-back period read as years of experience.
@Suite struct TrialEightPostingTests {
  @Test(arguments: [
    "Pay rises every 6 months through the 3-year program.",
    "Starting wage is $18.75 an hour, with step increases each year.",
    "Our pay scale tops out at $31 an hour for journey-level roofers.",
  ])
  func aPayLineAfterTheRequirementsIsNoRequirement(_ line: String) throws {
    let text = """
      Roofing Apprentice
      Kestrel Roofing Co.

      We replace roofs on homes and schools across three counties.

      Requirements
      - High school diploma or GED
      - Able to lift 60 lbs and work at heights

      \(line)
      """
    let requirements = try PostingFixture.read(text: text).requirements
    #expect(
      requirements.map(\.text) == [
        "High school diploma or GED", "Able to lift 60 lbs and work at heights",
      ])
  }

  @Test(
    arguments: [
      ("High school diploma or GED, with one year of algebra", nil),
      ("Two years of high school chemistry", nil),
      ("Clean driving record for the past 3 years", nil),
      ("No moving violations within the last five years", nil),
      ("2 years of algebra tutoring experience", 2),
      ("One year of warehouse experience", 1),
      ("3+ years of experience in the past 5 years", 3),
    ] as [(String, Double?)])
  func aSchoolSubjectsYearOrALookBackIsNoExperience(text: String, years: Double?) {
    #expect(RequirementCues.years(in: text) == years)
  }

  @Test(arguments: [
    "Pass a background check and drug and alcohol testing",
    "Must pass a criminal background check",
    "Able to pass a background check and fingerprinting",
  ])
  func aBackgroundCheckInTheRequirementListIsARequirement(_ item: String) throws {
    let text = """
      Van Driver
      Larkspur Senior Center

      We drive 90 seniors to appointments every week.

      Requirements
      - Valid driver's license
      - \(item)

      All offers are contingent upon a background check.
      """
    let requirements = try PostingFixture.read(text: text).requirements
    #expect(requirements.map(\.text) == ["Valid driver's license", item])
  }

  @Test(arguments: ["Full job description", "Job description"])
  func aBoardsJobDescriptionHeadingEndsTheDuties(_ heading: String) throws {
    let text = """
      Store Analyst
      Brightmoor Grocers

      Qualifications
      - 2+ years in retail analytics
      Responsibilities
      - Build weekly sales reports for 30 stores
      \(heading)
      Brightmoor Grocers runs 30 stores in Michigan and opened a new warehouse in 2025.
      Nice to have: Power BI, experience in grocery.
      """
    let posting = try PostingFixture.read(text: text)
    #expect(posting.responsibilities.map(\.text) == ["Build weekly sales reports for 30 stores"])
    #expect(
      posting.requirements.map { "\($0.tier) \($0.text)" } == [
        "required 2+ years in retail analytics", "preferred Power BI, experience in grocery.",
      ])
    #expect(posting.hooks.map(\.line).contains(9))
  }
}
