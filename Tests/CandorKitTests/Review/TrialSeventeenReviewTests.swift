import Testing

@testable import CandorKit

/// Faults trial users found in `candor review` (issue #4): invented degrees, employers and
/// years, vague claims, a dropped article, spelling fixes, personal figures and colleagues
/// read as tools. Dana Whitlock's resume (`InventedFacts`) starts in 2016.
@Suite struct TrialSeventeenReviewTests {
  /// A pharmacy technician with a certificate, not a degree.
  static let technician = """
    Jordan Ellery
    jordan@example.com

    EXPERIENCE
    Pharmacy Technician, Riverside Drug, 2021 – 2025
    - Filled 350 prescriptions per shift using PioneerRx

    EDUCATION
    Pharmacy Technician Certificate, College of Western Idaho, 2019
    """

  @Test(arguments: [
    ("I earned my pharmacy degree in Boise.", "pharmacy degree"),
    ("I hold a degree in pharmacy.", "degree in pharmacy"),
  ])
  func aDegreeTheResumeLacksIsAnError(sentence: String, quote: String) throws {
    let claims = try InventedFacts.claims(
      sentence, resume: Self.technician, opening: "At Riverside Drug I filled prescriptions.")
    #expect(claims == [quote: .error])
  }

  @Test(arguments: [
    "I earned my computer science degree at Harlow State University.",
    "I keep a high degree of accuracy in every test.",
  ])
  func aHeldDegreeOrADegreeOfSomethingIsNoClaim(sentence: String) throws {
    #expect(try InventedFacts.claims(sentence) == [:])
  }

  @Test(arguments: [
    "At Brightwell Labs, where I worked as a tester, I wrote 240 Selenium tests.",
    "My years at Brightwell Labs taught me Python.",
  ])
  func anEmployerTheWriterWorkedAtIsAnError(sentence: String) throws {
    #expect(try InventedFacts.claims(sentence) == ["Brightwell Labs": .error])
  }

  @Test func aYearBeforeEveryResumeDateIsAnError() throws {
    let claims = try InventedFacts.claims("Since 2012 I have tested software.")
    #expect(claims == ["2012": .error])
    #expect(try InventedFacts.claims("Since 2017 I have tested software.") == [:])
    #expect(try InventedFacts.claims("I have lived in Denver since 2012.") == [:])
  }

  @Test func aWrongYearForAnEmployerIsAnError() throws {
    let claims = try InventedFacts.claims("I joined Norvale Systems in 2018.")
    #expect(claims == ["2018": .error])
  }

  @Test(arguments: [
    "I live twenty minutes from the office.",
    "At 24, I wrote 240 Selenium tests at Norvale Systems.",
    "I moved to Denver at age 31.",
  ])
  func anAgeOrADistanceFromHomeIsNoClaim(sentence: String) throws {
    #expect(try InventedFacts.claims(sentence) == [:])
  }

  @Test(arguments: [
    "I load-tested the API with Dr. Patel.",
    "I tested the release with Nurse Alvarez.",
  ])
  func aColleagueNamedWithATitleIsNoTool(sentence: String) throws {
    #expect(try InventedFacts.claims(sentence) == [:])
  }

  /// The findings of `rule` in a letter with `sentence`, without a resume or posting.
  static func findings(_ sentence: String, _ rule: String) -> [String] {
    let letter = "Dear Ms. Lane,\n\n\(sentence)\n\nSincerely,\nDana Whitlock\n"
    return LetterReviewer(spellChecker: nil).review(text: letter).findings
      .filter { $0.rule == rule }.map(\.message)
  }

  @Test func vagueSizesAndDutiesAreNamed() {
    let text =
      "I have significant experience with payroll and improved processes considerably. "
      + "My work had a big impact on accuracy. I helped with many projects."
    #expect(
      Self.findings(text, "vague-claim") == [
        "replace 'significant experience' with the figure or the example it stands for",
        "replace 'improved processes considerably' with the figure or the example it stands for",
        "replace 'big impact' with the figure or the example it stands for",
        "replace 'helped with many projects' with the figure or the example it stands for",
      ])
    #expect(
      Self.findings("I was responsible for garnishments.", "duty-language") == [
        "say what you did and its result instead of 'I was responsible for' in 'I was "
          + "responsible for garnishments'"
      ])
    #expect(Self.findings("I cut claim rejections greatly, by 30%.", "vague-claim").isEmpty)
  }

  @Test func aBareCountNounAfterAskNeedsAnArticle() {
    #expect(
      Self.findings("You ask for teaching credential.", "missing-article") == [
        "add an article: 'a teaching credential'"
      ])
    for sentence in ["You ask for experience.", "The role asks for QuickBooks."] {
      #expect(Self.findings(sentence, "missing-article").isEmpty, "\(sentence)")
    }
  }

  @Test func spellingFixesRankBySoundBeforeBareEdits() {
    #expect(SpellingFixes.ranked(["delate", "detail"], for: "detale") == ["detail", "delate"])
    #expect(
      SpellingFixes.ranked(["defiantly", "definably", "definitely"], for: "definatly").first
        == "definitely")
  }
}

/// A spell checker that knows only `known`.
private struct ListSpellChecker: SpellChecker {
  let known: Set<String>
  func isCorrect(_ word: String) -> Bool { known.contains(word.lowercased()) }
  func suggestions(for word: String) -> [String] { word == "Onlin" ? ["Online"] : [] }
}

@Suite struct WordBesideTermSpellingTests {
  @Test func aMisspeltWordAfterALexiconTermIsChecked() {
    let letter = "Dear Ms. Lane,\n\nI am proficient in QuickBooks Onlin.\n\nBest,\nSam Ortiz\n"
    let checker = ListSpellChecker(known: ["i", "am", "proficient", "in"])
    let findings = LetterReviewer(spellChecker: checker).review(text: letter).findings
      .filter { $0.rule == "spelling" }
    #expect(findings.map(\.excerpt) == ["Onlin"])
  }
}
