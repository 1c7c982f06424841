import Foundation
import Testing

@testable import CandorKit

/// A must-have asking for years in a field, and one a resume statement meets
/// (Tests/Fixtures/write-years): the dated roles' years count, and a statement is preferred
/// to the skills list.
@Suite struct YearsAndStatementsLetterTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Fixtures/write-years").standardized

  static func letter(posting changed: (String) -> String = { $0 }) throws -> Letter {
    let text = try String(
      contentsOf: folder.appendingPathComponent("posting.txt"), encoding: .utf8)
    let posting = try PostingReader.read(InputFile(name: "posting.txt", text: changed(text)))
    let resume = try ResumeReader.read(
      InputFile.read(folder.appendingPathComponent("resume.md").path), today: WriteCase.today)
    return try LetterWriter.write(
      posting: posting, resume: resume, options: LetterOptions(), today: "2026-12-04")
  }

  @Test func yearsInAFieldAreMetByTheDatedRolesUnderThatTitle() throws {
    let letter = try Self.letter()
    #expect(!letter.plan.unmetRequirements.contains { $0.contains("years") })
  }

  @Test func moreYearsThanTheDatedRolesAddUpToAreStillUnmet() throws {
    let letter = try Self.letter { $0.replacingOccurrences(of: "6+ years", with: "15+ years") }
    #expect(letter.plan.unmetRequirements == ["15+ years of experience in data engineering"])
  }

  @Test func aSkillAStatementShowsIsNotOfferedAsTheClosestListedSkill() throws {
    let letter = try Self.letter()
    #expect(!letter.text.contains("listed among my skills"))
    #expect(letter.text.contains("Scheduled Airflow jobs") || letter.text.contains("Airflow"))
  }
}
