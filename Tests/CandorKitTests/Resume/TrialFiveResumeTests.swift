import Testing

@testable import CandorKit

/// Resume faults found by the fifth new-user trial of 2026-12-05, each as a kind of fault.
@Suite struct TrialFiveResumeTests {
  static func read(_ text: String, name: String = "cv.md") throws -> Resume {
    try TrialThreeResumeTests.read(text, name: name)
  }

  static func job(_ heading: String) throws -> String? {
    let text = """
      # Ana Reyes
      ana@example.org · Austin, TX

      ## Experience
      \(heading)
      - Closed 200 files a month

      ## Education
      BA English, UT Austin, 2015
      """
    return try TrialThreeResumeTests.work(Self.read(text)).first
  }

  // The titles are ones no reader knows, so only the line's shape can tell the parts apart.
  @Test(arguments: [
    (
      "**Claims Wrangler**, Keystone Casualty — Hartford, CT (Remote)",
      "Keystone Casualty | Claims Wrangler | Hartford, CT (Remote) | -"
    ),
    (
      "**Claims Wrangler** | Keystone Casualty | Hartford, CT | 2020 – 2024",
      "Keystone Casualty | Claims Wrangler | Hartford, CT | 2020"
    ),
    ("### Claims Wrangler — Keystone Casualty", "Keystone Casualty | Claims Wrangler | - | -"),
    (
      "### PT Resident — St. Luke's Sports Medicine",
      "St. Luke's Sports Medicine | PT Resident | - | -"
    ),
    (
      "Stringer, Northland Daily Tribune (Duluth, MN), 2022–2026",
      "Northland Daily Tribune | Stringer | Duluth, MN | 2022"
    ),
    (
      "**SOC Watchstander I**, Desert Shield MSSP — Tucson, AZ (Remote)",
      "Desert Shield MSSP | SOC Watchstander I | Tucson, AZ (Remote) | -"
    ),
  ])
  func aPlaceInAnEntryHeadingIsNeverTheEmployer(heading: String, expected: String) throws {
    #expect(try Self.job(heading) == expected)
  }

