import Testing

@testable import CandorKit

/// A credential, degree or school the resume lacks is an error, so `review --strict` stops a
/// letter that invents one; an unknown figure or tool stays a warning.
@Suite struct InventedCredentialSeverityTests {
  static func severities(_ sentence: String) throws -> [String: Severity] {
    let text =
      "Noor Haddad\nnoor@example.com\n\nEXPERIENCE\nAnalyst, Brightwell Foods, 2019 – 2024\n"
      + "- Built 12 weekly sales reports in Excel\n\nEDUCATION\nB.A. in Economics, "
      + "Marlow College, 2019\n"
    let resume = try ResumeReader.read(InputFile(name: "cv.txt", text: text))
    let letter = "Dear Ms. Lane,\n\nAt Brightwell Foods I built sales reports. \(sentence)\n"
    let findings = LetterReviewer(spellChecker: nil).review(text: letter, resume: resume).findings
      .filter { $0.rule == "unsupported-claim" }
    return Dictionary(findings.map { ($0.excerpt, $0.severity) }, uniquingKeysWith: { a, _ in a })
  }

  @Test func anInventedDegreeOrCredentialIsAnError() throws {
    #expect(try Self.severities("I also hold an MBA.") == ["MBA": .error])
    #expect(try Self.severities("I am a licensed CPA.") == ["licensed CPA": .error])
  }

  @Test func anUnknownFigureInTheWritersOwnWorkIsAnError() throws {
    #expect(try Self.severities("I cut report time by 45%.") == ["45%": .error])
  }
}
