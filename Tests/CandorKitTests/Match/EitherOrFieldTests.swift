import Testing

@testable import CandorKit

/// An either/or requirement between fields of work stays one requirement when one field is
/// also named in the employer's description: the description says what the employer is,
/// not what it asks for.
@Suite struct EitherOrFieldTests {
  static func keywords(intro: String) throws -> [PostingKeyword] {
    let posting = try PostingReader.read(
      InputFile(
        name: "posting.md",
        text: """
          # Clinic Receptionist

          \(intro)

          ## Requirements

          - 1+ year of front desk work in pediatrics or urgent care
          - BLS certification
          """))
    return KeywordExtractor.keywords(of: posting)
  }

  @Test(arguments: [
    "Harrow Lane Health is a pediatrics group with four offices.",
    "We are a busy pediatrics clinic in Dayton.",
  ])
  func aFieldInTheDescriptionLeavesTheRequirementWhole(_ intro: String) throws {
    let terms = try Self.keywords(intro: intro).map(\.terms)
    #expect(terms.contains(["pediatrics", "urgent care"]))
  }

  @Test func aFieldAskedAloneInARequirementSplitsIt() throws {
    let posting = try PostingReader.read(
      InputFile(
        name: "posting.md",
        text: """
          # Clinic Receptionist

          Harrow Lane Health is hiring.

          ## Requirements

          - 1+ year of front desk work in pediatrics or urgent care
          - Pediatrics experience strongly preferred
          """))
    let terms = KeywordExtractor.keywords(of: posting).map(\.terms)
    #expect(terms.contains(["Pediatrics"]))
    #expect(!terms.contains(["pediatrics", "urgent care"]))
  }

  @Test(arguments: [
    "Certified Payroll Professional (CPP) or Fundamental Payroll Certification (FPC)",
    "Certified Payroll Professional (CPP), or Fundamental Payroll Certification",
  ])
  func aCredentialsAcronymInBracketsKeepsItsAlternative(_ line: String) throws {
    let posting = try PostingReader.read(
      InputFile(
        name: "posting.md",
        text: """
          # Payroll Specialist

          Fernhill Foundry is hiring.

          ## Requirements

          - 3+ years of multi-state payroll
          - \(line)
          """))
    let terms = KeywordExtractor.keywords(of: posting).map(\.terms)
    #expect(
      terms.contains(["Certified Payroll Professional", "Fundamental Payroll Certification"]))
    #expect(!terms.contains(["C++"]))
  }

  static let dashboardPosting = """
    # Reporting Analyst

    Quillmoor Water is hiring.

    ## Requirements

    - Looker or Metabase
    - Build Looker dashboards for plant managers
    """

  static func matched(skills: String) throws -> [String: KeywordResult] {
    let posting = try PostingReader.read(
      InputFile(name: "posting.md", text: dashboardPosting))
    let resume = try ResumeReader.read(
      InputFile(
        name: "resume.md",
        text: """
          # Ines Varga

          ## Skills
          \(skills)
          """))
    let report = KeywordMatcher.match(posting: posting, resume: resume)
    return Dictionary(report.keywords.map { ($0.term, $0) }) { first, _ in first }
  }

  @Test func anOptionSplitFromItsGroupIsMetByItsPartner() throws {
    let found = try Self.matched(skills: "SQL, Looker")
    #expect(found["Looker"]?.found == true)
    #expect(found["Looker"]?.isMetByAlternative == false)
    #expect(found["Metabase"]?.found == true)
    #expect(found["Metabase"]?.isMetByAlternative == true)
    #expect(found["Metabase"]?.foundAs == "Looker")
  }

  @Test func theOptionAskedAloneIsNotMetByItsPartner() throws {
    let found = try Self.matched(skills: "SQL, Metabase")
    #expect(found["Metabase"]?.found == true)
    #expect(found["Metabase"]?.isMetByAlternative == false)
    #expect(found["Looker"]?.found == false)
  }
}
