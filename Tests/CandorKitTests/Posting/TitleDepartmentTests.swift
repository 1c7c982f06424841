import Testing

@testable import CandorKit

/// The department or line of business said after a title is read apart from it, while a
/// title with a dash of its own stays whole.
@Suite struct TitleDepartmentTests {
  static func read(_ text: String) throws -> JobPosting {
    try PostingReader.read(InputFile(name: "posting.txt", text: text))
  }

  @Test func aDepartmentAfterAShoutedTitleIsReadApart() throws {
    let posting = try Self.read(
      """
      INSURANCE CLAIMS ADJUSTER II - Property
      Wrenfield Mutual Insurance

      Requirements
      - 2+ years of claims handling
      """)
    #expect(posting.title == "Insurance Claims Adjuster II")
    #expect(posting.department == "Property")
    #expect(posting.company == "Wrenfield Mutual Insurance")
  }

  @Test func aLineOfBusinessAfterATitleIsItsDepartment() {
    let cleaned = TitleCleaner.clean("Claims Adjuster - Commercial Lines", company: nil)
    #expect(cleaned.title == "Claims Adjuster")
    #expect(cleaned.department == "Commercial Lines")
  }

  @Test func titlesWithTheirOwnDashesStayWhole() {
    let titles = [
      "Front-End Developer", "Full-Stack Software Engineer", "Software Developer - Math",
    ]
    for title in titles {
      let cleaned = TitleCleaner.clean(title, company: nil)
      #expect(cleaned.title == title)
      #expect(cleaned.department == nil)
    }
  }
}
