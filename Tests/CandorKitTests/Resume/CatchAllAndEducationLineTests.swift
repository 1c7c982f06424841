import Foundation
import Testing

@testable import CandorKit

/// Lines a reader used to lose: credentials under a catch-all heading or under a school,
/// a field's concentration after a comma, a bracketed season's months, and a two-column
/// resume taken for a posting by its side-by-side headings.
@Suite struct CatchAllAndEducationLineTests {
  static let head = "Oren Vasquez-Tull\noren@example.com\n\n"
  static let school = "Education\nFernhill State College, Dayton, OH\nB.S. in Biology, 2016\n\n"

  static func parse(_ text: String) throws -> ParsedResume {
    try ResumeReader.read(
      InputFile(name: "cv.txt", text: text), lexicon: TestLexicon.small, today: TestLexicon.today)
  }

  @Test(arguments: [
    (
      "Other", "Valid Ohio driver's license, clean driving record",
      "Valid Ohio driver's license, clean driving record"
    ),
    ("Additional", "OSHA 30-Hour General Industry", "OSHA 30-Hour General Industry"),
    ("Additional information", "- Certified Pharmacy Technician", "Certified Pharmacy Technician"),
    ("Miscellaneous", "TWIC card holder", "TWIC card holder"),
  ])
  func aCredentialInACatchAllSectionIsACertificate(
    heading: String, line: String, name: String
  ) throws {
    let text =
      Self.head + Self.school + heading + "\n" + line
      + "\nSpanish (conversational)\nAvailable for weekend shifts\n"
    let parsed = try Self.parse(text)
    #expect(parsed.resume.certificates.map(\.name) == [name])
    #expect(parsed.resume.languages.map(\.language) == ["Spanish"])
    // The line that is no credential and no language is still noted as unread.
    #expect(parsed.notes.contains { $0.hasPrefix("section '\(heading)'") })
  }

  @Test func aCatchAllSectionOfCredentialsOnlyLeavesNoUnreadNote() throws {
    let text = Self.head + Self.school + "Other\nForklift certified (sit-down)\n"
    let parsed = try Self.parse(text)
    #expect(parsed.resume.certificates.map(\.name) == ["Forklift certified (sit-down)"])
    #expect(!parsed.notes.contains { $0.contains("was not read") })
  }

  @Test(arguments: [
    ("Oregon forklift card, expires 2027", "Oregon forklift card"),
    ("Food handler permit (valid through 2026)", "Food handler permit"),
    ("CPR and First Aid, American Red Cross", "CPR and First Aid"),
  ])
  func aCredentialUnderASchoolIsACertificateNotTheSchoolsDates(
    line: String, name: String
  ) throws {
    let text =
      Self.head + "Education\nCascade Valley Community College, Bend, OR\n"
      + "Associate of Applied Science in Welding, 2021\n" + line + "\n"
    let parsed = try Self.parse(text)
    #expect(parsed.resume.certificates.map(\.name) == [name])
    #expect(parsed.resume.education.map(\.endDate) == ["2021"])
    #expect(parsed.resume.education.map(\.institution) == ["Cascade Valley Community College"])
  }

  @Test(arguments: [
    (
      "B.A.S. in Applied Science, Information Technology",
      "Applied Science, Information Technology"
    ),
    ("B.S. in Business, Supply Chain Management", "Business, Supply Chain Management"),
    ("Bachelor of Arts in Music, Vocal Performance", "Music, Vocal Performance"),
  ])
  func aConcentrationAfterTheFieldStaysInTheArea(line: String, area: String) throws {
    let text =
      Self.head + "Education\nLakemont University, Erie, PA\n" + line + ", 2020\n"
    let resume = try Self.parse(text).resume
    #expect(resume.education.map(\.area) == [area])
    #expect(resume.education.map(\.institution) == ["Lakemont University"])
  }

  @Test(arguments: [
    "B.S. in Biology, Erie, PA", "B.S. in Biology, Online", "B.S. in Biology, Part-time",
  ])
  func aPlaceOrAModeAfterTheFieldIsNoConcentration(line: String) throws {
    let text = Self.head + "Education\nLakemont University\n" + line + ", 2020\n"
    #expect(try Self.parse(text).resume.education.map(\.area) == ["Biology"])
  }

  @Test(arguments: [
    "Lifeguard, Birch Lake Beach (Summers 2017-2019)",
    "Lifeguard, Birch Lake Beach (summers 2017 – 2019)",
    "Lifeguard, Birch Lake Beach (Summers 2017–2019)",
  ])
  func aBracketedSeasonCountsEachSeasonsMonths(heading: String) throws {
    let parsed = try Self.parse(Self.head + "Experience\n" + heading + "\n- Guarded 300 swimmers\n")
    #expect(parsed.yearsOfExperience == 0.8)
    #expect(parsed.workPeriods?.map(\.start) == ["2017-06", "2018-06", "2019-06"])
    #expect(parsed.resume.work.first?.name == "Birch Lake Beach")
  }

  @Test(arguments: [
    ("TALIA  BRENNER", "CONTACT", "EDUCATION"),
    ("Talia Brenner", "Contact", "Education"),
    ("TALIA BRENNER", "CONTACT INFO", "EDUCATION & TRAINING"),
  ])
  func aSidebarHeadingBesideTheOtherColumnIsReadAlone(
    name: String, contact: String, education: String
  ) {
    let gap = String(repeating: " ", count: 12)
    let text = [
      name + gap + contact, "Pastry Cook" + gap + "talia@example.com",
      "EXPERIENCE" + gap + "SKILLS", "Pastry Cook" + gap + "Lamination",
      "Crumb & Co., Boise, ID" + gap + "Plated desserts", "May 2021 - Present",
      "- Baked 400 croissants a morning", "Baker" + gap + education,
      "Oven Row Bakery, Boise, ID" + gap + "Boise State University",
      "Jun 2018 - Apr 2021" + gap + "B.A. Culinary Arts, 2018",
    ].joined(separator: "\n")
    #expect(ContentKind.guess(text) != .posting)
  }
}
