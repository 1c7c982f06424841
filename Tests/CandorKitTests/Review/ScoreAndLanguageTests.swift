import Foundation
import Testing

@testable import CandorKit
@testable import CandorSpelling

/// Faults a demanding new user found in `candor review` (issue 4: score and language).
@Suite struct ScoreAndLanguageTests {
  static let posting =
    "# QA Automation Engineer\n\nCompany: Brindle Labs\n\n## Requirements\n\n"
    + "- Experience with Playwright or Cypress\n- Strong TypeScript skills\n"

  static func keywordGaps(_ body: String, resume: String? = nil) throws -> [String] {
    let job = try PostingReader.read(InputFile(name: "job.md", text: posting), lexicon: .standard)
    let parsed = try resume.map { try ResumeReader.read(InputFile(name: "cv.txt", text: $0)) }
    let letter = "Dear Priya,\n\n\(body)\n\nSincerely,\nSam Reyes\n"
    return LetterReviewer().review(text: letter, job: job, resume: parsed)
      .findings.filter { $0.rule == "keyword-gap" }.map(\.message)
  }

  @Test func eitherOptionOfAnEitherOrAskMeetsIt() throws {
    for tool in ["Cypress", "Playwright"] {
      let gaps = try Self.keywordGaps("I wrote 300 \(tool) tests in TypeScript at Orchard Books.")
      #expect(gaps.isEmpty, "\(tool): \(gaps)")
    }
  }

  @Test func anEitherOrAskMissedIsOneGapNamingBothOptions() throws {
    let gaps = try Self.keywordGaps("I wrote 300 end-to-end tests in TypeScript at Orchard Books.")
    #expect(gaps.count == 1)
    #expect(gaps.first?.hasPrefix("mention 'Playwright or Cypress'") == true)
  }

  @Test func withAResumeTheGapNamesTheOptionItShows() throws {
    let resume =
      "Sam Reyes\nsam@example.com\n\nEXPERIENCE\nQA Engineer, Orchard Books, 2021 – 2025\n"
      + "- Wrote 300 Cypress tests in TypeScript\n\nSKILLS\nCypress, TypeScript\n"
    let gaps = try Self.keywordGaps(
      "I wrote 300 end-to-end tests in TypeScript at Orchard Books.", resume: resume)
    #expect(gaps.count == 1)
    #expect(gaps.first?.hasPrefix("mention 'Cypress'") == true)
  }

  @Test func anErrorCapsTheScoreYetEachFurtherErrorLowersIt() {
    #expect(Scorer.score(total: 92, errors: 0) == 92)
    #expect(Scorer.score(total: 100, errors: 1) == 59)
    #expect(Scorer.score(total: 80, errors: 1) == 47)
    #expect(Scorer.score(total: 80, errors: 3) == 39)
    #expect(Scorer.score(total: 10, errors: 5) == 0)
  }

  @Test func aLetterWithMoreInventedFactsScoresLower() {
    let one = "At Larkspur Travel I cut p95 latency by 75% for 3 million bookings."
    let three =
      "At Larkspur Travel I cut p95 latency by 75% for 9 million bookings and saved 31% of "
      + "hosting costs."
    let scores = [one, three].map { body in
      LetterReviewer().review(
        text: "Dear Dana,\n\n\(body)\n\nSincerely,\nMaya Okafor\n", resume: ExampleInputs.resume)
    }
    #expect(scores.map { $0.findings.count { $0.severity == .error } } == [2, 4])
    #expect(scores[0].score > scores[1].score, "\(scores.map(\.score))")
    #expect(scores[0].score <= Scorer.errorCap)
  }

  @Test func anUncheckedCategoryClaimsNoPointsInJSON() throws {
    let review = LetterReviewer().review(
      text: "Dear Dana,\n\nAt Larkspur Travel I cut latency by 40% in PostgreSQL.\n\nBest,\nMaya\n")
    let relevance = try #require(review.category(.relevance))
    #expect(!relevance.checked)
    #expect(relevance.score == nil)
    #expect(review.checkedMaximum == 85)
    let data = try JSONEncoder().encode(review)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let categories = try #require(object["categories"] as? [[String: Any]])
    let shown = try #require(categories.first { $0["category"] as? String == "relevance" })
    #expect(shown["score"] == nil)
    #expect(shown["checked"] as? Bool == false)
    #expect(object["checkedMaximum"] as? Int == 85)
    let text = ReviewTextReporter.render(review, path: "letter.txt")
    #expect(text.contains("  relevance           not checked\n"))
  }

