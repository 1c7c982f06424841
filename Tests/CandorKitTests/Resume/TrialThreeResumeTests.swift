import Testing

@testable import CandorKit

/// Resume faults found by the third new-user trial of 2026-12-05, each as a kind of fault.
@Suite struct TrialThreeResumeTests {
  static func read(_ text: String, name: String = "cv.txt") throws -> Resume {
    try ResumeReader.read(
      InputFile(name: name, text: text), lexicon: TestLexicon.small, today: TestLexicon.today
    ).resume
  }

  static func work(_ resume: Resume) -> [String] {
    resume.work.map { job in
      [job.name ?? "-", job.position ?? "-", job.location ?? "-", job.startDate ?? "-"]
        .joined(separator: " | ")
    }
  }

  static let skills = "\n\nSKILLS\nInventory control\n"

  @Test(arguments: [
    "Curriculum Vitae", "CV", "RÉSUMÉ", "Resume", "My Resume", "Curriculum Vitae:", "Hoja de vida",
  ])
  func aHeadingThatTitlesTheDocumentIsNeverTheName(_ title: String) throws {
    let resume = try Self.read("\(title)\n\nIfeoma Daniels\nifeoma@example.org" + Self.skills)
    #expect(resume.basics?.name == "Ifeoma Daniels")
    #expect(!NameFinder.isName(title))
  }

  struct HeaderCase: CustomTestStringConvertible, Sendable {
    var header: String
    var employer: String
    var title: String
    var location: String?
    var testDescription: String { header }
  }

  static let headers: [HeaderCase] = [
    // Title, Employer, Town: the town is not the employer.
    HeaderCase(
      header: "Store Lead, Birch & Fern Grocers, Harrogate", employer: "Birch & Fern Grocers",
      title: "Store Lead", location: "Harrogate"),
    HeaderCase(
      header: "Account Executive, Quayside Print Works, Bristol", employer: "Quayside Print Works",
      title: "Account Executive", location: "Bristol"),
    // Pipe-separated fields: the department beside the title is not the employer.
    HeaderCase(
      header: "Assistant Manager — Bakery | Safeway | Boise, ID", employer: "Safeway",
      title: "Assistant Manager — Bakery", location: "Boise, ID"),
    HeaderCase(
      header: "Shift Lead - Night Crew | Costco Wholesale", employer: "Costco Wholesale",
      title: "Shift Lead - Night Crew", location: nil),
  ]

  @Test(arguments: headers)
  func theEmployerIsItsOwnField(_ example: HeaderCase) {
    let raw = RawEntry(header: Lines.read(example.header), span: nil, body: [])
    let entry = EntryParser.parse(raw, wrapWidth: 90)
    #expect(entry.organization == example.employer)
    #expect(entry.title == example.title)
    #expect(entry.location == example.location)
  }

  @Test func aBoldTitleThenEmployerAndTownInMarkdownKeepsTheEmployer() throws {
    let resume = try Self.read(
      "# Ana Ruiz\n\nana@example.com\n\n## Experience\n\n**Content Lead**, Fellside Outdoor Co, "
        + "Kendal — Mar 2020 – Present\n\n- Wrote 300 product pages\n", name: "cv.md")
    #expect(Self.work(resume) == ["Fellside Outdoor Co | Content Lead | Kendal | 2020-03"])
  }

  @Test func aPageHeaderThatNamesTheResumeIsNeverAnEmployer() throws {
    let text =
      "Curriculum Vitae\nIfeoma Daniels\nifeoma@example.org\n\nEXPERIENCE\n"
      + "Line Cook                                   Jan 2020 – Present\n"
      + "Harbor Grill, Tacoma, WA\n- Cooked 200 covers a night\n"
      + "                                                   Page 1 of 2\n"
      + "Ifeoma Daniels – Resume                             Page 2 of 2\n"
      + "Prep Cook                                   Jun 2017 – Dec 2019\n"
      + "Dockside Diner, Tacoma, WA\n- Prepped 40 kg of vegetables a day\n"
    let resume = try Self.read(text)
    #expect(resume.work.map(\.name) == ["Harbor Grill", "Dockside Diner"])
    #expect(RunningHeader.namesDocumentAndPage("Jo Bell – CV   Page 3 of 4"))
    #expect(!RunningHeader.namesDocumentAndPage("Wrote 12 resume templates for page 2"))
  }

  @Test(arguments: [
    ("B.S. Accounting, Colorado State University, 2017", "Colorado State University"),
    (
      // Fresno is the campus: a state system's campus stays in its name.
      "BA Liberal Studies, California State University, Fresno, 2018",
      "California State University, Fresno"
    ),
    ("Texas Tech University, 2015", "Texas Tech University"),
    ("MBA, Ohio State University, 2012", "Ohio State University"),
  ])
  func aSchoolNamedAfterAPlaceKeepsThePlace(_ line: String, _ school: String) throws {
    let resume = try Self.read("Ana Ruiz\n\nEDUCATION\n\(line)\n")
    #expect(resume.education.first?.institution == school)
  }

  @Test(
    arguments: [
      ("BSc (Hons)", "BSc (Hons)", nil),
      ("BA (Hons) English Literature", "BA (Hons)", "English Literature"),
      ("BSc Hons Biochemistry", "BSc Hons", "Biochemistry"),
      ("Bachelor of Science (Honours)", "Bachelor of Science (Honours)", nil),
      ("M.Acc.", "M.Acc.", nil),
      ("MPH Epidemiology", "MPH", "Epidemiology"),
    ] as [(String, String, String?)])
  func anHonoursMarkBelongsToTheDegreeNotTheField(
    _ text: String, _ studyType: String, _ area: String?
  ) {
    #expect(DegreeWords.isDegree(text))
    let split = DegreeWords.split(text)
    #expect(split.studyType == studyType)
    #expect(split.area == area)
  }

