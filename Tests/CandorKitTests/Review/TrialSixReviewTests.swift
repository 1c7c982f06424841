import Testing

@testable import CandorKit

/// Faults the sixth new-user trial of 2026-12-05 found in `review`: a greeting that
/// addresses the posting's contact by a title of address ("Dear Principal Delacroix-Bell,")
/// was a wrong-recipient error that capped a good letter at 59, and figures in sentences
/// without "I" ("Brunch sales grew 38%.") were never checked against the resume, while
/// towns and holidays after "for", possessives and "and" for "&" read as invented employers.
@Suite struct TrialSixReviewTests {
  static func recipientFindings(_ greeting: String, lines: [String]) -> [Finding] {
    var job = TrialFiveReviewTests.job
    job.lines = lines.enumerated().map { TextLine($1, line: $0 + 1) }
    let text = "\(greeting)\n\nI managed holds for 300 patrons.\n"
    return TrialFiveReviewTests.review(text, job: job).findings
      .filter { $0.rule == "wrong-recipient" }
  }

  @Test func aTitleThePostingWritesBeforeTheContactGreetsThem() {
    let lines = ["Send your letter to Principal Odile Marchetti by May 1."]
    #expect(Self.recipientFindings("Dear Principal Marchetti,", lines: lines).isEmpty)
    #expect(Self.recipientFindings("Dear Principal Odile Marchetti,", lines: lines).isEmpty)
  }

  @Test func aCommonTitleOfAddressGreetsTheContact() {
    let lines = ["Send your letter to Odile Marchetti."]
    #expect(Self.recipientFindings("Dear Director Marchetti,", lines: lines).isEmpty)
    #expect(Self.recipientFindings("Dear Coach Marchetti,", lines: lines).isEmpty)
  }

  @Test func aTitleBeforeAnotherPersonsNameIsStillTheWrongRecipient() {
    let lines = ["Send your letter to Principal Odile Marchetti by May 1."]
    let findings = Self.recipientFindings("Dear Principal Smith,", lines: lines)
    #expect(findings.map(\.excerpt) == ["Smith"])
  }

  static func unsupported(_ sentence: String) -> [String] {
    let text = "Dear Odile Marchetti,\n\nAt Millbrook I ran the holds desk. \(sentence)\n"
    return TrialFiveReviewTests.review(text).findings
      .filter { $0.rule == "unsupported-claim" }.map(\.excerpt)
  }

  @Test func aFigureInASentenceWithoutIIsStillCheckedAgainstTheResume() {
    #expect(Self.unsupported("Holds grew 40% that year.") == ["40%"])
    #expect(Self.unsupported("Holds reached 300 patrons a week.").isEmpty)
  }

  @Test func aFigureAboutTheReaderOrTheCompanyIsNoClaim() {
    #expect(Self.unsupported("Your branch lends 9,000 books a month.").isEmpty)
    #expect(Self.unsupported("Fernwood Public Library lends 9,000 books a month.").isEmpty)
  }

  @Test func forNamesAnEmployerOnlyAfterAVerbOfWorking() {
    #expect(Self.unsupported("I staffed the desk for Banned Books Week.").isEmpty)
    // 2019 is before the resume's first date (2020), so it is checked too.
    #expect(Self.unsupported("I worked for Harbor Books in 2019.") == ["Harbor Books", "2019"])
  }

  @Test func aPossessiveOrAPairOfEmployersIsCheckedByEachName() {
    #expect(Self.unsupported("At Millbrook County Library's east branch I ran holds.").isEmpty)
    #expect(
      Self.unsupported("I worked for Millbrook County Library and Harbor Books.") == [
        "Millbrook County Library and Harbor Books"
      ])
  }

  @Test func aCompanyWrittenWithAndForItsAmpersandIsTheSameName() {
    var job = TrialFiveReviewTests.job
    job.lines = [TextLine("Marrow & Salt is hiring a line cook.", line: 1)]
    let text = "Dear team,\n\nAt Marrow and Salt I ran holds for 300 patrons.\n"
    let claimed = TrialFiveReviewTests.review(text, job: job).findings
      .filter { $0.rule == "unsupported-claim" }
    #expect(claimed.isEmpty)
  }

  @Test func thePostingsTitleClaimedAsHeldBeforeIsUnsupported() {
    #expect(Self.unsupported("I was Data Librarian there for a year.") == ["Data Librarian"])
    #expect(Self.unsupported("I worked as Data Librarian there.") == ["Data Librarian"])
    #expect(Self.unsupported("I am applying as Data Librarian.").isEmpty)
    #expect(Self.unsupported("I was Circulation Clerk there for a year.").isEmpty)
  }

  @Test func aLowerRanksTitleShowsNoHeldTitleItEndsWith() {
    let sources = ClaimSources(
      resume: TrialFiveReviewTests.resume, job: nil,
      text: "assistant store manager, rei co-op, 2021 - present\nshift lead, kohl's, 2018")
    let lexicon = Lexicon(entries: [])
    #expect(!sources.supports(name: "Store Manager", lexicon: lexicon, heldBefore: true))
    #expect(sources.supports(name: "Assistant Store Manager", lexicon: lexicon, heldBefore: true))
    #expect(sources.supports(name: "Shift Lead", lexicon: lexicon, heldBefore: true))
    #expect(sources.supports(name: "Store Manager", lexicon: lexicon))
  }

  @Test func aCredentialThePostingAsksForIsNotHeldBecauseTheLetterNamesIt() {
    var job = TrialFiveReviewTests.job
    job.lines = [TextLine("The CFRE credential is required.", line: 1)]
    for claim in ["I hold a CFRE.", "I earned my CFRE in 2024.", "I hold the CFRE credential."] {
      let text = "Dear team,\n\nAt Millbrook I ran holds. \(claim)\n"
      let claimed = TrialFiveReviewTests.review(text, job: job).findings
        .filter { $0.rule == "unsupported-claim" }.map(\.excerpt)
      #expect(claimed == ["CFRE"], "\(claim)")
    }
  }

  @Test func accentedLoanwordsHyphenPrefixesAndKitchenWordsAreSpeltRight() {
    let review = LetterReviewer(spellChecker: KitchenWords()).review(
      text: "Dear team,\n\nI ran the garde manger station and plated sauté dishes for the "
        + "café. I cut mis-ships and cleaned operatories. I plated a sautee.\n")
    let flagged = review.findings.filter { $0.rule == "spelling" }.map(\.excerpt)
    #expect(flagged == ["sautee"])
  }
}

/// A dictionary of the plain words the kitchen letter uses, without accents.
private struct KitchenWords: SpellChecker {
  static let words: Set<String> = [
    "dear", "team", "i", "ran", "the", "manger", "station", "and", "plated", "saute", "dishes",
    "for", "cafe", "cut", "ships", "cleaned", "a",
  ]

  func isCorrect(_ word: String) -> Bool { Self.words.contains(word.lowercased()) }

  func suggestions(for word: String) -> [String] { [] }
}
