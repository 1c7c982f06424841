import Testing

@testable import CandorKit

/// A title that opens with its setting ("Inpatient Occupational Therapist") is met by the
/// resume's plain job title; a different title is not.
@Suite struct TitleSettingTests {
  static func titleFound(_ title: String, resumeTitle: String) throws -> Bool? {
    let posting = try PostingReader.read(
      InputFile(
        name: "posting.md",
        text: """
          # \(title)

          Fernhollow Rehab is hiring.

          ## Requirements

          - State license
          """))
    let resume = try ResumeReader.read(
      InputFile(
        name: "resume.txt",
        text: """
          Linnea Marchetti
          linnea.marchetti@example.com

          Experience
          \(resumeTitle), Alder Bend Clinic, 2019 - Present
          - Treated 14 patients a day
          """))
    let report = KeywordMatcher.match(posting: posting, resume: resume)
    return report.keywords.first { $0.category == .title }?.found
  }

  @Test func thePlainTitleMeetsATitleWithASetting() throws {
    let found = try Self.titleFound(
      "Inpatient Occupational Therapist", resumeTitle: "Occupational Therapist")
    #expect(found == true)
  }

  @Test func anotherTitleDoesNotMeetIt() throws {
    let found = try Self.titleFound(
      "Inpatient Occupational Therapist", resumeTitle: "Speech Therapist")
    #expect(found == false)
  }
}
