import Testing

@testable import CandorKit

/// Resume faults found by the eighth new-user trial: dates in brackets inside a role's
/// heading, a year that ends a statement, and languages stated only in the summary.
@Suite struct TrialEightResumeTests {
  static func read(_ text: String) throws -> Resume {
    try TrialThreeResumeTests.read(text, name: "cv.txt")
  }

  static let head = "Tomasz Vireo\ntomasz@example.com\n\n"
  static let first =
    "EXPERIENCE\nLine Cook, Pebble Diner, Salem, OR\nMay 2018 - Apr 2020\n"
    + "- Prepped 200 plates a night\n\n"

  static func roles(_ resume: Resume) -> [String] {
    resume.work.map { role in
      [role.name ?? "-", role.position ?? "-", role.location ?? "-", role.startDate ?? "-"]
        .joined(separator: " | ")
    }
  }

  @Test(arguments: [
    (
      "Ski Instructor (seasonal, winters 2021 and 2022), Alder Peak Resort,\nBend, OR",
      "Alder Peak Resort | Ski Instructor (seasonal) | Bend, OR | 2021"
    ),
    (
      "Ski Instructor (seasonal, winters 2021 and 2022), Alder Peak Resort, Bend, OR",
      "Alder Peak Resort | Ski Instructor (seasonal) | Bend, OR | 2021"
    ),
    (
      "Camp Counselor (2019 - 2020), Lakeshore Youth Camp, Hood River, OR",
      "Lakeshore Youth Camp | Camp Counselor | Hood River, OR | 2019"
    ),
  ])
  func datesInBracketsAfterTheTitleHeadTheirOwnRole(heading: String, expected: String) throws {
    let text = Self.first + heading + "\n- Taught 40 beginners a week\n"
    let resume = try Self.read(Self.head + text + TrialThreeResumeTests.skills)
    #expect(Self.roles(resume).count == 2)
    #expect(Self.roles(resume).last == expected)
    #expect(resume.work.first?.highlights == ["Prepped 200 plates a night"])
  }

  @Test(arguments: [
    "Clean driving record (no violations since 2012)",
    "Spotless safety record, no lost-time incidents since 2016",
    "Accident-free record (zero claims in 2021)",
  ])
  func aYearThatEndsAStatementIsNoCertificateDate(item: String) throws {
    let resume = try Self.read(Self.head + "LICENSES\n" + item + TrialThreeResumeTests.skills)
    #expect(resume.certificates.map(\.name) == [item])
    #expect(resume.certificates.map(\.date) == [nil])
  }

  @Test(arguments: [
    ("ACLS certified since 2019", "ACLS", "2019"),
    ("Notary Public, licensed in 2021", "Notary Public", "2021"),
  ])
  func aCredentialsCueBeforeTheYearStillDatesIt(item: String, name: String, date: String)
    throws
  {
    let resume = try Self.read(Self.head + "LICENSES\n" + item + TrialThreeResumeTests.skills)
    #expect(resume.certificates.first?.date == date)
    #expect(resume.certificates.first?.name?.hasPrefix(name) == true)
  }

  static func languages(_ resume: Resume) -> [String] {
    resume.languages.map { ($0.language ?? "-") + " | " + ($0.fluency ?? "-") }
  }

  @Test(arguments: [
    (
      "Pharmacist with 5 years in retail. Fluent in English and Twi.",
      ["English | fluent", "Twi | fluent"]
    ),
    ("Nurse who speaks Vietnamese natively.", ["Vietnamese | native"]),
    ("Clerk. Speaks Tagalog and English.", ["Tagalog | -", "English | -"]),
    (
      "Native Polish speaker, conversational in German and Czech.",
      ["Polish | native", "German | conversational", "Czech | conversational"]
    ),
  ])
  func languagesStatedInTheSummaryAreListed(summary: String, expected: [String]) throws {
    let resume = try Self.read(Self.head + "SUMMARY\n" + summary + TrialThreeResumeTests.skills)
    #expect(Self.languages(resume) == expected)
  }

  @Test func aSummaryNamingALanguageWithoutSpeakingOfItAddsNone() throws {
    let text = "SUMMARY\nEnglish teacher who grew Latin American enrollment by 30%.\n"
    let resume = try Self.read(Self.head + text + TrialThreeResumeTests.skills)
    #expect(resume.languages.isEmpty)
  }

  @Test func aLanguagesSectionWinsOverTheSummary() throws {
    let text = "SUMMARY\nFluent in Korean and English.\n\nLANGUAGES\nKorean (native), English\n"
    let resume = try Self.read(Self.head + text + TrialThreeResumeTests.skills)
    #expect(Self.languages(resume) == ["Korean | native", "English | -"])
  }

  static func schools(_ resume: Resume) -> [String] {
    resume.education.map { school in
      [school.institution ?? "-", school.studyType ?? "-", school.area ?? "-"]
        .joined(separator: " | ") + " | " + (school.endDate ?? "-")
    }
  }

  static func education(_ lines: String) throws -> [String] {
    try schools(read(head + "EDUCATION\n" + lines + TrialThreeResumeTests.skills))
  }

  @Test(arguments: [
    (
      "Welding Certificate, Structural Welding, Lorain County Community College,\n"
        + "West Campus, Elyria, OH, 2024",
      "Lorain County Community College | Welding Certificate | Structural Welding | 2024"
    ),
    (
      "A.A.S. Nursing, Sinclair Community College,\nDayton, OH, 2019",
      "Sinclair Community College | A.A.S. | Nursing | 2019"
    ),
    (
      "B.A. History, Kent State University, Stark,\nOH, 2015",
      "Kent State University | B.A. | History | 2015"
    ),
  ])
  func aLineEndingOnACommaGoesOnOnTheNextLine(lines: String, expected: String) throws {
    #expect(try Self.education(lines) == [expected])
  }

  @Test func aPreApprenticeshipWithItsSchoolKeepsItsField() throws {
    let line = "Pre-Apprenticeship Certificate, Carpentry, Owens Community College, 2023"
    #expect(
      try Self.education(line) == [
        "Owens Community College | Pre-Apprenticeship Certificate | Carpentry | 2023"
      ])
  }

  @Test(arguments: [
    "Medical Coding Certificate (AHIMA-approved), Lakeshore Technical College, 2020",
    "Medical Coding Certificate\n(AHIMA-approved), Lakeshore Technical College, 2020",
    "Medical Coding Certificate (AHIMA-approved), Lakeshore\nTechnical College, 2020",
  ])
  func aBracketedQualifierStaysWithTheAward(lines: String) throws {
    #expect(
      try Self.education(lines) == [
        "Lakeshore Technical College | Medical Coding Certificate (AHIMA-approved) | - | 2020"
      ])
  }

  @Test(arguments: [
    (
      "B.S. Physics, University of Colorado, Denver, CO, 2014",
      "University of Colorado, Denver | B.S. | Physics | 2014"
    ),
    (
      "B.A. Music, University of Michigan, Flint, MI, 2011",
      "University of Michigan, Flint | B.A. | Music | 2011"
    ),
    (
      "B.A. Music, Ohio State University, Lima, OH, 2011",
      "Ohio State University | B.A. | Music | 2011"
    ),
    (
      "B.S. Biology, Montana State University, Bozeman, MT, 2016",
      "Montana State University | B.S. | Biology | 2016"
    ),
  ])
  func aSystemsCampusNamesTheSchoolAndAnotherSchoolsCityIsItsPlace(
    line: String, expected: String
  ) throws {
    #expect(try Self.education(line) == [expected])
  }
}
