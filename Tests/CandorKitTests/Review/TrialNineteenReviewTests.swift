import Foundation
import Testing

@testable import CandorKit

/// Faults the nineteenth new-user trial found in `review` (issue #4): a letter written to
/// another company named by one word, invented licences and lower-case titles, and broken
/// generated sentences that scored 100.
@Suite struct TrialNineteenReviewTests {
  static func wrongCompanies(_ sentence: String) -> [String] {
    WrongCompanyFrameTests.wrongCompanies(sentence)
  }

  @Test func aOneWordCompanyWrittenAsTheTargetIsTheWrongCompany() {
    #expect(
      Self.wrongCompanies("I would like to help Brisbury make its branches run.") == [
        "Brisbury"
      ])
    #expect(Self.wrongCompanies("I read that Brisbury is opening two branches.") == ["Brisbury"])
    #expect(Self.wrongCompanies("I would love to work at Brisbury next year.") == ["Brisbury"])
  }

  @Test func eachPlaceTheWrongCompanyIsNamedIsFound() {
    let found = Self.wrongCompanies(
      "I read that Brisbury is opening two branches, and I want to help Brisbury staff them.")
    #expect(found == ["Brisbury", "Brisbury"])
  }

  @Test func thePostingsCompanyAPastEmployerOrAContactIsNotTheWrongCompany() {
    #expect(Self.wrongCompanies("I read that Fernwood is opening two branches.") == [])
    #expect(Self.wrongCompanies("I would like to help Millbrook patrons find holds.") == [])
    #expect(Self.wrongCompanies("I would like to help Odile plan the move.") == [])
    #expect(Self.wrongCompanies("I know that I can help.") == [])
  }

  @Test func aLicenceAndALevelInAHeldListAreCheckedAgainstTheResume() throws {
    let claims = try InventedFacts.claims(
      "I hold the Iowa Master Plumber License and NICET Level III in fire alarms.")
    let plumber = claims.contains { $0.key.contains("Master Plumber") && $0.value == .error }
    #expect(plumber, "\(claims)")
    #expect(claims["NICET Level III"] == .error, "\(claims)")
  }

  @Test func aLowercaseTitleBeforeAnEmployerIsCheckedAgainstThePositions() throws {
    let invented = try InventedFacts.claims("I spent four years as a foreman at Norvale Systems.")
    #expect(invented["foreman"] == .error)
    let held = try InventedFacts.claims("I spent four years as a QA engineer at Norvale Systems.")
    #expect(held["QA engineer"] == nil)
    let volunteer = try InventedFacts.claims("I also served as a volunteer at Harlow Food Bank.")
    #expect(volunteer["volunteer"] == nil)
  }

  /// The QA resume with its last role current: no break shows.
  static let currentResume = InventedFacts.resume.replacingOccurrences(
    of: "2021 – 2025", with: "2021 – Present")

  static func rules(_ letter: String, resume: String = currentResume) throws -> [String] {
    let parsed = try ResumeReader.read(InputFile(name: "cv.txt", text: resume))
    return LetterReviewer(spellChecker: nil).review(text: letter, resume: parsed).findings
      .map(\.rule)
  }

  static let brokenLetter = """
    Dear Ms. Lane,

    I am applying for this position.

    After a career break, I wrote 240 Selenium tests in Python at Norvale Systems (QA \
    Engineer. I earned a B.S. in The at Harlow State University.

    Sincerely,
    Dana Whitlock
    """

  @Test func brokenGeneratedSentencesAreFound() throws {
    let rules = Set(try Self.rules(Self.brokenLetter))
    #expect(
      rules.isSuperset(of: [
        "thin-opening", "unbalanced-bracket", "missing-noun", "unsupported-history",
      ]))
  }

  @Test func aBreakTheResumeShowsMayBeNamed() throws {
    let resume = Self.currentResume + "\nCAREER BREAK\nFamily caregiving, 2020 – 2021\n"
    #expect(!(try Self.rules(Self.brokenLetter, resume: resume)).contains("unsupported-history"))
  }
}
