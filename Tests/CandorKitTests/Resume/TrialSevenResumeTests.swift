import Testing

@testable import CandorKit

/// Resume faults found by the seventh new-user trial: names wrapped onto a second line,
/// dates with an aside in their brackets, campuses, apprenticeships, credential codes and a
/// languages list under Skills.
@Suite struct TrialSevenResumeTests {
  static func read(_ text: String) throws -> Resume {
    try TrialThreeResumeTests.read(text, name: "cv.txt")
  }

  static func schools(_ resume: Resume) -> [String] {
    resume.education.map { school in
      [school.institution ?? "-", school.studyType ?? "-", school.endDate ?? "-"]
        .joined(separator: " | ")
    }
  }

  static let head = "Maren Tollefsen\nmaren@example.com\n\n"

  @Test(arguments: [
    (
      "Associate of Applied Science, Cascade Valley Community\nCollege, 2019",
      "Cascade Valley Community College | Associate of Applied Science | 2019"
    ),
    (
      "Bachelor of Science in Biology, Northern Plains State\nUniversity, 2015",
      "Northern Plains State University | Bachelor of Science | 2015"
    ),
    (
      "B.A. History, Pinecrest Liberal Arts\nCollege, 2014",
      "Pinecrest Liberal Arts College | B.A. | 2014"
    ),
    (
      "Diploma in Nursing, Saint Brigid Hospital\nschool of nursing, 2011",
      "Saint Brigid Hospital school of nursing | Diploma | 2011"
    ),
  ])
  func aSchoolNameWrappedOntoTheNextLineIsOneEntry(lines: String, expected: String) throws {
    let resume = try Self.read(Self.head + "EDUCATION\n" + lines + TrialThreeResumeTests.skills)
    #expect(Self.schools(resume) == [expected])
  }

  @Test func aDegreeAboveItsSchoolStaysTwoLinesOfOneEntry() throws {
    let text = "EDUCATION\nBachelor of Science\nUniversity of Lakeview, 2015\n"
    let resume = try Self.read(Self.head + text + TrialThreeResumeTests.skills)
    #expect(Self.schools(resume) == ["University of Lakeview | Bachelor of Science | 2015"])
  }

  @Test(arguments: [
    (
      "Maintenance Technician, Riverbend Municipal Water\nServices, 2019 - 2023",
      "Riverbend Municipal Water Services | Maintenance Technician | - | 2019"
    ),
    (
      "Line Cook, Harbor View Seafood\nCompany, June 2019 - Aug 2021",
      "Harbor View Seafood Company | Line Cook | - | 2019-06"
    ),
    (
      "Office Assistant, Pine Hollow\nCommunity College, 2016 – 2018",
      "Pine Hollow Community College | Office Assistant | - | 2016"
    ),
  ])
  func anEmployerWrappedOntoTheDatesLineKeepsItsWholeName(lines: String, expected: String)
    throws
  {
    let text = Self.head + "EXPERIENCE\n" + lines + "\n- Logged 40 repairs a month\n"
    #expect(TrialThreeResumeTests.work(try Self.read(text)) == [expected])
  }

