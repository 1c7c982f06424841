import Foundation
import Testing

@testable import CandorKit

/// Claims the seventeenth new-user trial found review missed (issue #4): a claim in one
/// clause of a sentence whose other clause is a plan or a hope ("I would …"), and a year
/// outside every date of the resume.
@Suite struct ClauseClaimTests {
  static let resume = """
    Ines Varga
    ines@example.com

    EXPERIENCE
    Platform Engineer, Tallow Freight, 2021 – Present
    - Moved 12 services to Kubernetes with Terraform
    - Ran on-call for 30 services with Prometheus

    EDUCATION
    B.S. Computer Science, Lakemont State University, 2020
    """

  static func findings(_ sentence: String) throws -> [Finding] {
    let cv = try ResumeReader.read(InputFile(name: "cv.txt", text: resume))
    let letter = "Dear Mr. Ashby,\n\n\(sentence)\n\nSincerely,\nInes Varga\n"
    return LetterReviewer(spellChecker: nil).review(text: letter, job: nil, resume: cv)
      .findings.filter { $0.rule == "unsupported-claim" }
  }

  static func errors(_ sentence: String) throws -> [String] {
    try findings(sentence).filter { $0.severity == .error }.map(\.excerpt)
  }

  @Test func aCredentialAfterAPlanInTheSameSentenceIsChecked() throws {
    let found = try Self.errors(
      "I would move the rest in stages, and I hold the Certified Kubernetes Administrator "
        + "(CKA) certification.")
    #expect(found == ["Certified Kubernetes Administrator", "CKA"])
  }

  @Test func toolsBeforeAHopeInTheSameSentenceAreChecked() throws {
    let found = try Self.errors(
      "I moved 12 services to Kubernetes on GKE with Pulumi, and I would like to finish "
        + "that work with your team.")
    #expect(found == ["GKE", "Pulumi"])
  }

  @Test func aDegreeAndSchoolAfterAPlanAreChecked() throws {
    let found = try Self.errors(
      "I will call on Friday, and I hold an M.S. in Physics from Georgia Tech.")
    #expect(found == ["M.S.", "Georgia Tech"])
  }

  @Test(arguments: [
    "I moved 12 services to Kubernetes, and I would like to learn Pulumi next.",
    "I would like to learn Pulumi, and I am eager to try GKE.",
    "I am preparing for the CKA exam, and I moved 12 services to Kubernetes.",
  ])
  func aPlanOrHopeInItsOwnClauseClaimsNothing(_ sentence: String) throws {
    #expect(try Self.errors(sentence) == [])
  }

  @Test func aYearOutsideTheResumesDatesIsFlagged() throws {
    let found = try Self.findings(
      "I hold a B.S. in Computer Science from Lakemont State University (2016).")
    #expect(found.map(\.excerpt) == ["2016"])
    #expect(found.first?.message == "check '2016': no date in your resume falls in 2016")
    let alone = try Self.findings("In 2015 I built my first deploy pipeline.")
    #expect(alone.map(\.excerpt) == ["2015"])
  }

  @Test(arguments: [
    "In 2020 I finished my B.S. in Computer Science.",
    "Since 2022 I have run on-call for 30 services.",
    "Your team has run Kubernetes since 2016, and I moved 12 services to it.",
    "I hope to finish the move in 2030.",
  ])
  func aYearTheResumeCoversOrNotTheWritersIsNotFlagged(_ sentence: String) throws {
    let found = try Self.findings(sentence).map(\.excerpt)
    #expect(found == [])
  }
}
