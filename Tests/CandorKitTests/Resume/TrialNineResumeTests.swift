import Testing

@testable import CandorKit

/// Resume faults found by the ninth new-user trial, each as a kind of fault: a sidebar
/// heading on the name's line, roles and places told apart, credential numbers and
/// certificate lines, catch-all sections, inline labels and languages under Skills.
@Suite struct TrialNineResumeTests {
  static func read(_ text: String, name: String = "cv.txt") throws -> Resume {
    try TrialThreeResumeTests.read(text, name: name)
  }

  static let head = "Wren Abernathy\nwren@example.com\n\n"

  static func certificates(_ resume: Resume) -> [String] {
    resume.certificates.map {
      [$0.name ?? "-", $0.issuer ?? "-", $0.date ?? "-"].joined(separator: " | ")
    }
  }

  @Test(arguments: [
    ("MIRA  OSTROVA                              CONTACT", "Mira Ostrova"),
    ("Tobias  Renner                        Skills", "Tobias Renner"),
    ("KAI  LINDQVIST                         Contact Info", "Kai Lindqvist"),
  ])
  func aSidebarHeadingOnTheNameLineIsNoPartOfTheName(line: String, name: String) throws {
    let text =
      line + "\nfry@example.com\n\nEXPERIENCE\nLine Cook, Pebble Diner, Salem, OR\n"
      + "May 2018 - Apr 2020\n- Prepped 200 plates a night" + TrialThreeResumeTests.skills
    #expect(try Self.read(text).basics?.name == name)
  }

  @Test(arguments: [
    (
      "Prep Cook (seasonal)\nThe Oyster Hut at Cedar Point, OH",
      "The Oyster Hut | Prep Cook (seasonal) | Cedar Point, OH | 2019-05"
    ),
    (
      "Camp Counselor\nPine Hollow Camp at Lake Placid, NY",
      "Pine Hollow Camp | Camp Counselor | Lake Placid, NY | 2019-05"
    ),
    (
      "Server\nHarborview Grill at Bar Harbor, Maine",
      "Harborview Grill | Server | Bar Harbor, Maine | 2019-05"
    ),
  ])
  func aPlaceAfterAtIsWhereTheEmployerIs(heading: String, expected: String) throws {
    #expect(try Self.roles("EXPERIENCE\n" + heading + "\nMay 2019 - Oct 2021") == [expected])
  }

  /// The roles of a resume with one entry under `heading`, which ends on its dates.
  static func roles(_ heading: String) throws -> [String] {
    let text = Self.head + heading + "\n- Ran the grill station" + TrialThreeResumeTests.skills
    return TrialThreeResumeTests.work(try Self.read(text))
  }

  @Test(arguments: [
    (
      "Reach Truck Operator, Maple Ridge Foods DC, Obetz, OH",
      "Maple Ridge Foods DC | Reach Truck Operator | Obetz, OH | 2023-03"
    ),
    (
      "Order Selector, Prairie Cold Storage DC, Joliet, IL",
      "Prairie Cold Storage DC | Order Selector | Joliet, IL | 2023-03"
    ),
    (
      "Barista, Bean Barn, Austin TX",
      "Bean Barn | Barista | Austin TX | 2023-03"
    ),
  ])
  func aNameEndingOnAStateCodeBeforeThePlaceIsTheEmployer(heading: String, expected: String)
    throws
  {
    #expect(try Self.roles("Work History\n" + heading + "\nMarch 2023 – Present") == [expected])
  }

