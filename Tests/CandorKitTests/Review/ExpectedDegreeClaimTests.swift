import Foundation
import Testing

@testable import CandorKit

/// A degree the resume gives as expected must not be claimed as earned (seventeenth
/// new-user trial: "I earned a B.S." for a B.S. expected next May passed review).
@Suite struct ExpectedDegreeClaimTests {
  static let nextYear = Calendar(identifier: .gregorian).component(.year, from: Date()) + 1

  static func errors(_ sentence: String) throws -> [Finding] {
    let resume = """
      Tomas Reyes
      tomas@example.com

      EDUCATION
      B.S. Civil Engineering, Lakemont State University, expected May \(nextYear)

      EXPERIENCE
      Engineering Intern, Corbel Engineering, June 2025 – August 2025
      - Drafted 6 grading plan sheets in Civil 3D
      """
    let cv = try ResumeReader.read(InputFile(name: "cv.txt", text: resume))
    let letter = "Dear Ms. Cole,\n\n\(sentence)\n\nSincerely,\nTomas Reyes\n"
    return LetterReviewer(spellChecker: nil).review(text: letter, job: nil, resume: cv)
      .findings.filter { $0.rule == "unsupported-claim" && $0.severity == .error }
  }

  @Test(arguments: [
    "I earned a B.S. in Civil Engineering at Lakemont State University.",
    "My B.S. in Civil Engineering is from Lakemont State University.",
  ])
  func anExpectedDegreeClaimedAsEarnedIsAnError(_ sentence: String) throws {
    let found = try Self.errors(sentence)
    #expect(found.map(\.excerpt) == ["B.S."])
    #expect(
      found.first?.message
        == "check 'B.S.': your resume expects it in May \(Self.nextYear), so it is not earned "
        + "yet; say you are completing it")
  }

  @Test(arguments: [
    "I am completing a B.S. in Civil Engineering at Lakemont State University.",
    "I will finish my B.S. in Civil Engineering next spring.",
    "I am a senior in the B.S. in Civil Engineering program at Lakemont State University.",
  ])
  func anExpectedDegreeSaidToBeInProgressPasses(_ sentence: String) throws {
    #expect(try Self.errors(sentence).map(\.excerpt) == [])
  }
}
