import Testing

@testable import CandorKit

/// A dictionary that offers Hunspell's contradicting fix for "alot".
private struct AlotDictionary: SpellChecker {
  func isCorrect(_ word: String) -> Bool { word.lowercased() != "alot" }
  func suggestions(for word: String) -> [String] { word.lowercased() == "alot" ? ["alto"] : [] }
}

/// Review faults found by the second new-user trial of 2026-12-05, each as a kind of fault.
@Suite struct TrialTwoReviewTests {
  static let job: JobPosting = {
    var job = ExampleInputs.job
    job.title = "Staff Data Engineer"
    job.recipient = Contact(name: "Priya Raman", role: "contact")
    return job
  }()

  static func findings(_ text: String, _ rule: String, checker: SpellChecker? = nil)
    -> [Finding]
  {
    LetterReviewer(spellChecker: checker).review(
      text: text, job: job, resume: ExampleInputs.resume
    ).findings.filter { $0.rule == rule }
  }

  @Test func aTitleSharingOnlyTheRoleNounWithThePostingsIsTheWrongRole() {
    let wrong = Self.findings(
      "I am applying for the Senior Software Engineer position.", "wrong-role")
    #expect(wrong.map(\.excerpt) == ["Senior Software Engineer"])
    #expect(wrong.first?.suggestion == "write 'Staff Data Engineer'")
    #expect(Self.findings("I am applying for the Data Engineer position.", "wrong-role").isEmpty)
    #expect(
      Self.findings("I am applying for the Senior Data Engineer role.", "wrong-role").isEmpty)
  }

  @Test func aGreetingToAnotherPersonIsAnError() {
    let found = Self.findings("Dear Mr. Thompson,\n\nI rebuilt a scheduler.", "wrong-recipient")
    #expect(found.map(\.severity) == [.error])
    #expect(found.first?.suggestion == "write 'Priya Raman'")
  }

  @Test func aMisspeltRecipientGetsThePostingsSpelling() {
    let found = Self.findings("Dear Priya Ramen,\n\nI rebuilt a scheduler.", "wrong-recipient")
    #expect(found.map(\.suggestion) == ["write 'Priya Raman'"])
  }

  @Test func aGuessedHonorificIsASuggestionThatNamesTheFullName() {
    // A gender guess where the posting writes no honorific (trial seven: a suggestion).
    let found = Self.findings("Dear Mr. Raman,\n\nI rebuilt a scheduler.", "wrong-recipient")
    #expect(found.map(\.severity) == [.suggestion])
    #expect(found.first?.suggestion == "write 'Priya Raman'")
    #expect(Self.findings("Dear Priya Raman,\n\nI rebuilt a scheduler.", "wrong-recipient").isEmpty)
    #expect(Self.findings("Dear Priya,\n\nI rebuilt a scheduler.", "wrong-recipient").isEmpty)
  }

  @Test func aWordAConfusedWordRuleFixesIsNotAlsoASpellingFault() {
    let text = "Dear Priya Raman,\n\nI learned alot about schedulers.\n"
    #expect(Self.findings(text, "confused-word", checker: AlotDictionary()).count == 1)
    #expect(Self.findings(text, "spelling", checker: AlotDictionary()).isEmpty)
    let other = "Dear Priya Raman,\n\nI learned alot about schedulers and alot more.\n"
    #expect(Self.findings(other, "spelling", checker: AlotDictionary()).isEmpty)
  }

  @Test func aClockTimeOrAProposedCallsLengthIsNotAClaim() {
    let text =
      "Dear Priya Raman,\n\nI had reports ready at 7 a.m. every day.\n\n"
      + "I would welcome a 30-minute call next week.\n"
    let claims = Self.findings(text, "unsupported-claim").map(\.excerpt)
    #expect(!claims.contains { $0.contains("7") || $0.contains("30") })
    let clock: Substring = "ready at 7 a.m. daily"
    #expect(ClockAndCallTimes.contains(clock.range(of: "7")!, in: clock))
    let servers: Substring = "I cut 7 servers"
    #expect(!ClockAndCallTimes.contains(servers.range(of: "7")!, in: servers))
  }

  @Test func aPostscriptAfterTheSignatureIsASuggestionNotAnError() {
    let text =
      "Dear Priya Raman,\n\nI rebuilt a scheduler.\n\nSincerely,\nAna Ruiz\n\n"
      + "P.S. I will be in Denver next week.\n"
    let found = Self.findings(text, "text-after-signature")
    #expect(found.map(\.severity) == [.suggestion])
    let notes =
      "Dear Priya Raman,\n\nI rebuilt a scheduler.\n\nSincerely,\nAna Ruiz\n\n"
      + "TODO: add metrics\nkeywords: Spark, dbt\n"
    #expect(Self.findings(notes, "text-after-signature").map(\.severity) == [.error])
  }

  @Test func thanksForReadingIsASignOffNotAnUnfinishedSentence() {
    let text = "Dear Priya Raman,\n\nI rebuilt a scheduler.\n\nThanks for reading,\nAna Ruiz\n"
    #expect(Self.findings(text, "unfinished-sentence").isEmpty)
    #expect(LetterLineShape.isSignOff("thanks for reading,", words: 3))
  }
}
