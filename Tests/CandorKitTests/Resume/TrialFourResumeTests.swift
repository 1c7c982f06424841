import Testing

@testable import CandorKit

/// Resume faults found by the fourth new-user trial of 2026-12-05, each as a kind of fault.
@Suite struct TrialFourResumeTests {
  static func read(_ text: String, name: String = "cv.txt") throws -> Resume {
    try TrialThreeResumeTests.read(text, name: name)
  }

  @Test(arguments: [
    ("NADIA PETROVA-LUND, CPhT", "Nadia Petrova-Lund"), ("Omar Haddad, RPh", "Omar Haddad"),
    ("SEAN O'MALLEY-KIBET", "Sean O'Malley-Kibet"),
  ])
  func aNameInCapitalsWithLettersAfterItIsTheName(header: String, name: String) throws {
    let resume = try Self.read("\(header)\nsean@example.org\n\nSKILLS\nInventory control\n")
    #expect(resume.basics?.name == name)
  }

  static let promoted = """
    Wren Castellano
    wren@example.org

    EXPERIENCE

    HARBORVIEW COLD STORAGE, INC. — Tacoma, WA
    Shift Supervisor, 04/2023 – Current
    • Led 14 pickers on the night shift

    Lead Picker, 06/2021 – 03/2023
    • Trained 6 new pickers

    CASCADE FERRY COMPANY — Seattle, WA
    Deckhand, 05/2018 – 08/2020
    """

  @Test func aSecondRoleUnderTheSameEmployerTakesThatEmployer() throws {
    let resume = try Self.read(Self.promoted)
    #expect(
      TrialThreeResumeTests.work(resume) == [
        "Harborview Cold Storage, Inc. | Shift Supervisor | Tacoma, WA | 2023-04",
        "Harborview Cold Storage, Inc. | Lead Picker | Tacoma, WA | 2021-06",
        "Cascade Ferry Company | Deckhand | Seattle, WA | 2018-05",
      ])
  }

  @Test func anEmployerInCapitalsIsLetterCasedAndShortCodesStay() {
    #expect(
      EmployerName.letterCased("SIERRA PARCEL LOGISTICS, INC.") == "Sierra Parcel Logistics, Inc.")
    #expect(EmployerName.letterCased("CVS PHARMACY") == "CVS Pharmacy")
    #expect(EmployerName.letterCased("EEOC") == "EEOC")
    #expect(EmployerName.letterCased("Rexall Drug #2214") == "Rexall Drug #2214")
  }

  @Test func certificateLinesStaySeparateItems() throws {
    let text = """
      Dana Whitlock
      dana@example.org

      CERTIFICATIONS
      Oregon Pharmacy Technician License #PT-20417
      CPR/AED, American Red Cross, 2024

      SKILLS
      Inventory control
      """
    let resume = try Self.read(text)
    #expect(
      resume.certificates.map { "\($0.name ?? "-") | \($0.issuer ?? "-")" } == [
        "Oregon Pharmacy Technician License #PT-20417 | -", "CPR/AED | American Red Cross",
      ])
  }

  @Test func aLanguagesLineUnderEducationIsLanguagesNotCourses() throws {
    let text = """
      # Thu Tran

      ## Education

      - A.A.S. in Dental Hygiene, Lakeview College, 2020
      - Languages: Vietnamese (native), English
      """
    let resume = try Self.read(text, name: "cv.md")
    #expect(resume.education.first?.courses == nil)
    #expect(resume.languages.map(\.language) == ["Vietnamese", "English"])
  }

  static let linkedIn = """
    Contact
    www.linkedin.com/in/tobias-renner
    tobias.renner@example.com
    Top Skills
    Payroll
    Microsoft Excel
    Tobias Renner
    Senior Payroll Coordinator at Larkspur Mills Company
    Rancho Cordova, California, United States
    Summary
    Payroll coordinator for a 300-person mill.
    Experience
    Larkspur Mills
    Payroll Coordinator
    March 2022 - Present (3 years 9 months)
    Rancho Cordova, California, United States
    Ran biweekly payroll for 300 employees in ADP.
    Education
    Folsom Lake College
    Associate of Arts (A.A.), Accounting · (2018 - 2020)
    """

  @Test func aLinkedInExportGivesTheNameHeadlineAndPlace() throws {
    let resume = try Self.read(Self.linkedIn)
    #expect(resume.basics?.name == "Tobias Renner")
    #expect(resume.basics?.label == "Senior Payroll Coordinator at Larkspur Mills Company")
    #expect(resume.skills.compactMap(\.name) == ["Payroll", "Microsoft Excel"])
  }

  @Test func aPlaceUnderTheDatesIsTheRolesLocationNotAHighlight() throws {
    let resume = try Self.read(Self.linkedIn)
    let job = try #require(resume.work.first)
    #expect(job.location == "Rancho Cordova, California, United States")
    #expect(job.highlights == ["Ran biweekly payroll for 300 employees in ADP."])
  }

  @Test func aTermInsideAPlaceNameIsNotASkill() throws {
    let text = """
      Mara Quist
      mara@example.org

      EXPERIENCE
      Harbor Payroll Services
      Payroll Clerk
      March 2022 - Present
      Rancho Cordova, California
      Ran payroll in Excel for 80 employees.
      """
    let parsed = try ResumeReader.read(
      InputFile(name: "cv.txt", text: text), lexicon: .standard, today: TestLexicon.today)
    #expect(parsed.resume.work.first?.location == "Rancho Cordova, California")
    #expect(!parsed.skills.contains { $0.term == "Ionic" })
    #expect(parsed.skills.contains { $0.term == "Excel" })
  }

  @Test func aDegreesOwnAbbreviationIsNotItsArea() throws {
    let resume = try Self.read(Self.linkedIn)
    #expect(resume.education.first?.studyType == "Associate of Arts")
    #expect(resume.education.first?.area == "Accounting")
  }
}
