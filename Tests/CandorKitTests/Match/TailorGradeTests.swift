import Testing

@testable import CandorKit

/// A tailored resume keeps what a grade is: the bare number a text resume's "GPA: 3.8"
/// leaves is shown as a GPA again; a percentage stays as written.
@Suite struct TailorGradeTests {
  static func rendered(_ education: String) throws -> String {
    let parsed = try ResumeReader.read(
      InputFile(
        name: "resume.txt",
        text: """
          Wren Castellano
          wren.castellano@example.com

          Experience
          Lab Assistant, Ashgrove University, 2021 - Present
          - Prepared 40 culture plates a week

          Education
          \(education)
          """))
    return ResumeRenderer.text(parsed.resume)
  }

  @Test func aGradePointAverageKeepsItsName() throws {
    let text = try Self.rendered("B.S. in Biology, Ashgrove University, 2020, GPA: 3.8")
    #expect(text.contains("GPA 3.8"))
  }

  @Test func aPercentageStaysAsWritten() throws {
    let text = try Self.rendered("B.S. in Biology, Ashgrove University, 2020, Percentage: 91%")
    #expect(text.contains("91%"))
    #expect(!text.contains("GPA"))
  }
}
