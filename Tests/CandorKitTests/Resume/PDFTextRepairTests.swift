import Foundation
import Testing

@testable import CandorKit

/// Text taken from a PDF resume: a letter-spaced name, a school's name broken across lines
/// and words hyphenated at a line break (Tests/Fixtures/resumes/pdf-wrapped.txt).
@Suite struct PDFTextRepairTests {
  static func read(_ text: String) throws -> Resume {
    try ResumeReader.read(InputFile(name: "cv.txt", text: text), lexicon: TestLexicon.small)
      .resume
  }

  static func fixture() throws -> Resume {
    try ResumeReader.read(ResumeFixtureTests.file("pdf-wrapped.txt"), lexicon: TestLexicon.small)
      .resume
  }

  @Test func aLetterSpacedNameBesideTheEmailIsTheName() throws {
    let resume = try Self.fixture()
    #expect(resume.basics?.name == "Jane Doe")
    #expect(resume.basics?.email == "jane.doe@example.com")
  }

  @Test(arguments: ["J A N E  D O E", "J A N E   D O E", "JANE  DOE"])
  func aSpacedOutNameAloneOnItsLineIsTheName(_ written: String) throws {
    let resume = try Self.read(
      "\(written)\njane.doe@example.com\n\nEXPERIENCE\nClerk, Harbor Mills, 2019 – 2022\n"
        + "- Filed 300 reports\n")
    #expect(resume.basics?.name == "Jane Doe")
  }

  /// pdftotext's layout puts the email at the second column's place beside the name: the
  /// lines above the first heading stay the header, so the name is not read as a school.
  @Test func aCapitalisedNameBesideASecondColumnIsTheNameAndTheSchoolIsWhole() throws {
    let parsed = try ResumeReader.read(
      ResumeFixtureTests.file("pdf-two-column-header.txt"), lexicon: TestLexicon.small)
    #expect(parsed.resume.basics?.name == "Amara Osei")
    #expect(parsed.resume.basics?.label == "Respiratory Therapist")
    #expect(parsed.resume.education.map(\.institution) == ["University of Cincinnati"])
    #expect(parsed.notes == [])
  }

  @Test func aSchoolNameBrokenAfterUniversityOfIsOneInstitution() throws {
    let education = try #require(try Self.fixture().education.first)
    #expect(education.institution == "University of Colorado Boulder")
    #expect(education.studyType == "B.S.")
    #expect(education.area == "Statistics")
    #expect(education.endDate == "2017")
  }

  @Test func aSchoolNameBrokenOnItsOwnLinesIsOneInstitution() throws {
    let resume = try Self.read(
      "Jane Doe\njane.doe@example.com\n\nEDUCATION\nUniversity of\nColorado Boulder\n"
        + "B.S. Statistics, 2017\n")
    #expect(resume.education.map(\.institution) == ["University of Colorado Boulder"])
  }

  @Test func aWordHyphenatedAtALineBreakIsJoinedAndHyphenatedWordsKeepTheirHyphen() throws {
    let highlights = try #require(try Self.fixture().work.first?.highlights)
    #expect(
      highlights == [
        "Led the migration of 30 reports to Looker with end-to-end tests",
        "Co-founded the analytics guild of 12 analysts",
      ])
  }

  @Test func theHyphenRuleKeepsCompoundsAndDropsBreaks() {
    #expect(!LineBreakHyphen.keeps(head: "migra", tail: "tion of 30", in: ""))
    #expect(!LineBreakHyphen.keeps(head: "dic", tail: "tionary", in: ""))
    #expect(LineBreakHyphen.keeps(head: "end", tail: "to-end tests", in: ""))
    #expect(LineBreakHyphen.keeps(head: "Co", tail: "founded", in: ""))
    #expect(LineBreakHyphen.keeps(head: "follow", tail: "up calls", in: ""))
    #expect(LineBreakHyphen.keeps(head: "Scikit", tail: "Learn", in: ""))
    #expect(LineBreakHyphen.keeps(head: "e", tail: "mail", in: ""))
    #expect(LineBreakHyphen.keeps(head: "pay", tail: "roll", in: "a pay-roll audit"))
  }
}
