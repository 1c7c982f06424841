import Foundation
import Testing

@testable import CandorKit

/// A student's year of a programme ("Second year Commerce") reaches the model: the year as
/// `yearOfStudy`, the field as `area`, and the town after them as the school's location.
@Suite struct YearOfStudyTests {
  static func education(_ line: String) throws -> Resume.Education? {
    let resume = try AskFixture.resume(
      """
      Experience
      Barista, Kettle Cafe, 2020 - Present
      - Served 200 customers a day

      Education
      \(line)
      """)
    return resume.resume.education.first
  }

  @Test func theYearAndTheFieldAreKept() throws {
    let entry = try Self.education("Second year Commerce, Northgate College, 2023 - Present")
    #expect(entry?.yearOfStudy == "Second year")
    #expect(entry?.area == "Commerce")
    #expect(entry?.institution == "Northgate College")
  }

  @Test func aFieldOfTwoWordsAfterOfIsKept() throws {
    let entry = try Self.education("3rd year of Computer Science, Northgate University")
    #expect(entry?.yearOfStudy == "3rd year")
    #expect(entry?.area == "Computer Science")
  }

  @Test func aTownGluedAfterTheFieldIsTheSchoolsPlace() throws {
    let entry = try Self.education(
      "September 2004 to June 2008 Second year Commerce Pune, Maharashtra St anne college")
    #expect(entry?.yearOfStudy == "Second year")
    #expect(entry?.area == "Commerce")
    #expect(entry?.location == "Pune, Maharashtra")
    #expect(entry?.institution == "St anne college")
  }

  @Test func aSchoolLineReadAsTownThenSchoolKeepsTheYear() throws {
    let entry = try Self.education(
      "January 1992 to January 2003 First year Science Mumbai, Maharashtra St ives high")
    #expect(entry?.yearOfStudy == "First year")
    #expect(entry?.area == "Science")
    #expect(entry?.institution == "St ives high")
  }

  @Test func theYearIsInTheOutlineAndTheJSON() throws {
    let file = InputFile(
      name: "resume.txt",
      text: """
        Odalys Brennick

        Education
        Final year Nursing, Northgate College, 2024 - Present

        Experience
        Aide, Fernbrook Clinic, 2022 - Present
        - Helped 12 patients a shift
        """)
    let resume = try ResumeReader.read(file)
    #expect(ResumeOutline.render(resume).contains("year of study: Final year"))
    let json = String(decoding: try JSONEncoder().encode(resume.resume), as: UTF8.self)
    #expect(json.contains(#""yearOfStudy":"Final year""#))
  }
}
