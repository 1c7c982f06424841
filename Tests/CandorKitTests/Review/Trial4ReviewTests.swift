import Testing

@testable import CandorKit

/// A dictionary that knows the plain words of the trade-word letter below and nothing else.
private struct PlainWords: SpellChecker {
  static let words: Set<String> = [
    "dear", "team", "i", "charted", "probings", "handled", "and", "filed", "the", "our",
    "print", "pdfs", "chased", "prior", "for", "every", "patient", "logged", "on", "site",
  ]

  func isCorrect(_ word: String) -> Bool { Self.words.contains(word.lowercased()) }

  func suggestions(for word: String) -> [String] { [] }
}

/// Faults found by the fourth new-user trial (2026-12-05), each as a kind of fault.
@Suite struct Trial4ReviewTests {
  @Test(arguments: [
    ("Licensed Master Social Worker (LMSW), New York State, 2021", false),
    ("Licensed Clinical Social Worker (LCSW), New York State, 2021", true),
  ])
  func onlyTheRequiredLicenceMeetsIt(_ held: String, _ found: Bool) throws {
    let posting = try PostingReader.read(
      InputFile(
        name: "posting.md",
        text: "# Clinical Social Worker\n\n## Requirements\n\n- LCSW licensed in New York\n"
          + "- Case management\n"),
      lexicon: .standard)
    var resume = Resume()
    var certificate = Resume.Certificate()
    certificate.name = held
    resume.certificates = [certificate]
    let report = KeywordMatcher.match(
      posting: posting, resume: ParsedResume(resume: resume), lexicon: .standard)
    let keyword = try #require(report.keywords.first { $0.term == "LCSW" })
    #expect(keyword.found == found)
  }

  @Test func tradeWordsOfOtherFieldsAreNotMisspelt() {
    let review = LetterReviewer(spellChecker: PlainWords()).review(
      text: "Dear team,\n\nI charted perio probings and handled prophys. I chased prior auths "
        + "for every patient. I filed the submittals and logged the punchlist on site. I "
        + "preflighted our print PDFs.\n")
    let flagged = review.findings.filter { $0.rule == "spelling" }.map(\.excerpt)
    #expect(flagged == [])
  }

  @Test func aLetterWrittenToAnotherPharmacyIsAnError() throws {
    var job = ExampleInputs.job
    job.company = "Willowbend Community Pharmacy"
    let review = LetterReviewer().review(
      text: "Dear Dr. Perales,\n\nCottonwood Family Pharmacy's second location will need a "
        + "technician, and I fill 300 prescriptions a shift.\n", job: job,
      resume: ExampleInputs.resume)
    let finding = try #require(review.findings.first { $0.rule == "wrong-company" })
    #expect(finding.message.contains("'Cottonwood Family Pharmacy' with"))
    #expect(finding.severity == .error)
  }

  @Test func aPastEmployerOpeningASentenceIsNoWrongCompany() {
    var job = ExampleInputs.job
    job.company = "Willowbend Community Pharmacy"
    let review = LetterReviewer().review(
      text: "Dear Dr. Perales,\n\nLarkspur Travel's booking team taught me to work fast.\n",
      job: job, resume: ExampleInputs.resume)
    #expect(!review.findings.contains { $0.rule == "wrong-company" })
  }
}
