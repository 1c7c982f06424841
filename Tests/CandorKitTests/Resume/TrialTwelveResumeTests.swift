import Testing

@testable import CandorKit

/// Resume faults the twelfth new-user trial found, on invented text of the same shapes.
@Suite struct TrialTwelveResumeTests {
  static func read(_ text: String) throws -> Resume {
    try TrialThreeResumeTests.read(text)
  }

  /// A left sidebar (name, title, contact, certificates, skills) beside the main column, as
  /// `pdftotext -layout` prints it: each line holds a piece of both.
  static func sidebarResume(width: Int, contactHeading: String) -> String {
    let left = [
      "MARGIT HALVORSEN", "Tower Crane Rigger", "", contactHeading, "margit.h@example.org",
      "(507) 555-0148", "Rochester, MN", "", "CERTIFICATIONS", "NCCCO Rigger Level II",
      "OSHA 30", "", "SKILLS", "Load charts", "Signalling", "Wire rope inspection",
    ]
    let right = [
      "EXPERIENCE", "", "Lead Rigger", "Zumbro Lift & Hoist, Winona, MN", "March 2019 - Present",
      "- Rigged 85 precast panel lifts", "- Trained 6 apprentice riggers", "",
      "Rigging Apprentice", "Cannon Steel Erectors, Faribault, MN", "May 2016 - February 2019",
      "- Set 400 tons of structural steel", "", "EDUCATION",
      "Riverland Technical College, Rigging Certificate, 2016", "",
    ]
    return zip(left, right).map { left, right in
      right.isEmpty ? left : left.padding(toLength: width, withPad: " ", startingAt: 0) + right
    }.joined(separator: "\n") + "\n"
  }

  @Test(arguments: [(38, "CONTACT"), (50, "Contact Info"), (44, "DETAILS")])
  func aLeftSidebarKeepsTheHeaderAndItsLists(width: Int, contactHeading: String) throws {
    let resume = try Self.read(Self.sidebarResume(width: width, contactHeading: contactHeading))
    #expect(resume.basics?.name == "Margit Halvorsen")
    #expect(resume.basics?.label == "Tower Crane Rigger")
    #expect(resume.basics?.email == "margit.h@example.org")
    #expect(resume.basics?.phone == "(507) 555-0148")
    #expect(resume.basics?.location?.city == "Rochester")
    #expect(resume.certificates.map(\.name) == ["NCCCO Rigger Level II", "OSHA 30"])
    #expect(
      resume.skills.map(\.name) == ["Load charts", "Signalling", "Wire rope inspection"])
    #expect(resume.education.map(\.institution) == ["Riverland Technical College"])
    #expect(resume.education.first?.area == nil)
    #expect(resume.work.map(\.name) == ["Zumbro Lift & Hoist", "Cannon Steel Erectors"])
  }

  /// A minor beside the degree is kept as the entry's `minor`, as JSON Resume's extra
  /// fields allow.
  @Test(arguments: [
    ("B.A. in Geography, minor in Urban Studies, Fenwick College, 2019", "Urban Studies"),
    ("B.S. Chemistry, Minor: Mathematics, Fenwick College, 2019", "Mathematics"),
    ("B.A. in Music, minors in Dance and Italian, Fenwick College, 2019", "Dance and Italian"),
  ])
  func aMinorBesideTheDegreeIsKept(_ line: String, _ minor: String) throws {
    let resume = try Self.read(
      "Oskar Lindgren\noskar@example.org\n\nEDUCATION\n\(line)\n\nSKILLS\nFieldwork\n")
    let school = try #require(resume.education.first)
    #expect(school.minor == minor)
    #expect(school.institution == "Fenwick College")
    #expect(school.area?.contains(minor) == false)
  }

  @Test func aJSONResumesMinorIsRead() throws {
    let json =
      #"{"basics": {"name": "Oskar Lindgren"}, "education": [{"institution": "Fenwick "#
      + #"College", "area": "Geography", "minor": "Urban Studies"}]}"#
    let resume = try ResumeReader.read(InputFile(name: "cv.json", text: json)).resume
    #expect(resume.education.first?.minor == "Urban Studies")
  }
}
