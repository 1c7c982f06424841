import Testing

@testable import CandorKit

/// Years of experience beyond the resume's dated roles (about four years at Norvale here,
/// the latest) are an invented fact, written in digits or words, with or without "I".
@Suite struct InventedYearsClaimTests {
  /// One role from 2021 to 2025: four years.
  static let resume = """
    Dana Whitlock
    dana@example.com

    EXPERIENCE
    QA Engineer, Norvale Systems, 2021 – 2025
    - Wrote 240 Selenium tests in Python and cut regression time by 9%
    """

  @Test(arguments: [
    ("I bring nine years of experience in testing.", "nine years"),
    ("I bring 9 years of experience in testing.", "9 years"),
    ("Nine years of experience in QA taught me patience.", "Nine years"),
    ("Nine years in QA taught me patience.", "Nine years"),
    ("I have tested software for nine years.", "nine years"),
    ("I have worked in QA for 9 years.", "9 years"),
  ])
  func yearsBeyondTheResumesDatesAreAnError(sentence: String, years: String) throws {
    #expect(try InventedFacts.claims(sentence, resume: Self.resume) == [years: .error])
  }

  @Test(arguments: [
    "Four years in QA taught me patience.",
    "I have tested software for four years.",
    "I bring five years of experience in testing.",
    "Your team has run this platform for nine years.",
  ])
  func yearsTheDatesCoverOrOthersYearsAreNoClaim(sentence: String) throws {
    #expect(try InventedFacts.claims(sentence, resume: Self.resume) == [:])
  }
}
