import Testing

@testable import CandorKit

/// Seventh trial: cue labels left at the start of a requirement, and sentence-case
/// headings of duties read as requirements.
@Suite struct TrialSevenPostingTests {
  @Test(arguments: [
    ("Nice to have: experience with Salesforce", "experience with Salesforce"),
    ("Bonus: Spanish fluency", "Spanish fluency"),
    ("Preferred: a background in SaaS", "a background in SaaS"),
    ("Nice-to-have - a forklift certificate", "a forklift certificate"),
  ])
  func aCueLabelLeavesTheItemPreferredAndIsNoPartOfItsText(line: String, text: String)
    throws
  {
    let posting = try PostingFixture.read(
      text: "Account Manager\nHarborlight Software\n\nRequirements\n- 3 years in sales\n- "
        + line + "\n")
    let item = posting.requirements.last
    #expect(item?.text == text)
    #expect(item?.tier == .preferred)
    #expect(posting.requirements.first?.tier == .required)
    for term in item?.skills ?? [] {
      #expect(posting.skills.first { $0.term == term }?.tier == .preferred)
    }
  }

  @Test func aLabelThatIsTheWholeItemStays() throws {
    #expect(RequirementCues.withoutLabel("Bonus:") == "Bonus:")
    #expect(RequirementCues.withoutLabel("Preferred vendor lists") == "Preferred vendor lists")
  }

  @Test(arguments: [
    "Key responsibilities", "Key duties", "Core responsibilities", "What you will do day to day",
  ])
  func aSentenceCaseDutiesHeadingStartsTheResponsibilities(_ heading: String) throws {
    let text = """
      Field Service Technician
      Brasswind Controls

      Requirements
      - 2 years repairing industrial equipment

      \(heading)
      - Install control panels at customer sites
      - Diagnose faults in the field
      """
    let posting = try PostingFixture.read(text: text)
    #expect(posting.requirements.map(\.text) == ["2 years repairing industrial equipment"])
    #expect(
      posting.responsibilities.map(\.text) == [
        "Install control panels at customer sites", "Diagnose faults in the field",
      ])
  }

  @Test func dutyAreasUnderResponsibilitiesStayDuties() throws {
    let text = """
      # Office Manager

      **Key responsibilities:****\\
      Vendor Relations:**

      * Negotiate supply contracts

      **Benefits Administration:**

      * Enrol new staff in health plans

      **Records Management:**

      * Keep personnel files current

      **Benefits:**

      * Dental plan
      """
    let posting = try PostingFixture.read(text: text, name: "posting.md")
    #expect(
      posting.responsibilities.map(\.text) == [
        "Negotiate supply contracts", "Enrol new staff in health plans",
        "Keep personnel files current",
      ])
  }

  @Test func aDutyAreaSubheadingIsAKeyword() throws {
    let text = """
      Office Manager
      Quillfeather Supply

      Responsibilities
      Vendor Relations:
      - Negotiate supply contracts
      Benefits Administration:
      - Enrol new staff in health plans
      """
    let posting = try PostingFixture.read(text: text)
    let terms = KeywordExtractor.keywords(of: posting).flatMap(\.terms)
    #expect(terms.contains("Vendor Relations"))
    #expect(terms.contains("Benefits Administration"))
  }
}
