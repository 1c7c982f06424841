import Foundation
import Testing

@testable import CandorKit

/// A letter names only the skills and credentials the resume states, in a field where
/// ordinary words look like skills: "28-bed" (the degree BEd), "2 nurse aides" (the
/// credential CNA), "leadership team" (the skill leadership).
@Suite struct GroundedSkillsTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Fixtures/write-grounded").standardized

  static func file(_ name: String) throws -> InputFile {
    try InputFile.read(folder.appendingPathComponent(name).path)
  }

  static func nursePair() throws -> (posting: JobPosting, resume: ParsedResume) {
    let posting = try PostingReader.read(file("posting-nurse.txt"))
    let resume = try ResumeReader.read(file("resume-nurse.txt"), today: WriteCase.today)
    return (posting, resume)
  }

  /// The tools, credentials and degrees the nurse resume names in its own words.
  static let stated: Set<String> = ["Epic", "BLS", "ACLS", "Registered Nurse", "BSN"]
  /// Terms the resume's ordinary words were misread as.
  static let misread: Set<String> = [
    "Bachelor of Education", "Certified Nursing Assistant", "leadership", "reliability",
  ]

  @Test func resumeStatementsCarryNoMisreadSkills() throws {
    let resume = try Self.nursePair().resume
    let skills = Set(resume.evidence.flatMap(\.skills))
    #expect(skills.isDisjoint(with: Self.misread), "\(skills.intersection(Self.misread))")
    #expect(skills.isSuperset(of: ["Epic", "telemetry", "BLS", "ACLS"]))
  }

  @Test(arguments: LetterOptions.Tone.allCases)
  func letterNamesOnlySkillsTheResumeStates(_ tone: LetterOptions.Tone) throws {
    let (posting, resume) = try Self.nursePair()
    let options = LetterOptions(tone: tone)
    let letter = try LetterWriter.write(
      posting: posting, resume: resume, options: options, today: "2026-12-04")
    let named = Set(
      Lexicon.standard.matches(in: letter.text)
        .filter { GroundingChecker.hardCategories.contains($0.category) }.map(\.term))
    #expect(named.isSubset(of: Self.stated), "not in the resume: \(named.subtracting(Self.stated))")
    #expect(named.contains("Epic"))
    #expect(!letter.text.contains("with bed"))
    #expect(!letter.text.contains("Nursing Assistant"))
    let checker = GroundingChecker(resume: resume, posting: posting, options: options)
    #expect(checker.ungroundedClaims(in: letter) == [])
  }
}
