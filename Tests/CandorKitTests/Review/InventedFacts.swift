@testable import CandorKit

/// An invented QA engineer's resume and the claims a review finds in a letter written from
/// it, for the checks of facts a letter invents (issue #4).
enum InventedFacts {
  /// Dana Whitlock: QA at Norvale Systems, software at Quillon Labs, a B.S. at Harlow State.
  static let resume = """
    Dana Whitlock
    dana@example.com

    EXPERIENCE
    QA Engineer, Norvale Systems, 2021 – 2025
    - Wrote 240 Selenium tests in Python and cut regression time by 9%

    Sr. Software Engineer II, Quillon Labs, 2016 – 2020
    - Built 4 dashboards in Grafana

    EDUCATION
    B.S. in Computer Science, Harlow State University, 2016
    """

  /// The unsupported-claim findings, excerpt to severity, of a letter with `sentence` after
  /// a grounded one, reviewed against `resume`.
  static func claims(
    _ sentence: String, resume: String = resume,
    opening: String = "At Norvale Systems I wrote Selenium tests in Python."
  ) throws -> [String: Severity] {
    let parsed = try ResumeReader.read(InputFile(name: "cv.txt", text: resume))
    let letter = """
      Dear Ms. Lane,

      \(opening) \(sentence)

      Sincerely,
      Dana Whitlock
      """
    let findings = LetterReviewer(spellChecker: nil).review(text: letter, resume: parsed)
      .findings.filter { $0.rule == "unsupported-claim" }
    return Dictionary(findings.map { ($0.excerpt, $0.severity) }, uniquingKeysWith: { a, _ in a })
  }
}
