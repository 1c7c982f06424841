import CandorKit
import Foundation
import Testing

@testable import CandorDocuments

/// A resume PDF with a letter-spaced name, a word hyphenated at a line break and a school's
/// name broken after "University of" (wrapped-lines.pdf, made by make-fixtures.py), read
/// through the real document reader and then the resume reader.
@Suite struct PDFResumeRepairTests {
  static func read() throws -> ParsedResume {
    let path = Fixtures.folder.appendingPathComponent("wrapped-lines.pdf").path
    return try ResumeReader.read(try DocumentReader.read(path))
  }

  @Test func theLetterSpacedNameIsRead() throws {
    let resume = try Self.read().resume
    #expect(resume.basics?.name == "Jane Doe")
  }

  @Test func theBrokenSchoolNameIsOneInstitution() throws {
    let education = try Self.read().resume.education
    #expect(education.map(\.institution) == ["University of Colorado Boulder"])
  }

  @Test func hyphenatedLineBreaksAreJoinedAndHyphenatedWordsKept() throws {
    let highlights = try Self.read().resume.work.flatMap { $0.highlights ?? [] }
    #expect(
      highlights == [
        "Led the migration of 30 reports to Looker with end-to-end tests",
        "Co-founded an analytics guild of 12 analysts; wrote its data dictionary",
      ])
  }

  @Test func theOutlineNamesThePDFAsItsFormat() throws {
    let outline = ResumeOutline.render(try Self.read())
    #expect(outline.hasPrefix("Resume (pdf, en)\n"))
  }
}