  @Test(arguments: [
    (
      "Food Protection Manager\nCertification #55120931\nAllergen Awareness (ServSafe)",
      ["Food Protection Manager | - | -", "Allergen Awareness (ServSafe) | - | -"]
    ),
    (
      "Forklift Operator\nLicense No. 88213,\nexp. 2027\nFirst Aid",
      ["Forklift Operator | - | -", "First Aid | - | -"]
    ),
    (
      "Registered Dietitian, No. 901123, expires 2029\nNotary Public, ID: 4432190",
      ["Registered Dietitian | - | -", "Notary Public | - | -"]
    ),
  ])
  func aCredentialNumberBelongsToTheCredentialAndNamesNone(list: String, expected: [String])
    throws
  {
    let text = Self.head + "CERTIFICATIONS\n" + list + TrialThreeResumeTests.skills
    #expect(Self.certificates(try Self.read(text)) == expected)
  }

  @Test(arguments: [
    "Certification #24418806", "License No. 190045512", "ID: 4432", "Credential ID 8XK2",
    "certificate #A-2218840",
  ])
  func numberLabelsAreKnown(_ text: String) {
    #expect(CertificateText.isNumberLabel(text))
  }

  @Test(arguments: ["OSHA 10", "Class 2", "2019", "Level 3 Award", "CPR, 2024"])
  func aNumberInANameIsNoNumberLabel(_ text: String) {
    #expect(!CertificateText.isNumberLabel(text))
  }

  @Test(arguments: [
    (
      "ESL Authorization (CLAD), Vietnamese\nCPR/AED, American Red Cross",
      ["ESL Authorization (CLAD), Vietnamese | - | -", "CPR/AED | American Red Cross | -"]
    ),
    (
      "Food Handler Card\nForklift Safety Training",
      ["Food Handler Card | - | -", "Forklift Safety Training | - | -"]
    ),
    (
      "Wilderness First Responder (Solo\nMedical Institute)\nWater Safety Instructor,\n"
        + "American Red Cross",
      [
        "Wilderness First Responder (Solo Medical Institute) | - | -",
        "Water Safety Instructor | American Red Cross | -",
      ]
    ),
  ])
  func eachCertificateLineIsOneCredentialUnlessItWraps(list: String, expected: [String])
    throws
  {
    let text = Self.head + "CREDENTIALS\n" + list + TrialThreeResumeTests.skills
    #expect(Self.certificates(try Self.read(text)) == expected)
  }

  @Test(arguments: [
    (
      "OSHA Forklift Operator Certification, issued 04/2023, renew 04/2026",
      "OSHA Forklift Operator Certification | - | 2023-04"
    ),
    ("Food Handler Card, issued 2022, expires 2025", "Food Handler Card | - | 2022"),
    (
      "Phlebotomy Technician (CPT), NHA, certificate #B-77120, recertified 2025",
      "Phlebotomy Technician (CPT) | NHA | 2025"
    ),
  ])
  func aCertificateKeepsTheDateItWasEarnedAndDropsItsExpiry(line: String, expected: String)
    throws
  {
    let text = Self.head + "Certifications\n" + line + TrialThreeResumeTests.skills
    #expect(Self.certificates(try Self.read(text)) == [expected])
  }

  @Test(arguments: [
    ("Other", "Spanish (intermediate)", "Spanish", "intermediate"),
    ("Additional", "French – fluent", "French", "fluent"),
    ("Miscellaneous", "German (basic)", "German", "basic"),
  ])
  func aCatchAllHeadingIsNoDegreeAreaAndItsLanguagesAreRead(
    heading: String, line: String, language: String, fluency: String
  ) throws {
    let text =
      Self.head + "Education\nRidgeline State University, Topeka, KS\n"
      + "Bachelor of Business Administration, 2018\n\n" + heading
      + "\nValid Kansas driver's license\n" + line + TrialThreeResumeTests.skills
    let resume = try Self.read(text)
    #expect(resume.education.map(\.area) == [nil])
    #expect(resume.education.map(\.studyType) == ["Bachelor of Business Administration"])
    #expect(resume.languages.map(\.language) == [language])
    #expect(resume.languages.map(\.fluency) == [fluency])
  }