  @Test func bulletsUnderAHeadingAfterATableOfRolesBelongToThatHeadingsRole() throws {
    let text = """
      # Milo Brandt
      milo@example.org

      ## Experience

      | Role | Employer | Dates |
      |------|----------|-------|
      | Archivist | Harlow County Museum | 2020 – present |
      | Records Clerk | Pike Street Mill | 2016 – 2020 |

      ### Archivist, Harlow County Museum
      - Catalogued 4,000 glass-plate negatives

      ## Skills
      Cataloguing
      """
    let resume = try Self.read(text)
    #expect(
      TrialThreeResumeTests.work(resume) == [
        "Harlow County Museum | Archivist | - | 2020",
        "Pike Street Mill | Records Clerk | - | 2016",
      ])
    #expect(resume.work.first?.highlights == ["Catalogued 4,000 glass-plate negatives"])
    #expect(resume.work.last?.highlights == nil)
  }

  @Test(arguments: [
    "Dana Rust\ndana@example.org", "Dana Rust | dana@example.org | Denver, CO",
    "Curriculum Vitae\n\nDANA RUST\ndana@example.org",
  ])
  func theNameInTheHeaderIsNeverASkill(header: String) throws {
    let parsed = try ResumeReader.read(
      InputFile(name: "cv.txt", text: header + "\n\nSKILLS\nPython\n"),
      lexicon: TestLexicon.small, today: TestLexicon.today)
    #expect(parsed.resume.basics?.name == "Dana Rust")
    #expect(parsed.skills.map(\.term) == ["Python"])
  }

  static let boardPaste = """
    Dana Whitfield
    dana@example.org

    Experience
    Senior Event Planner
    Juniper Hall Weddings · Full-time
    Jan 2022 - Present · 4 yrs
    Knoxville, Tennessee
    Planned 40 weddings a year.

    Event Coordinator
    Riverside Expo Center · Part-time
    Feb 2019 - Dec 2021 · 2 yrs 11 mos
    Ran 90 trade shows.
    """

  @Test func aJobBoardsEmploymentTypeAndPlaceLineAreNoEmployerOrHighlight() throws {
    let resume = try Self.read(Self.boardPaste, name: "cv.txt")
    #expect(
      TrialThreeResumeTests.work(resume) == [
        "Juniper Hall Weddings | Senior Event Planner | Knoxville, Tennessee | 2022-01",
        "Riverside Expo Center | Event Coordinator | - | 2019-02",
      ])
    #expect(resume.work.first?.highlights == ["Planned 40 weddings a year."])
  }

  static let noHeadings = """
    Teodora "Teddy" Vasquez-Holm
    Fargo, ND · teddy@example.org

    Stringer, Red River Ledger (Fargo, ND), 2021–2025
     Covered the school board and three county races.
     Broke 4 stories on the levee budget.

    Copy Editor, Prairie Weekly, 2018–2021
     Edited 30 pages a week.

    Education: B.A. Journalism, North Dakota State University, 2018
    Skills: AP style, Google Sheets
    """

  @Test func datedRoleLinesWithLinesUnderThemAreWorkWithoutAHeading() throws {
    let resume = try Self.read(Self.noHeadings, name: "cv.txt")
    #expect(
      TrialThreeResumeTests.work(resume) == [
        "Red River Ledger | Stringer | Fargo, ND | 2021", "Prairie Weekly | Copy Editor | - | 2018",
      ])
    #expect(resume.work.first?.highlights?.count == 2)
    #expect(resume.work.last?.highlights == ["Edited 30 pages a week."])
    #expect(resume.education.first?.institution == "North Dakota State University")
  }

  @Test func aQuotedNicknameStaysInTheNameAsWritten() throws {
    let resume = try Self.read(Self.noHeadings, name: "cv.txt")
    #expect(resume.basics?.name == "Teodora \"Teddy\" Vasquez-Holm")
    let other = try Self.read("Ana (Annie) Ruiz\nana@example.org\n\nSKILLS\nPython\n")
    #expect(other.basics?.name == "Ana (Annie) Ruiz")
  }

  @Test(arguments: [
    ("TRAN VAN MINH (MIKE) TRAN, CPA", "Tran Van Minh (Mike) Tran"),
    ("Oyelaran “Laro” Adebayo-Hale", "Oyelaran “Laro” Adebayo-Hale"),
    ("PRIYA (PIA) RAMASWAMY, RN", "Priya (Pia) Ramaswamy"),
  ])
  func aPreferredNameInACapitalisedHeaderIsKept(header: String, expected: String) throws {
    let text = header + "\nKent, WA | pia@example.org\n\nSKILLS\nPython\n"
    #expect(try Self.read(text).basics?.name == expected)
  }

  @Test func bothReadersShareTheirTitleNouns() {
    // "welder" was known only to the posting reader, "volunteer" only to the resume reader.
    #expect(RoleWords.isTitle("Pipe Welder"))
    #expect(PostingRoleWords.isTitleLike("Pipe Welder"))
    #expect(RoleWords.isTitle("Hospice Volunteer"))
    #expect(TitleNouns.shared.isSubset(of: PostingRoleWords.nouns))
  }

  @Test func anOldJSONResumesBioIsItsBasics() throws {
    let json = """
      {"bio": {"firstName": "Ines", "lastName": "Okafor-Dahl",
        "email": {"personal": "ines@example.org"}, "phone": {"mobile": "+44 20 7946 0111"}},
       "work": [{"company": "Lark Lexis", "position": "Translator", "startDate": "2021-03-01"}]}
      """
    let (resume, notes) = try JSONResumeMapperTests.map(json)
    #expect(resume.basics?.name == "Ines Okafor-Dahl")
    #expect(resume.basics?.email == "ines@example.org")
    #expect(resume.basics?.phone == "+44 20 7946 0111")
    #expect(notes.isEmpty)
  }

  @Test(arguments: [("MLIS", "MLIS"), ("M.L.I.S.", "M.L.I.S."), ("MDiv", "MDiv")])
  func aLibraryOrDivinityMastersIsADegree(written: String, studyType: String) throws {
    let text = "Noor Haddad\nnoor@example.org\n\nEDUCATION\n\(written), Ashford University, 2021\n"
    let education = try Self.read(text, name: "cv.txt").education
    #expect(education.map(\.studyType) == [studyType])
    #expect(education.map(\.institution) == ["Ashford University"])
  }

  @Test func aLinkedInExportsTimePeriodsAndEducationsAreRead() throws {
    let json = """
      {"firstName": "Tomas", "lastName": "Reyes-Lind",
       "positions": [{"companyName": "Ridgeway Transit", "title": "Planner",
         "timePeriod": {"startDate": {"year": 2020, "month": 4},
                        "endDate": {"year": 2023, "month": 1}}}],
       "educations": [{"schoolName": "Ohio State University", "degreeName": "BS",
         "fieldOfStudy": "Geography", "timePeriod": {"endDate": {"year": 2019}}}]}
      """
    let (resume, notes) = try JSONResumeMapperTests.map(json)
    #expect(resume.work.map(\.startDate) == ["2020-04"])
    #expect(resume.work.map(\.endDate) == ["2023-01"])
    #expect(resume.education.map(\.institution) == ["Ohio State University"])
    #expect(resume.education.map(\.studyType) == ["BS"])
    #expect(resume.education.map(\.endDate) == ["2019"])
    #expect(notes.isEmpty)
  }
}
