import Testing

@testable import CandorKit

/// Sixth trial: recipients named behind a job title, application instructions read as
/// requirements, bullet characters in HTML, page print lines and a school year as pay.
@Suite struct TrialSixPostingTests {
  @Test func anInstructionOnWhomToAddressIsNoRequirement() throws {
    let text = """
      Shift Lead – Copper Kettle Goods (Store #88, Frederick, MD)

      Requirements
      * 2 years of retail experience
      * Ability to lift 40 lbs

      Please address cover letters to Area Director Rosalind Abernethy-Quist.
      """
    let posting = try PostingFixture.read(text: text)
    #expect(
      posting.requirements.map(\.text) == [
        "2 years of retail experience", "Ability to lift 40 lbs",
      ])
    #expect(posting.recipient?.name == "Rosalind Abernethy-Quist")
    #expect(posting.title == "Shift Lead")
    #expect(posting.company == "Copper Kettle Goods")
    #expect(posting.location == "Frederick, MD")
  }

  @Test(arguments: [
    ("Send your resume to Plant Superintendent Oswin Tapperly.", "Oswin Tapperly"),
    ("Email Chef de Cuisine Benedetta Ruhl at jobs@example.org.", "Benedetta Ruhl"),
    ("Inquiries to Dr. Priya Vantongeren, Head of Collections.", "Priya Vantongeren"),
    ("Questions may be directed to Marisol Atwater-Quince.", "Marisol Atwater-Quince"),
  ])
  func aRecipientIsThePersonWithoutTheirJobTitle(_ sample: (line: String, name: String))
    throws
  {
    let text =
      "Line Cook\nKeel Solutions\nDenver, CO\n\nRequirements\n- 1 year of kitchen work\n\n"
      + sample.line + "\n"
    #expect(try PostingFixture.read(text: text).recipient?.name == sample.name)
  }

  @Test func aJSONJobsContactObjectNamesTheRecipientAndItsCompanyFieldWins() throws {
    let json = """
      {"title": "Dock Supervisor", "company": "Larkspur Cold Storage Partners",
       "description": "Larkspur runs a 200,000 sq ft cold store. Larkspur is growing.",
       "qualifications": ["2+ years of warehouse experience"],
       "contact": {"name": "Odalys Fenwright", "title": "Operations Manager"}}
      """
    let posting = try PostingFixture.read(text: json, name: "job.json")
    #expect(posting.recipient?.name == "Odalys Fenwright")
    #expect(posting.company == "Larkspur Cold Storage Partners")
  }

  @Test func anHTMLListDrawnWithBulletCharactersHasNoBulletInItsItems() throws {
    let html = """
      <html><body><h1>Dental Hygienist</h1>
      <p><strong>Requirements</strong></p>
      <p>&#8226; Active Vermont RDH license<br>
      &#8226; Current CPR certification</p>
      </body></html>
      """
    let posting = try PostingFixture.read(text: html, name: "job.html")
    #expect(
      posting.requirements.map(\.text) == [
        "Active Vermont RDH license", "Current CPR certification",
      ])
  }

  @Test func aSchoolYearInThePayLineIsNoPayAndPagePrintLinesAreNoDuties() throws {
    let text = """
      POSITION: 3rd Grade Teacher (0.8 FTE)
      SALARY: Per the 2027–28 salary schedule, $44,100–$71,250 (BA–MA+30)

      ESSENTIAL DUTIES
      - Plan daily lessons in reading and math
      - Meet with families each quarter

                                            1
      WVSD Posting T-2027-114                                               Page 2

      QUALIFICATIONS
      - Valid teaching license
      """
    let posting = try PostingFixture.read(text: text)
    #expect(posting.salary?.minimum == 44_100)
    #expect(posting.salary?.maximum == 71_250)
    #expect(posting.title == "3rd Grade Teacher")
    #expect(
      posting.responsibilities.map(\.text) == [
        "Plan daily lessons in reading and math", "Meet with families each quarter",
      ])
  }

  @Test func aJSONLDStringOfQualificationsSplitsAtSemicolons() throws {
    let html = """
      <html><head><script type="application/ld+json">
      {"@context": "https://schema.org", "@type": "JobPosting", "title": "Registrar",
       "hiringOrganization": {"name": "Tamsin Hill Museum"},
       "description": "<p>The museum cares for 80,000 objects.</p>",
       "responsibilities": "Catalogue new loans; run the annual inventory",
       "qualifications": "Bachelor's degree in museum studies; 2 years of registration work"}
      </script></head><body><p>Registrar</p></body></html>
      """
    let posting = try PostingFixture.read(text: html, name: "job.html")
    #expect(
      posting.requirements.map(\.text) == [
        "Bachelor's degree in museum studies", "2 years of registration work",
      ])
    #expect(
      posting.responsibilities.map(\.text) == [
        "Catalogue new loans", "run the annual inventory",
      ])
  }

  @Test func anHTMLFactsTableUnderABreadcrumbGivesTheCompany() throws {
    let html = """
      <html><body><div>Careers / Operations</div>
      <h1>Inventory Planner</h1>
      <table><tr><th>Company</th><td>Juniper Mesa Growers</td></tr>
      <tr><th>Location</th><td>Yuma, AZ</td></tr></table>
      <h3>Requirements</h3><ul><li>2 years of planning experience</li></ul>
      </body></html>
      """
    let posting = try PostingFixture.read(text: html, name: "job.html")
    #expect(posting.company == "Juniper Mesa Growers")
    #expect(posting.title == "Inventory Planner")
  }
}
