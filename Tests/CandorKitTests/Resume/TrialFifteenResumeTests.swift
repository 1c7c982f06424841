import Testing

@testable import CandorKit

/// Faults the fifteenth new-user trial found in the resume reader, on invented text of the
/// same shapes.
@Suite struct TrialFifteenResumeTests {
  static func resume(_ text: String) throws -> Resume {
    try ResumeReader.read(InputFile(name: "cv.txt", text: text), lexicon: .standard).resume
  }

  /// A two-column resume whose right column wraps one certificate over three lines.
  @Test func aSidebarsWrappedCertificateIsOne() throws {
    let lines = [
      ("MARISOL VANCE-ORTIZ", "marisol@example.com"), ("Payroll Clerk", "(555) 555-0142"),
      ("", ""), ("EXPERIENCE", "SKILLS"), ("Payroll Clerk", "Excel"),
      ("Tamarack Freight, Dayton, OH", "Garnishments"),
      ("Mar 2019 – Present", ""), ("• Ran weekly payroll for 640 drivers", "CERTIFICATIONS"),
      ("• Cut pay corrections by 30%", "Fundamental Payroll"),
      ("", "Certification (FPC),"), ("", "2022"),
    ]
    let text = lines.map { left, right in
      right.isEmpty ? left : left.padding(toLength: 50, withPad: " ", startingAt: 0) + right
    }.joined(separator: "\n")
    let certificates = try Self.resume(text + "\n").certificates
    #expect(certificates.map(\.name) == ["Fundamental Payroll Certification (FPC)"])
    #expect(certificates.first?.date == "2022")
  }

  @Test(arguments: [
    ("Fundamental Payroll\nCertification (FPC), 2021", ["Fundamental Payroll Certification (FPC)"]),
    ("Certified Kubernetes\nAdministrator, 2023", ["Certified Kubernetes Administrator"]),
    (
      "BLS Certification\nCertificate in Phlebotomy",
      ["BLS Certification", "Certificate in Phlebotomy"]
    ),
    ("ServSafe Manager, 2020\nCertification (FPC)", ["ServSafe Manager", "Certification (FPC)"]),
    (
      "Lean Six Sigma Green Belt\nCertified Payroll Professional",
      [
        "Lean Six Sigma Green Belt", "Certified Payroll Professional",
      ]
    ),
  ])
  func aCertificatesWrappedTailJoinsIt(_ text: String, _ names: [String]) {
    let section = ResumeSection(
      kind: .certificates, title: "Certifications", lines: Lines.read(text))
    let items = ListSections.items(section, wrapWidth: 60)
    #expect(items.map { ListSections.certificate($0).name ?? "" } == names)
  }

  static func education(_ line: String) throws -> Resume.Education? {
    try Self.resume(
      "Dana Whitfield\ndana@example.com\n\nEXPERIENCE\nChemistry Teacher, Elm High School, "
        + "2019 - Present\n- Taught 5 sections of chemistry\n\nEDUCATION\n\(line)\n"
    ).education.first
  }

  /// Dotted degree abbreviations keep their degree and field.
  @Test(arguments: [
    ("M.A.T. Secondary Science, University of the Pacific, 2018", "M.A.T.", "Secondary Science"),
    (
      "M.Ed. Curriculum and Instruction, University of the Pacific, 2018", "M.Ed.",
      "Curriculum and Instruction"
    ),
    ("Ed.S. School Psychology, University of the Pacific, 2018", "Ed.S.", "School Psychology"),
    ("M.S.N. Nursing Education, University of the Pacific, 2018", "M.S.N.", "Nursing Education"),
    (
      "Ed.D. Educational Leadership, University of the Pacific, 2018", "Ed.D.",
      "Educational Leadership"
    ),
  ])
  func aDottedDegreeIsKept(_ line: String, _ degree: String, _ field: String) throws {
    let education = try #require(try Self.education(line))
    #expect(education.studyType == degree)
    #expect(education.area == field)
    #expect(education.institution == "University of the Pacific")
  }

  /// The skill terms of a short resume with `highlight` under its one role and `education`
  /// under its education heading.
  static func skills(highlight: String, education: String = "") throws -> [String] {
    let text =
      "Ana Ruiz\nana@example.com\n\nEXPERIENCE\nTeacher, Elm High, 2018 - 2024\n"
      + "- \(highlight)\n" + (education.isEmpty ? "" : "\nEDUCATION\n\(education)\n")
    let file = InputFile(name: "cv.txt", text: text)
    return try ResumeReader.read(file, lexicon: .standard).skills.map(\.term)
  }

  /// A degree's field and help the writer received claim no soft skill.
  @Test(arguments: [
    ("B.A. Communications, Coastal State University, 2016", "communication"),
    ("Bachelor of Arts in Communication, Coastal State University", "communication"),
    ("M.A. in Organizational Leadership, Coastal State University", "leadership"),
  ])
  func aDegreesFieldIsNoSoftSkill(_ line: String, _ skill: String) throws {
    let skills = try Self.skills(highlight: "Filed 40 claims a day", education: line)
    #expect(!skills.contains(skill))
  }

  @Test(arguments: [
    "Co-taught 3 sections of chemistry under a mentor teacher",
    "Was mentored by the department chair on lab safety",
    "Paired with a mentor for the first year of teaching",
  ])
  func beingMentoredIsNoMentoring(_ highlight: String) throws {
    #expect(try !Self.skills(highlight: highlight).contains("mentoring"))
  }

  @Test(arguments: ["Mentored 4 new teachers in lab safety", "Served as a mentor to 3 new hires"])
  func mentoringOthersIsMentoring(_ highlight: String) throws {
    #expect(try Self.skills(highlight: highlight).contains("mentoring"))
  }

  /// People the work is done for are a count, not a team; people led are a team.
  @Test(arguments: [
    ("Process weekly payroll for 1,100 employees", Quantity.Measure.count),
    ("Paid 450 employees across 6 states", .count),
    ("Served 300 employees a day in the cafeteria", .count),
    ("Managed 12 employees across 2 shifts", .teamSize),
    ("Led a team of 8 engineers", .teamSize),
  ])
  func peopleServedAreNoTeam(_ text: String, _ measure: Quantity.Measure) {
    let people = QuantityExtractor.quantities(in: text).first { $0.value >= 8 }
    #expect(people?.measure == measure)
  }
}
