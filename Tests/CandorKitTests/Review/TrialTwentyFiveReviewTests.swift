import Testing

@testable import CandorKit

/// A dictionary of a few English words; "por" and "qué" are not among them.
private struct QuoteWords: SpellChecker {
  static let words: Set<String> = [
    "my", "posters", "say", "and", "why", "in", "every", "room", "dear", "ms", "vance",
  ]

  func isCorrect(_ word: String) -> Bool { Self.words.contains(word.lowercased()) }

  func suggestions(for word: String) -> [String] { ["qua", "quo"] }
}

/// What the twenty-fifth trial still found in `candor review` (issue #4): claims the resume
/// does not back that passed (a title held, a device used, a licence only pending, an
/// employer), false findings on truthful letters, and greetings and quotations in other
/// languages.
@Suite struct TrialTwentyFiveReviewTests {
  /// An invented posting for a respiratory therapist with a hybrid schedule.
  static let posting = """
    Respiratory Therapist
    Quillfeather Medical Center, Tacoma, WA

    Hybrid: education office two days a week.

    Requirements
    - RRT credential
    - Ventilator management
    """

  /// An invented resume: a staff title, one employer, a pending licence.
  static let resume = """
    Odile Brannigan
    Tacoma, WA · odile.brannigan@example.com · (253) 555-0117

    EXPERIENCE
    Staff Respiratory Therapist, Larchmont Regional Hospital, 2019 – 2025
    - Managed ventilator weaning for 12 ICU beds
    - Cut unplanned extubations by 30%

    CERTIFICATIONS
    - RRT-eligible (passed the TMC exam, 2024)
    """

  static func findings(_ sentence: String) throws -> [Finding] {
    let resume = try ResumeReader.read(InputFile(name: "cv.txt", text: Self.resume))
    let job = try PostingReader.read(InputFile(name: "job.txt", text: Self.posting))
    let letter =
      "Dear Ms. Vance,\n\nI wean patients at Larchmont Regional Hospital. \(sentence)\n\n"
      + "Sincerely,\nOdile Brannigan\n"
    return LetterReviewer(spellChecker: nil).review(
      text: letter, job: job, resume: resume, resumeSource: Self.resume
    ).findings
  }

  static func claims(_ sentence: String) throws -> [String: Severity] {
    let found = try findings(sentence).filter { $0.rule == "unsupported-claim" }
    return Dictionary(found.map { ($0.excerpt, $0.severity) }, uniquingKeysWith: { a, _ in a })
  }