  @Test(arguments: [
    ("recieve", "receive"), ("managment", "management"), ("experiance", "experience"),
    ("Recieve", "Receive"), ("accomodatoin", "accommodation"),
  ])
  func spellingSuggestsTheClosestWordInTheWordsCase(typo: String, fix: String) throws {
    let checker = try #require(HunspellChecker.englishUS, "needs Debian's hunspell-en-us")
    let review = LetterReviewer(spellChecker: checker).review(
      text: "Dear Dana,\n\n\(typo) the reports early, the team asked.\n\nBest,\nMaya\n")
    let suggestions = review.findings.filter { $0.rule == "spelling" }.map(\.suggestion)
    #expect(suggestions.contains("write '\(fix)'"), "\(suggestions)")
  }

  @Test func rankingPutsTheNearestFirstAndKeepsTheCase() {
    #expect(
      SpellingFixes.ranked(["accommodating", "accommodation"], for: "accomodatoin")
        == ["accommodation", "accommodating"])
    #expect(
      SpellingFixes.ranked(["receive", "relieve"], for: "Recieve") == ["Receive", "Relieve"])
    #expect(SpellingFixes.ranked(["english"], for: "ENGLSH") == ["ENGLISH"])
    #expect(SpellingFixes.distance("recieve", "receive") == 1)
  }

  @Test func aShortSpanishBodyUnderAnEnglishGreetingIsSpanish() {
    let letter =
      "Dear Brindle Labs team,\n\nMe gustaría mucho trabajar con ustedes porque tengo cinco "
      + "años de experiencia en pruebas.\n\nSincerely,\nSam Reyes\n"
    #expect(LetterReviewer().review(text: letter).language == "es")
    #expect(LanguageDetector.detect("Quiero trabajar con su empresa.") == "es")
    #expect(LanguageDetector.detect("I am eager to join your team.") == "en")
  }

  static func claims(_ body: String) -> [String] {
    LetterReviewer().review(
      text: "Dear Dana,\n\n\(body)\n\nSincerely,\nMaya Okafor\n", resume: ExampleInputs.resume
    ).findings.filter { $0.rule == "unsupported-claim" }.map(\.excerpt)
  }

  @Test func aTimeOfDayIsNoClaim() {
    #expect(Self.claims("I can meet on Tuesday at 10 or at 3 in the afternoon.") == [])
    #expect(Self.claims("I could call at 9 o'clock, or at ten on Friday.") == [])
    #expect(Self.claims("Puedo reunirme con ustedes el martes a las 15 o a las 11.") == [])
    #expect(Self.claims("I trained the staff at 12 sites.") == ["12"])
  }

  @Test func aPercentInWordsIsAPercentage() {
    #expect(Self.claims("At Larkspur Travel I cut p95 latency by forty percent.") == [])
    #expect(
      Self.claims("At Larkspur Travel I cut costs by twelve per cent.") == ["twelve per cent"])
    #expect(Self.claims("At Larkspur Travel I cut costs by 12 per cent.") == ["12 per cent"])
    let resume = try? ResumeReader.read(
      InputFile(
        name: "cv.txt",
        text: "Maya Okafor\n\nEXPERIENCE\nEngineer, Larkspur Travel, 2019 – 2025\n"
          + "- Led 40 engineers and cut booking errors by thirty percent\n"))
    let review = LetterReviewer().review(
      text: "Dear Dana,\n\nAt Larkspur Travel I cut costs by forty percent and errors by 30%.\n",
      resume: resume)
    #expect(
      review.findings.filter { $0.rule == "unsupported-claim" }.map(\.excerpt)
        == ["forty percent"])
  }
}