  @Test func datesWithAnAsideInTheirBracketsStillHeadTheirEntries() throws {
    let text = """
      Nuka Aguvluk
      nuka@example.com

      EXPERIENCE
      Fish Processing Lead, Tundra Bay Seafoods (May 2021 - Present, seasonal)
      - Supervised a crew of 12 on the processing line
      Line Cook, Kettle Creek Diner (2018–2020, part-time)
      - Prepared 150 meals per shift
      Deckhand, Ice Floe Charters (Summers 2017-2019)
      - Maintained nets and safety gear

      LANGUAGES
      Yup'ik, English
      """
    let resume = try Self.read(text)
    #expect(
      TrialThreeResumeTests.work(resume) == [
        "Tundra Bay Seafoods | Fish Processing Lead | - | 2021-05",
        "Kettle Creek Diner | Line Cook | - | 2018",
        "Ice Floe Charters | Deckhand | - | 2017",
      ])
    #expect(resume.work.map { $0.description ?? "-" } == ["seasonal", "part-time", "Summers"])
    #expect(resume.languages.map { $0.language ?? "" } == ["Yup'ik", "English"])
  }

  @Test(arguments: [
    (
      "B.S. Marine Biology, California State University, Monterey Bay, 2016",
      "California State University, Monterey Bay | B.S. | 2016"
    ),
    (
      "M.S. Ecology, University of Wisconsin, Eau Claire, 2018",
      "University of Wisconsin, Eau Claire | M.S. | 2018"
    ),
    (
      "B.A. Economics, Texas A&M University, Corpus Christi, 2012",
      "Texas A&M University, Corpus Christi | B.A. | 2012"
    ),
    ("B.A. English, University of Oregon, Eugene, OR, 2010", "University of Oregon | B.A. | 2010"),
  ])
  func aCampusAfterTheCommaStaysInTheSchoolsName(line: String, expected: String) throws {
    let resume = try Self.read(Self.head + "EDUCATION\n" + line + TrialThreeResumeTests.skills)
    #expect(Self.schools(resume) == [expected])
  }

  @Test func apprenticeshipsAreEducation() throws {
    let text = """
      EDUCATION
      Inside Wireman Apprenticeship, IBEW Local 48, 2015-2020
      Electrical Apprenticeship Program
      Plumbing Apprenticeship, United Association Local 290, 2012
      """
    let resume = try Self.read(Self.head + text + TrialThreeResumeTests.skills)
    #expect(
      Self.schools(resume) == [
        "IBEW Local 48 | Inside Wireman Apprenticeship | 2020",
        "- | Electrical Apprenticeship Program | -",
        "United Association Local 290 | Plumbing Apprenticeship | 2012",
      ])
  }

  @Test(arguments: ["CERTIFICATIONS", "CERTIFICATIONS & ENDORSEMENTS", "Endorsements"])
  func aCodeOrScoreInBracketsIsNoPartOfTheCredentialsName(_ heading: String) throws {
    let text = """
      EXPERIENCE
      Teacher, Elm Street Middle School, 2016 - Present
      - Raised the pass rate by 18%

      \(heading)
      - Reading endorsement (148)
      - Praxis II Mathematics (Score 172)
      - Certified Kubernetes Administrator (CKA)
      """
    let resume = try Self.read(Self.head + text)
    #expect(resume.work.first?.highlights == ["Raised the pass rate by 18%"])
    #expect(
      resume.certificates.map { $0.name ?? "" } == [
        "Reading endorsement", "Praxis II Mathematics", "Certified Kubernetes Administrator (CKA)",
      ])
  }

  @Test(arguments: [
    "Norwegian (native), English (fluent), German (conversational)",
    "Norwegian: native; English: fluent; German: conversational",
  ])
  func languagesUnderSkillsStartALanguagesSectionWhenSpokenOnesFollow(_ list: String) throws {
    let text = "SKILLS\nZendesk, Salesforce, Excel\nLanguages\n" + list + "\n"
    let resume = try Self.read(Self.head + text)
    #expect(resume.skills.map { $0.name ?? "" } == ["Zendesk", "Salesforce", "Excel"])
    #expect(resume.languages.map { $0.language ?? "" } == ["Norwegian", "English", "German"])
    #expect(resume.languages.first?.fluency == "native")
  }

  @Test func programmingLanguagesUnderSkillsStaySkills() throws {
    let text = "SKILLS\nDocker, Terraform\nLanguages\nPython, Go, Rust\n"
    let resume = try Self.read(Self.head + text)
    #expect(resume.languages.isEmpty)
    #expect(resume.skills.map { $0.name ?? "" }.contains("Python"))
  }

  /// A resume with `summary` and one role dated 2021 - 2023: two years by its dates.
  static func dispatcher(summary: String) throws -> ParsedResume {
    let text = """
      Ines Okafor
      ines@example.com

      SUMMARY
      \(summary)

      EXPERIENCE
      Dispatcher, Redline Freight, 2021 - 2023
      - Routed 40 trucks a day
      """
    return try ResumeReader.read(
      InputFile(name: "cv.txt", text: text), lexicon: TestLexicon.small,
      today: TestLexicon.today)
  }

  @Test(arguments: [
    ("Dispatcher with 8 years of experience in freight.", 8.0),
    ("Over ten years of hands-on warehouse experience.", 10.0),
    ("12+ years' experience; 3 years of experience leading crews.", 12.0),
  ])
  func statedYearsAreTheYearsReported(summary: String, years: Double) throws {
    let parsed = try Self.dispatcher(summary: summary)
    #expect(parsed.yearsOfExperience == years)
    #expect(parsed.yearsAreStated == true)
    #expect(ResumeOutline.render(parsed).contains("years of experience: \(years) (stated)"))
  }

  @Test(arguments: [
    "Dispatcher who routes freight across three states.",
    "Nearly 10 years of experience in freight.",
    "Over one year of experience in freight, more in the dated roles below.",
  ])
  func withoutAStatedCountTheYearsComeFromDatedRoles(summary: String) throws {
    let parsed = try Self.dispatcher(summary: summary)
    #expect(parsed.yearsOfExperience == 2.0)
    #expect(parsed.yearsAreStated == false)
  }
}