  @Test func otherUnderSkillsGroupsTheRestOfTheSkills() throws {
    let text = Self.head + "SKILLS\nKnife work\nOther\nInventory control\n"
    let resume = try Self.read(text)
    #expect(resume.skills.contains { $0.name == "Inventory control" })
  }

  @Test(arguments: ["Spanish (intermediate)", "Hmong (intermediate)"])
  func aLanguageWithItsLevelIsNoDegree(_ text: String) {
    #expect(!DegreeWords.isDegree(text))
  }

  @Test(arguments: [
    ("Lena Marsh Okafor, CMA (AAMA)", "Lena Marsh Okafor"),
    ("Pablo Reyes, RN (ANCC)", "Pablo Reyes"),
    ("Ivy Tran, CPhT (PTCB)", "Ivy Tran"),
  ])
  func aCredentialAndItsIssuerAfterTheNameLeaveTheName(line: String, name: String) throws {
    let text = line + "\nTucson, Arizona · 520-555-0100\n" + TrialThreeResumeTests.skills
    #expect(try Self.read(text).basics?.name == name)
  }

  @Test(arguments: [
    ("**Summary:**", "Help desk technician with 2 years supporting 400+ users."),
    ("**Profile:**", "Warehouse lead with 6 years in cold storage."),
    ("Objective:", "A role teaching second grade in a bilingual school."),
  ])
  func aLabelledSummaryInTheHeaderIsTheSummary(label: String, summary: String) throws {
    let text = "# Noa Kealani\nnoa@example.com\n\n\(label) \(summary)\n\n## Skills\nIntune\n"
    #expect(try Self.read(text, name: "cv.md").basics?.summary == summary)
  }

  @Test(arguments: [
    ("B.A.S. in Applied Science, 2023", "B.A.S.", "Applied Science"),
    ("BAS in Applied Management, 2022", "BAS", "Applied Management"),
    ("B.G.S. in General Studies, 2021", "B.G.S.", "General Studies"),
  ])
  func appliedAndGeneralStudiesBachelorsAreDegrees(
    line: String, studyType: String, area: String
  ) throws {
    let text =
      Self.head + "Education\nRidgeline State University, Boise, ID — " + line
      + TrialThreeResumeTests.skills
    let resume = try Self.read(text)
    #expect(resume.education.map(\.studyType) == [studyType])
    #expect(resume.education.map(\.area) == [area])
  }

  @Test(arguments: [
    (
      "Languages: English, Samoan (conversational), ASL (basic)",
      ["English", "Samoan", "ASL"]
    ),
    ("Languages: Spanish (native), English", ["Spanish", "English"]),
  ])
  func spokenLanguagesUnderSkillsAreLanguages(line: String, languages: [String]) throws {
    let text = Self.head + "Skills\nWindows 11, Intune, ServiceNow\n\n" + line + "\n"
    let resume = try Self.read(text)
    #expect(resume.languages.map(\.language) == languages)
    #expect(!resume.skills.contains { $0.name?.hasPrefix("Languages") == true })
  }

  @Test func programmingLanguagesUnderSkillsStaySkills() throws {
    let text = Self.head + "Skills\nLanguages: Python, Go, SQL\n"
    let resume = try Self.read(text)
    #expect(resume.languages.isEmpty)
    let named = resume.skills.flatMap { [$0.name ?? ""] + ($0.keywords ?? []) }
    #expect(named.contains("Python"))
  }

  @Test(arguments: [
    "Teacher Credential Program, Alder School of Education, 2019",
    "Teacher Credential Program, Alder School of Education",
  ])
  func aProgramLineIsTheAwardStudied(line: String) throws {
    let text = Self.head + "EDUCATION\n" + line + TrialThreeResumeTests.skills
    let resume = try Self.read(text)
    #expect(resume.education.map(\.studyType) == ["Teacher Credential Program"])
    #expect(resume.education.map(\.institution) == ["Alder School of Education"])
  }
}