  @Test(arguments: [
    (
      "High School Diploma, Whetstone Heights High School, 2016", "High School Diploma",
      "Whetstone Heights High School"
    ),
    ("BSc (Hons), Biochemistry, University of Lagos", "BSc (Hons)", "University of Lagos"),
    ("M.Acc., University of Denver, 2018", "M.Acc.", "University of Denver"),
    (
      "Secondary School Leaving Certificate, Karibu Secondary School",
      "Secondary School Leaving Certificate", "Karibu Secondary School"
    ),
  ])
  func aSchoolLevelAwardIsTheDegreeAndTheSchoolTheInstitution(
    _ line: String, _ studyType: String, _ school: String
  ) throws {
    let resume = try Self.read("Ana Ruiz\n\nEDUCATION\n\(line)\n")
    #expect(resume.education.first?.studyType == studyType)
    #expect(resume.education.first?.institution == school)
    #expect(!DegreeWords.isDegree("Whetstone Heights High School"))
  }

  @Test func aBScHonsEntryKeepsItsFieldOfStudy() throws {
    let resume = try Self.read(
      "Ana Ruiz\n\nEDUCATION\nBSc (Hons), Biochemistry, University of Lagos")
    #expect(resume.education.first?.area == "Biochemistry")
  }

  @Test(arguments: [
    (
      "CPIM (2018); OSHA 10; Certified Pallet Jack Operator",
      ["CPIM (2018)", "OSHA 10", "Certified Pallet Jack Operator"]
    ),
    (
      "NCLEX-PN passed June 2025; Texas LVN license #LV12345",
      ["NCLEX-PN passed June 2025", "Texas LVN license #LV12345"]
    ),
    ("PMP; CSM", ["PMP", "CSM"]),
  ])
  func aSemicolonPartsCredentialsEvenWithDates(_ text: String, _ names: [String]) {
    #expect(CertificateList.names(text) == names)
  }

  @Test func aSemicolonBeforeTheDateWordsAloneDoesNotPartACredential() {
    #expect(CertificateList.names("Certified Kubernetes Administrator; issued 2022") == nil)
  }

  @Test func semicolonListedCredentialsKeepTheirOwnDates() throws {
    let resume = try Self.read(
      "Ana Ruiz\n\nCERTIFICATIONS\nCPIM (2018); OSHA 10; Certified Pallet Jack Operator"
        + Self.skills)
    #expect(
      resume.certificates.map(\.name) == ["CPIM", "OSHA 10", "Certified Pallet Jack Operator"])
    #expect(resume.certificates.map(\.date) == ["2018", nil, nil])
  }

  @Test func frontMatterContactFieldsFillTheBasics() throws {
    let text =
      "---\nname: Ana Ruiz\nemail: ana.ruiz@example.org\nphone: 208-555-0199\n"
      + "location: Boise, ID\n---\n\n# Ana Ruiz\n\n## Skills\n\n- Inventory control\n"
    let basics = try Self.read(text, name: "cv.md").basics
    #expect(basics?.name == "Ana Ruiz")
    #expect(basics?.email == "ana.ruiz@example.org")
    #expect(basics?.phone == "208-555-0199")
    #expect(basics?.location?.city == "Boise")
    #expect(basics?.location?.region == "ID")
  }

  @Test func anAuthorFirstCitationKeepsItsTitleJournalAndYear() throws {
    let resume = try Self.read(
      "Ana Ruiz\n\nPUBLICATIONS\n1. Ruiz A, Okafor CN. Root growth in dry soils. Plant Cell. "
        + "2023;35:1120-31.\n" + Self.skills)
    #expect(resume.publications.first?.name == "Root growth in dry soils")
    #expect(resume.publications.first?.publisher == "Plant Cell")
    #expect(resume.publications.first?.releaseDate == "2023")
    #expect(Citation.parts("Root growth, a review - Plant Cell - 2023") == nil)
  }

  @Test(arguments: [
    ("CLINICAL ROTATIONS", "Pediatrics clinical rotation"),
    ("Clinical Placements", "Pediatrics clinical placement"),
    ("Practicum", "Pediatrics practicum"),
  ])
  func placementsAreExperienceNeverCertificates(_ heading: String, _ title: String) throws {
    let resume = try Self.read(
      "Ana Ruiz\n\nLICENSURE\nBLS (AHA), expires 2028\n\n\(heading)\n"
        + "Pediatrics, Lakeview Children's Hospital — 90 hours, Fall 2025\n"
        + "Capstone Preceptorship, Cardiac Step-Down Unit, Mercy Northside — 144 hours, "
        + "Spring 2026\n")
    #expect(resume.certificates.map(\.name) == ["BLS (AHA)"])
    #expect(
      Self.work(resume) == [
        "Lakeview Children's Hospital | \(title) | - | 2025-09",
        "Mercy Northside | Capstone Preceptorship, Cardiac Step-Down Unit | - | 2026-03",
      ])
    #expect(resume.work.map(\.description) == ["90 hours", "144 hours"])
  }

  @Test func studentTeachingIsAPlacementButTeachingExperienceIsNot() {
    #expect(SectionHeading.kind(of: "STUDENT TEACHING") == .work)
    #expect(PlacementHeading.placement(inHeading: "Student Teaching") == "student teaching")
    #expect(PlacementHeading.placement(inHeading: "Teaching Experience") == nil)
    #expect(PlacementHeading.placement(inHeading: "Internships") == nil)
  }
}
