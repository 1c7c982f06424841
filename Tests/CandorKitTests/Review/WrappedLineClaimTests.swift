import Testing

@testable import CandorKit

/// A credential the letter wraps across a line break is still read: in a hard-wrapped
/// paragraph, and in a block whose other lines each end a sentence.
@Suite struct WrappedLineClaimTests {
  static func claims(_ body: String) throws -> [String: Severity] {
    let resume = try ResumeReader.read(InputFile(name: "cv.txt", text: InventedFacts.resume))
    let letter = "Dear Ms. Lane,\n\n\(body)\n\nSincerely,\nDana Whitlock\n"
    let findings = LetterReviewer(spellChecker: nil).review(text: letter, resume: resume)
      .findings.filter { $0.rule == "unsupported-claim" }
    return Dictionary(findings.map { ($0.excerpt, $0.severity) }, uniquingKeysWith: { a, _ in a })
  }

  @Test(arguments: [
    "At Norvale Systems I wrote Selenium tests in Python. I am a Certified\n"
      + "Public Accountant and I led the audits.",
    "At Norvale Systems I wrote Selenium tests in Python.\nI also ran release checks.\n"
      + "On top of that, I am a Certified\nPublic Accountant who audits test budgets.\n"
      + "I would welcome a call next week.",
  ])
  func aCredentialWrappedAcrossALineIsClaimed(body: String) throws {
    #expect(try Self.claims(body) == ["Certified Public Accountant": .error])
  }

  @Test func aHeldToolWrappedAcrossALineIsNoClaim() throws {
    let body =
      "At Norvale Systems I wrote 240 tests with Selenium\nWebDriver in Python for every release."
    #expect(try Self.claims(body) == [:])
  }
}