/// A season worked again in later years ("Oct–Dec 2019, 2020") is one span: the later years
/// are no part of the heading's employer or place.
@Suite struct RepeatedSeasonTests {
  /// The first role a resume of one heading and one bullet gives, as Markdown ("cv.md") or
  /// plain text ("cv.txt").
  static func role(
    _ heading: String, bullet: String = "Designed 40 signs", in name: String = "cv.md"
  )
    throws -> Resume.Work
  {
    let text =
      name.hasSuffix(".md")
      ? "# Ada Moss\nada@example.com\n\n## Experience\n\n\(heading)\n- \(bullet)\n"
      : "Ada Moss\nada@example.com\n\nEXPERIENCE\n\(heading)\n- \(bullet)\n"
    let resume = try ResumeReader.read(InputFile(name: name, text: text)).resume
    return try #require(resume.work.first)
  }

  @Test(arguments: [
    "**Graphic Designer**, Cascade Holiday Market — Portland, OR (Oct–Dec 2019, 2020)",
    "Graphic Designer, Cascade Holiday Market — Portland, OR (Oct–Dec 2019 and 2020)",
    "Graphic Designer, Cascade Holiday Market (Oct–Dec 2019, 2020)",
  ])
  func laterSeasonsExtendTheDatesAndLeaveTheEmployer(_ heading: String) throws {
    let work = try Self.role(heading)
    #expect(work.name == "Cascade Holiday Market")
    #expect(work.position == "Graphic Designer")
    #expect(work.startDate == "2019-10")
    #expect(work.endDate == "2020-12")
  }

  @Test func aSecondRangeIsNoRepeatedSeason() throws {
    let work = try Self.role("Graphic Designer, Cascade Holiday Market (2015 – 2017, 2019 – 2020)")
    #expect(work.name == "Cascade Holiday Market")
    #expect(work.startDate == "2015")
  }
}

/// "Summers 2021-2024" after the place: the season belongs to the dates, not the employer.
@Suite struct LeadingSeasonTests {
  @Test(arguments: [
    "Camp Counselor (seasonal), Camp Wren, Ely, MN   Summers 2021-2024",
    "Camp Counselor, Camp Wren, Ely, MN | Summers 2021 – 2024",
  ])
  func aSeasonBeforeTheYearsIsNoEmployer(_ heading: String) throws {
    let work = try RepeatedSeasonTests.role(heading, in: "cv.txt")
    #expect(work.name == "Camp Wren")
    #expect(work.startDate == "2021")
    #expect(work.endDate == "2024")
  }
}

/// A town that shares a country's name ("Lebanon, NH") is the place, and the employer before
/// it stays the employer.
@Suite struct CountryNamedTownTests {
  @Test(arguments: ["Lebanon, NH", "Jordan, MN", "Peru, IL", "Concord, NH"])
  func theEmployerBeforeATownNamedLikeACountryStays(_ place: String) throws {
    let heading = "Van Driver, Upper Valley Senior Transit, \(place)     2019 - present"
    let work = try RepeatedSeasonTests.role(heading, in: "cv.txt")
    #expect(work.name == "Upper Valley Senior Transit")
    #expect(work.position == "Van Driver")
    #expect(work.location == place)
  }
}

/// Two ranges listed for one seasonal role head one entry, on the heading's line or the next.
@Suite struct ListedRangesTests {
  @Test(arguments: [
    "**Installer**, Brightline Decor — Akron, OH (Nov 2022 – Jan 2023, Nov 2023 – Jan 2024)",
    "**Installer**, Brightline Decor — Akron, OH\n(Nov 2022 – Jan 2023, Nov 2023 – Jan 2024)",
  ])
  func listedRangesAreOneSpanAndLeaveTheEmployer(_ heading: String) throws {
    let work = try RepeatedSeasonTests.role(heading)
    #expect(work.name == "Brightline Decor")
    #expect(work.startDate == "2022-11")
    #expect(work.endDate == "2024-01")
  }
}
