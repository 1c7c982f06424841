import Testing

@testable import CandorKit

/// Keyword density warns about a keyword repeated for a screen, not about a short resume
/// whose headline, titles and credentials name the person's trade.
@Suite struct StuffingDensityTests {
  static let posting = """
    # Staff Bookkeeper — Alderbrook Dental

    ## Requirements
    - Active CPA license
    - Month-end close and reconciliations in QuickBooks
    """

  static func densityWarnings(_ resume: String) throws -> [String] {
    let job = try PostingReader.read(InputFile(name: "posting.md", text: posting))
    let cv = try ResumeReader.read(InputFile(name: "cv.md", text: resume))
    return KeywordMatcher.match(posting: job, resume: cv).warnings
      .filter { $0.kind == .density }.map(\.message)
  }

  @Test func aShortResumeNamingItsCredentialAsLabelsIsNotStuffed() throws {
    let resume = """
      # Wendell Ashgrove, CPA
      wendell@example.com

      ## Experience
      ### CPA, Pellham Tax Partners — 2020–present
      - Closed the books for 30 dental offices each month in QuickBooks
      - Reconciled 45 bank accounts a month

      ## Certifications
      - CPA, Ohio, 2020

      ## Education
      B.S. Accounting, Tillford College, 2019
      """
    #expect(try Self.densityWarnings(resume).isEmpty)
  }

  @Test func aKeywordRepeatedInTheWorkItselfIsStuffed() throws {
    let resume = """
      # Wendell Ashgrove
      wendell@example.com

      ## Experience
      ### Bookkeeper, Pellham Tax Partners — 2020–present
      - QuickBooks expert: QuickBooks close, QuickBooks reconciliations, QuickBooks payroll
      - Closed the books for 30 dental offices each month in QuickBooks
      - Reconciled 45 bank accounts a month in QuickBooks for every office we served
      - Trained 4 new clerks on the monthly close and the filing calendar of the firm

      ## Education
      B.S. Accounting, Tillford College, 2019
      """
    let warnings = try Self.densityWarnings(resume)
    #expect(warnings.count == 1)
    #expect(warnings.first?.hasPrefix("'QuickBooks' is") == true)
  }
}
