import Testing

@testable import CandorKit

/// A degree ask is found in the resume's education as the letter's planner judges it: by
/// level (a higher degree meets a lower ask) and by field, not by the ask's exact words.
@Suite struct DegreeMatchTests {
  static let posting = """
    # Inside Sales Coordinator

    Cobble Lane Tile is hiring.

    ## Requirements

    - 2+ years of inside sales experience
    - Salesforce
    - Bachelor's degree in business
    """

  static func degreeFound(_ degree: String) throws -> Bool {
    let job = try PostingReader.read(InputFile(name: "posting.md", text: Self.posting))
    let resume = try ResumeReader.read(
      InputFile(
        name: "resume.txt",
        text: """
          Ines Varga
          ines.varga@example.com

          Experience
          Sales Associate, Brightmoor Flooring, 2020 - Present
          - Quoted 40 tile jobs a month in Salesforce

          Education
          Lakeshore State University
          \(degree), 2019
          """))
    let report = KeywordMatcher.match(posting: job, resume: resume)
    let asked = try #require(report.keywords.first { $0.category == .degree })
    return asked.found
  }

  @Test(arguments: [
    "Bachelor of Business Administration", "B.S. in Business Management",
    "M.S. in Business Analytics",
  ])
  func aDegreeAtTheLevelInTheFieldMeetsTheAsk(_ degree: String) throws {
    #expect(try Self.degreeFound(degree))
  }

  @Test(arguments: ["B.S. in Biology", "Associate of Arts in Business"])
  func anotherFieldOrALowerLevelDoesNot(_ degree: String) throws {
    #expect(try !Self.degreeFound(degree))
  }
}

/// A school-leaving ask met by a diploma named only "Diploma", whose school says its level.
@Suite struct SchoolDiplomaTests {
  static func meets(_ line: String) throws -> Bool {
    let resume = try ResumeReader.read(
      InputFile(
        name: "resume.txt",
        text: """
          Dario Pell
          dario.pell@example.com

          Experience
          Order Picker, Red Kettle Foods, 2021 - Present
          - Picked 180 cases an hour on the night shift

          Education
          \(line)
          """))
    return DegreeRequirement.isMet("High school diploma or GED", by: resume)
  }

  @Test(arguments: [
    "Lakemont High School, Lakemont, OH — Diploma, 2019",
    "Diploma, Eastbrook Senior High School, 2018",
  ])
  func aDiplomaFromAHighSchoolMeetsTheAsk(_ line: String) throws {
    #expect(try Self.meets(line))
  }

  @Test func aDiplomaWithoutASchoolLevelDoesNot() throws {
    #expect(try !Self.meets("Smiths Institute — Diploma, 2019"))
  }
}

/// A degree ask that lists fields is met by a degree in any of them, and one that accepts a
/// related field by the level alone; trial eleven's analyst with a B.S. in Economics was
/// told "Bachelor's degree in statistics" was missing.
@Suite struct DegreeFieldListTests {
  @Test(arguments: [
    ("Bachelor's degree in statistics, economics or business", "B.S.", "Economics", true),
    ("Bachelor's degree in statistics, economics or business", "B.S.", "Biology", false),
    ("Bachelor's degree in statistics or a related field", "B.A.", "History", true),
    ("Master of Social Work (MSW) from an accredited program", "MSW", "Social Work", true),
    ("Master's degree in nursing", "BSN", "Nursing", false),
  ])
  func aDegreeInAnyListedFieldMeetsTheAsk(
    _ ask: String, _ studyType: String, _ area: String, _ met: Bool
  ) {
    #expect(DegreeRequirement.isMet(ask, studyType: studyType, area: area, institution: nil) == met)
  }
}
