import Foundation
import Testing

@testable import CandorKit

/// Words a resume uses without claiming the skill (trial 21): oversight the writer worked
/// under, and the words of an employer's name; and a header licence line whose record
/// items are facts, not certificates (trial 22).
@Suite struct ReceivedOversightAndNameTests {
  static func read(_ text: String) throws -> ParsedResume {
    try ResumeReader.read(InputFile(name: "cv.txt", text: text), lexicon: .standard)
  }

  static func skills(highlight: String) throws -> [String] {
    try read(
      "Mara Quist\nmara@example.com\n\nEXPERIENCE\nLegal Assistant, Fenwick Row, 2021 - 2024\n"
        + "- \(highlight)\n"
    ).skills.map(\.term)
  }

  @Test(arguments: [
    ("Filed 22 motions through CM/ECF under attorney supervision", "supervision"),
    ("Drafted 40 letters under the direct supervision of a partner", "supervision"),
    ("Plated 200 covers a night with coaching from the head chef", "coaching"),
    ("Grew walk-in sales 12% under new leadership", "leadership"),
  ])
  func oversightTheWriterWorkedUnderIsNoSkill(_ highlight: String, _ skill: String) throws {
    #expect(try !Self.skills(highlight: highlight).contains(skill))
  }

  @Test(arguments: [
    "Provided supervision for 6 paralegals on a 3-week trial",
    "Kept 9 clerks under my supervision through tax season",
  ])
  func supervisionTheWriterGaveIsASkill(_ highlight: String) throws {
    #expect(try Self.skills(highlight: highlight).contains("supervision"))
  }

  /// "Harbor Lane Site Design" is an employer: its words claim no web design, while the
  /// same words in a skills list do.
  @Test func wordsOfAnEmployersNameAreNoSkill() throws {
    let text =
      "Ivo Brandt\nivo@example.com\n\nEXPERIENCE\nHarbor Lane Site Design, Tacoma, WA\n"
      + "Drafter, 2019 - 2023\n- Drew 30 grading plans in Civil 3D\n"
    let skills = try Self.read(text).skills.map(\.term)
    #expect(!skills.contains("web design"))
    #expect(skills.contains("Civil 3D"))
    let listed = try Self.read(text + "\nSKILLS\nWeb design, Civil 3D\n").skills.map(\.term)
    #expect(listed.contains("web design"))
  }

  /// "clean MVR" on the licence line is a driving record, a fact of the summary; "DOT
  /// medical card current" is the card, named without its status.
  @Test func aRecordOnTheLicenceLineIsAFactNotACertificate() throws {
    let resume = try Self.read(
      "Lyle Barrow\nToledo, OH | 419-555-0177 | lyle@example.com\n\n"
        + "Class B CDL (Ohio), Passenger endorsement, clean MVR, DOT medical card current\n\n"
        + "EXPERIENCE\nTransit Driver, Maumee Valley Transit, Toledo, OH   2015 - 2024\n"
        + "- Drove 2 daily routes with 60 riders each\n"
    ).resume
    let names = resume.certificates.compactMap(\.name)
    #expect(names.contains("DOT medical card"))
    #expect(names.contains("Passenger endorsement"))
    #expect(!names.contains { $0.localizedCaseInsensitiveContains("MVR") })
    #expect(!names.contains { $0.hasSuffix("current") })
    #expect(resume.basics?.summary == "Clean MVR.")
  }

  @Test func aTrailingStatusIsNoPartOfAName() {
    #expect(HeaderLicences.withoutStatus("Forklift card valid") == "Forklift card")
    #expect(HeaderLicences.isFact("clean driving record"))
    #expect(!HeaderLicences.isFact("TWIC card"))
  }

  /// "dental radiographs" is radiography, the same skill by another word form.
  @Test func radiographsAreRadiography() {
    let terms = Lexicon.standard.matches(in: "Took 40 dental radiographs a week").map(\.term)
    #expect(terms.contains("radiology"))
    #expect(Lexicon.standard.key(for: "radiography") == Lexicon.standard.key(for: "radiograph"))
  }

  /// The fields of study come from the lexicon's word file.
  @Test func fieldsOfStudyAreReadFromTheWordFile() {
    #expect(StudyFields.isHead("sciences"))
    #expect(StudyFields.disciplines.contains("economics"))
    #expect(!StudyFields.isHead("springfield"))
  }
}
