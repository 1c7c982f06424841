import Foundation
import Testing

@testable import CandorKit

/// A school's line keeps a state that opens the school's own name, and keeps the school's
/// town as its location.
@Suite struct SchoolPlaceTests {
  static func education(_ line: String) throws -> [Resume.Education] {
    let text =
      "Ida Marsh\nida@example.com\n\nEXPERIENCE\nClerk, Harbor Mills, 2019 – 2022\n"
      + "- Filed 300 reports\n\nEDUCATION\n\(line)\n"
    return try ResumeReader.read(InputFile(name: "cv.txt", text: text), lexicon: .standard)
      .resume.education
  }

  @Test(arguments: [
    ("B.S. Information Systems, Oklahoma Plains University, 2016", "Oklahoma Plains University"),
    ("B.S. Nursing, Texas Woman's University, Denton, TX, 2019", "Texas Woman's University"),
    ("Bachelor of Science, Oregon Coast University, 2011", "Oregon Coast University"),
  ])
  func aStateAfterTheDegreeOpensTheSchoolsName(_ line: String, _ school: String) throws {
    #expect(try Self.education(line).map(\.institution) == [school])
  }

  @Test func aPlaceBeforeTheSchoolAfterATownIsStillTakenOff() throws {
    let entries = try Self.education("Chidambaram, Tamil Nadu SNS College, B.E. Civil, 2015")
    #expect(entries.map(\.institution) == ["SNS College"])
  }

  @Test(arguments: [
    ("Evergreen Coast University, Olympia, WA  2021", "Olympia, WA"),
    ("A.A.S. Mechatronics, Millport Technical College, Lancaster, PA - 2020", "Lancaster, PA"),
    ("B.S. Nursing, Texas Woman's University, Denton, TX, 2019", "Denton, TX"),
  ])
  func theSchoolsTownIsItsLocation(_ line: String, _ place: String) throws {
    #expect(try Self.education(line).map(\.location) == [place])
  }

  @Test func aPlaceOnItsOwnLineIsTheLocationOfTheSchoolAbove() throws {
    let entries = try Self.education("Indian Institute of Design, B.Des, 2018\nPune, India")
    #expect(entries.map(\.location) == ["Pune, India"])
  }
}
