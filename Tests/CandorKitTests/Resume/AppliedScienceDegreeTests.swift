import Testing

@testable import CandorKit

/// Degrees written with a field of applied science ("B.A.Sc.", "M.A.Sc.") or computer science
/// ("BCS") keep their type and field, so a letter and a tailored resume can name them.
@Suite struct AppliedScienceDegreeTests {
  static func education(_ line: String) throws -> Resume.Education? {
    let text = """
      Ingrid Solvang
      ingrid.solvang@example.com

      ## Experience

      ### Platform Engineer — Tallow Ridge Freight, 2020 – Present

      - Cut deploy time from 40 to 9 minutes

      ## Education

      \(line)
      """
    return try ResumeReader.read(InputFile(name: "resume.md", text: text)).resume.education.first
  }

  @Test(arguments: [
    ("**B.A.Sc. Mechatronics Engineering**, Lakehead Polytechnic, 2016", "B.A.Sc.", 2),
    ("**M.A.Sc. Civil Engineering**, Lakehead Polytechnic, 2019", "M.A.Sc.", 3),
    ("**BCS Computer Science**, Lakehead Polytechnic, 2015", "BCS", 2),
  ])
  func theDegreeKeepsItsTypeAndField(line: String, type: String, rank: Int) throws {
    let entry = try Self.education(line)
    #expect(entry?.studyType == type)
    #expect(entry?.area?.hasSuffix("Science") == true || entry?.area?.hasSuffix("ing") == true)
    #expect(DegreeRank.rank(entry?.studyType) == rank)
  }
}
