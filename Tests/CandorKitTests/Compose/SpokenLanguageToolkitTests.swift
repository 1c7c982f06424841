import Foundation
import Testing

@testable import CandorKit

/// A language the person speaks is theirs to list among languages, never a tool the letter
/// names: "My toolkit also includes French and English" (sixth new-user trial, P1-13).
@Suite struct SpokenLanguageToolkitTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Fixtures/write-trial6").standardized

  static func plan() throws -> LetterPlan {
    let posting = try PostingReader.read(
      InputFile.read(folder.appendingPathComponent("posting-flight.txt").path))
    let resume = try ResumeReader.read(
      InputFile.read(folder.appendingPathComponent("resume-flight.txt").path),
      today: WriteCase.today)
    return try LetterPlanner(
      posting: posting, resume: resume, options: LetterOptions(), today: "2026-12-04"
    ).plan()
  }

  @Test func spokenLanguagesAreNeverAmongTheLettersToolsOrARolesSkills() throws {
    let plan = try Self.plan()
    let spoken: Set<String> = ["French", "English"]
    #expect(Set(plan.toolkit).isDisjoint(with: spoken), "\(plan.toolkit)")
    #expect(plan.toolkit.contains("Toast POS"), "\(plan.toolkit)")
    let roleSkills = Set(plan.roles.flatMap(\.skills))
    #expect(roleSkills.isDisjoint(with: spoken), "\(roleSkills)")
  }
}