  @Test func aTitleHeldWithoutAnArticleOrBesideAnotherIsAnError() throws {
    #expect(
      try Self.claims("As charge therapist of the ICU at Larchmont Regional Hospital, I ran it.")
        == ["charge therapist": .error])
    #expect(
      try Self.claims("As charge therapist and team lead at Larchmont Regional Hospital I ran it.")
        == ["charge therapist": .error, "team lead": .error])
    #expect(try Self.claims("As staff respiratory therapist at Larchmont I weaned 12 beds.") == [:])
    #expect(try Self.claims("I learned as much as any therapist at Larchmont could.") == [:])
  }

  @Test func aClinicalDeviceTheResumeLacksIsAnError() throws {
    #expect(
      try Self.claims("I routinely manage patients on ECMO and Impella support.")
        == ["ECMO": .error, "Impella": .error])
  }

  @Test func aLicenceHeldThatTheResumeShowsPendingIsAnError() throws {
    let text =
      "Ines Calloway\nines@example.com\n\nEXPERIENCE\nStaff Accountant, Brightwell Foods, "
      + "2021 – 2025\n- Closed the books for 3 entities\n\nCERTIFICATIONS\n"
      + "- CPA-eligible (passed AUD and FAR, 2024)\n"
    let resume = try ResumeReader.read(InputFile(name: "cv.txt", text: text))
    let claims = { (sentence: String) in
      LetterReviewer(spellChecker: nil).review(
        text: "Dear Ms. Lane,\n\nI close the books at Brightwell Foods. \(sentence)\n",
        resume: resume, resumeSource: text
      ).findings.filter { $0.rule == "unsupported-claim" }.map { ($0.excerpt, $0.severity) }
    }
    #expect(claims("I am a licensed CPA.").map(\.0) == ["licensed CPA"])
    #expect(claims("I am a licensed CPA.").map(\.1) == [.error])
    #expect(claims("I am CPA-eligible and sit for REG this spring.").isEmpty)
  }

  @Test func anEmployerInAClauseOfWorkIsAnError() throws {
    #expect(
      try Self.claims("Earlier I worked as a float therapist at Mayo Clinic in Rochester.")[
        "Mayo Clinic"] == .error)
    #expect(
      try Self.claims("I bring six years, including two years in the ICU at Kestrel Health.")[
        "Kestrel Health"] == .error)
    #expect(try Self.claims("I would love to work at Mayo Clinic one day.")["Mayo Clinic"] == nil)
  }

  @Test func anExamSatForIsNoClient() throws {
    #expect(try Self.claims("I passed the TMC in 2024 and sit for CSE this spring.").isEmpty)
  }

  @Test func thePostingsScheduleRestatedInWordsIsNoClaim() throws {
    #expect(try Self.claims("I live in Tacoma, so two office days a week suit me.").isEmpty)
  }

  @Test func aSmallCountOfHowThingsStoodIsAWarningNotAnError() throws {
    #expect(
      try Self.claims("When I started, our charts lived in four binders.") == ["four": .warning])
    #expect(try Self.claims("I trained four new therapists.") == ["four": .error])
  }

  @Test func aPlaceholderNameIsNoWrongCompanyInALaterLowercaseWord() throws {
    let resume = try ResumeReader.read(InputFile(name: "cv.txt", text: Self.resume))
    let job = try PostingReader.read(InputFile(name: "job.txt", text: Self.posting))
    let letter =
      "Dear Ms. Vance,\n\nI am applying for the role at {Clinic Name}. I weaned 12 beds.\n\n"
      + "I was drawn to your clinic because it trains its staff.\n\nSincerely,\nOdile Brannigan\n"
    let review = LetterReviewer(spellChecker: nil).review(text: letter, job: job, resume: resume)
    #expect(!review.findings.contains { $0.rule == "wrong-company" })
    #expect(review.findings.contains { $0.rule == "placeholder" })
  }

  @Test(arguments: ["Sehr geehrter Herr Brandt,", "Liebe Frau Ott,", "Estimados señores,"])
  func aSalutationInAnotherLanguageIsAGreeting(_ greeting: String) {
    let letter = "\(greeting)\n\nI wean patients.\n\nSincerely,\nOdile Brannigan\n"
    #expect(LetterText(letter).greeting != nil)
  }

  @Test func wordsInsideASpanishQuestionAreNoEnglishMisspelling() throws {
    let text = "Dear Ms. Vance,\n\nMy posters say «¿Por qué?» and “Why?” in every room.\n"
    let findings = LetterReviewer(spellChecker: QuoteWords()).review(text: text).findings
      .filter { $0.rule == "spelling" }
    #expect(findings.isEmpty)
  }

  @Test func aSentenceOfNounsIsFlaggedAndOneWithAVerbIsNot() throws {
    let verbless = try Self.findings("Strong airway skills and proven track record.")
      .filter { $0.rule == "verbless-sentence" }
    #expect(verbless.map(\.excerpt) == ["Strong airway skills and proven track record"])
    #expect(
      try Self.findings("Our therapists record every wean.").allSatisfy {
        $0.rule != "verbless-sentence"
      })
  }

  @Test func anHTMLLettersFindingsGiveTheirColumnInTheFile() throws {
    let html =
      "<html><body><p>Dear Hiring Manager,</p><p>I am a team player &amp; a fast learner "
      + "at Quillfeather.</p><p>Sincerely,<br>Odile Brannigan</p></body></html>"
    let review = LetterReviewer(spellChecker: nil).review(InputFile(name: "l.html", text: html))
    let greeting = try #require(review.findings.first { $0.rule == "generic-greeting" })
    #expect(greeting.line == 1 && greeting.column == 16)
    let soft = try #require(review.findings.first { $0.excerpt == "team player" })
    let start = try #require(html.range(of: "team player")).lowerBound
    #expect(soft.column == html.distance(from: html.startIndex, to: start) + 1)
  }
}
