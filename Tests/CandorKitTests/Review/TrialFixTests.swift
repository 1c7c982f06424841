import Testing

@testable import CandorKit

/// A dictionary that knows a few words and offers the harmful fixes Hunspell offers.
private struct TinyDictionary: SpellChecker {
  static let words: Set<String> = [
    "i", "run", "the", "nightly", "jobs", "and", "wrote", "for", "job", "con", "upsets", "dear",
    "team", "best", "report", "functions",
  ]

  func isCorrect(_ word: String) -> Bool { Self.words.contains(word.lowercased()) }

  func suggestions(for word: String) -> [String] {
    ["cron": ["con"], "upserts": ["upsets"], "functionns": ["functions"]][word] ?? []
  }
}

/// Faults found by the 2026-12-05 new-user trial, each as a kind of fault.
@Suite struct TrialFixTests {
  static func review(_ text: String, job: JobPosting? = nil, checker: SpellChecker? = nil)
    -> Review
  {
    LetterReviewer(spellChecker: checker).review(text: text, job: job)
  }

  @Test func techWordsAndTheirInflectionsAreNotMisspelt() {
    let review = Self.review(
      "Dear team,\n\nI run the nightly cron jobs and wrote upserts and backfills for the job.\n",
      checker: TinyDictionary())
    #expect(review.findings.filter { $0.rule == "spelling" }.isEmpty)
  }

  @Test func aFixThatOnlyDropsALetterIsNotOffered() {
    let safe = SpellingCheck.isSafeFix("functions", for: "functionns", [], .standard)
    let harmful = SpellingCheck.isSafeFix("upsets", for: "upserts", [], .standard)
    #expect(safe)
    #expect(!harmful)
    #expect(!SpellingCheck.isSafeFix("con", for: "cronn", [], .standard))
    #expect(TechWords.stems(of: "backfills").contains("backfill"))
    #expect(TechWords.all.contains("cron"))
  }

  @Test func aPlaceholderIsOneFindingNotThree() {
    let review = Self.review(
      "Dear Dana,\n\nI want to join [Company Name] because its scheduler needs work.\n",
      job: ExampleInputs.job)
    let rules = review.findings.filter { $0.line == 3 }.map(\.rule)
    #expect(rules.contains("placeholder"))
    #expect(!rules.contains("wrong-company"))
  }

  @Test func aMisspeltCompanyIsAWrongCompanyWithTheRightSpelling() throws {
    var job = ExampleInputs.job
    job.company = "Harbor Analytics"
    let review = LetterReviewer().review(
      text: "Dear Dana,\n\nI am applying for the backend role at Harbor Analytic.\n", job: job,
      resume: ExampleInputs.resume)
    let finding = try #require(review.findings.first { $0.rule == "wrong-company" })
    #expect(finding.excerpt == "Harbor Analytic")
    #expect(finding.column == 39)
    #expect(finding.suggestion == "write 'Harbor Analytics'")
    #expect(finding.message.hasPrefix("correct 'Harbor Analytic' to 'Harbor Analytics'"))
    #expect(!review.findings.contains { $0.rule == "unsupported-claim" })
    #expect(NameMatching.isNearMiss("Harbour Analytics", of: "Harbor Analytics"))
    #expect(NameMatching.isNearMiss("Acme Corp", of: "Acmee Corp"))
    #expect(!NameMatching.isNearMiss("Harbor Analytics", of: "Harbor Analytics Inc."))
    #expect(!NameMatching.isNearMiss("Harbor Analytics’s", of: "Harbor Analytics"))
    #expect(!NameMatching.isNearMiss("Beta", of: "Meta"))
    #expect(!NameMatching.isNearMiss("Harbor", of: "Harbor Analytics"))
  }

  @Test func anHTMLLetterIsReadAsParagraphsAndItsRunTogetherSignOffIsFound() throws {
    let html = """
      <html><body>
      <p>Dear Dana,</p>
      <p>I rebuilt the booking service at Larkspur Travel in Go and cut latency by 40%.</p>
      <p>I will call you on Tuesday to find a time.</p>
      <p>Sincerely,
      Sam Ortiz
      sam.ortiz@example.com</p>
      </body></html>
      """
    let file = InputFile(name: "letter.html", text: html)
    let reading = LetterSource.read(file)
    #expect(
      reading.text
        == "Dear Dana,\n\nI rebuilt the booking service at Larkspur Travel in Go and cut latency "
        + "by 40%.\n\nI will call you on Tuesday to find a time.\n\nSincerely,\n"
        + "Sam Ortiz sam.ortiz@example.com")
    #expect(reading.fileLine(3) == 3)
    #expect(reading.fileLine(7) == 5)
    let letter = LetterText(reading.text)
    #expect(letter.body.count == 2)
    #expect(letter.signOff != nil)
    let review = LetterReviewer().review(file)
    #expect(!review.findings.contains { $0.rule == "missing-sign-off" })
    let length = try #require(review.findings.first { $0.rule == "letter-length" })
    #expect(length.line == 3)
  }

  @Test func aSignOffRunTogetherWithTheNameIsSplitOnlyAfterARealSignOff() {
    let line = "Sincerely, Sam Ortiz sam@example.com"
    #expect(LetterLineShape.signOffEnd(in: line).map { String(line[..<$0]) } == "Sincerely,")
    #expect(LetterLineShape.signOffEnd(in: "Best regards, Sam") != nil)
    #expect(LetterLineShape.signOffEnd(in: "Sincerely,") == nil)
    #expect(LetterLineShape.signOffEnd(in: "Thanks to you, we shipped it.") == nil)
    #expect(LetterLineShape.signOffEnd(in: "Thank you, Dana, for your time.") == nil)
    let br = InputFile(name: "a.html", text: "<p>Dear Dana,</p><p>Best,<br>Sam</p>")
    #expect(LetterSource.read(br).text == "Dear Dana,\n\nBest,\nSam")
  }

  @Test func excerptsQuoteTheWholeClauseWhenThePhraseWouldHang() throws {
    let letter = """
      Dear Dana,

      Ever since I was a child, I have loved data. I believe I rebuilt it well. I want to join \
      the team at [Company Name].

      Feel free to reach out to me anytime.

      Best regards,
      Sam
      """
    let review = Self.review(letter)
    func finding(_ rule: String) throws -> Finding {
      try #require(review.findings.first { $0.rule == rule })
    }
    let passion = try finding("passion-statement")
    #expect(passion.excerpt == "Ever since I was a child")
    #expect((passion.line, passion.column) == (3, 1))
    #expect(
      passion.message == "show 'Ever since I was a child' through work you did instead of "
        + "stating it")
    let closing = try finding("limp-closing")
    #expect(closing.excerpt == "Feel free to reach out to me anytime")
    #expect(closing.message.contains("instead of 'Feel free to reach out to me anytime'"))
    let hedge = try finding("hedging")
    #expect(hedge.excerpt == "I believe")
    #expect(hedge.message == "cut 'I believe' and state the point")
    let length = try finding("letter-length")
    #expect(length.excerpt == "Ever since I was a child")
  }

  @Test func aReadableRangeKeepsAWholePhraseAndWidensAHangingOne() throws {
    let text = "Dear Dana,\n\nI work with the team at [Company Name] every day.\n"
    let context = ReviewContext(
      letter: LetterText(text), job: nil, resume: nil, lexicon: .standard, spellChecker: nil,
      language: "en")
    func range(_ phrase: String) throws -> Range<String.Index> {
      try #require(text.range(of: phrase))
    }
    #expect(context.quote(context.readable(try range("the team"))) == "the team")
    #expect(
      context.quote(context.readable(try range("the team at")))
        == "the team at [Company Name] every day")
    #expect(context.quote(context.readable(try range("I work"))) == "I work")
    let joined = "Dear Dana,\n\nI am passionate about data and I believe I fit.\n"
    let other = ReviewContext(
      letter: LetterText(joined), job: nil, resume: nil, lexicon: .standard, spellChecker: nil,
      language: "en")
    let about = try #require(joined.range(of: "passionate about"))
    #expect(other.quote(other.readable(about)) == "passionate about data")
    #expect(
      context.quote(context.readable(try range("I work with")))
        == "I work with the team at [Company Name] every day")
  }

  @Test func theSuggestedClosingSpeaksToTheReaderAndReadsAsEnglish() throws {
    let review = LetterReviewer().review(
      text: "Dear Dana Whitfield,\n\nI rebuilt a scheduler.\n\nI hope to hear from you soon.\n",
      job: ExampleInputs.job, resume: ExampleInputs.resume)
    let closing = try #require(review.findings.first { $0.rule == "limp-closing" })
    #expect(
      closing.suggestion
        == "write 'I would welcome a call to walk you through how I rebuilt the reservation "
        + "service in PostgreSQL, cutting p95 latency by 40% for 3 million monthly bookings, and "
        + "how that experience would carry into the Senior Backend Engineer role at Tidewater "
        + "Health. I will follow up next week to find a time.'")
    #expect(!closing.suggestion.contains("Dana"))
    let bare = try #require(FixWriter.closing(ExampleInputs.job, nil))
    #expect(
      bare
        == "write 'I would welcome a call about how my experience fits the Senior Backend "
        + "Engineer role at Tidewater Health. I will follow up next week to find a time.'")
  }

  @Test func aKeywordGapPointsAtTheParagraphWhereTheTermFitsAndSaysWhy() throws {
    let letter = """
      Dear Dana,

      Your plan to offer same-day telehealth slots caught my eye.

      At Larkspur Travel I rebuilt the booking service and cut latency by 40%.

      I will call you on Tuesday to find a time.
      """
    let review = LetterReviewer().review(
      text: letter, job: ExampleInputs.job, resume: ExampleInputs.resume)
    let gap = try #require(review.findings.first { $0.rule == "keyword-gap" })
    #expect((gap.line, gap.column) == (5, 1))
    #expect(
      gap.excerpt == "At Larkspur Travel I rebuilt the booking service and cut latency by 40%")
    #expect(
      gap.message
        == "mention 'PostgreSQL' in this paragraph, beside your work at Larkspur Travel: the "
        + "posting requires it and your resume shows it")

    var job = ExampleInputs.job
    job.requirements[1].skills = ["Kubernetes", "PostgreSQL"]
    let sibling = LetterReviewer().review(
      text: "Dear Dana,\n\nI like your plans.\n\nI ran Kubernetes clusters for 3 years.\n",
      job: job)
    let placed = try #require(sibling.findings.first { $0.message.contains("'PostgreSQL'") })
    #expect(placed.line == 5)
    #expect(placed.message.contains("next to 'Kubernetes', which the posting asks for"))
  }

  @Test func handlesAreNeitherPlaceholdersNorMisspellings() {
    let review = Self.review(
      "Dear team,\n\nI run the jobs <sam-ortiz> and @sam-ortiz.\n", checker: TinyDictionary())
    #expect(!review.findings.contains { $0.rule == "spelling" || $0.rule == "placeholder" })
    let plain = Self.review("Dear team,\n\nI run the jobs samm.\n", checker: TinyDictionary())
    #expect(plain.findings.contains { $0.rule == "spelling" && $0.excerpt == "samm" })
  }

  @Test func anUnderscoreSlotIsQuotedAlone() throws {
    let review = Self.review("Dear Sam,\n\nI would bring this to ___ and its customers.\n")
    let slot = try #require(review.findings.first { $0.rule == "placeholder" })
    #expect(slot.excerpt == "___")
    #expect((slot.line, slot.column) == (3, 23))
  }

  @Test func aBareDisableLineIsNotedAndUnknownIdsGetAHint() {
    let bare = Self.review("<!-- candor-disable -->\nDear Hiring Manager,\n\nI am great.\n")
    #expect(bare.findings.isEmpty)
    #expect(bare.notes.contains { $0.contains("disables every rule") })
    let typo = Self.review("<!-- candor-disable hedgin -->\nI believe I can.\n")
    #expect(typo.notes.contains { $0.contains("did you mean 'hedging'") })
    #expect(typo.findings.contains { $0.rule == "hedging" })
  }

  @Test func listSaysABareDisableSilencesEverything() {
    #expect(RuleDocumentation.list().contains("a bare 'candor-disable'"))
  }

  @Test func aPostingPhraseCountsWhenTheLetterUsesItsHeadNounAndItsOtherWords() {
    func words(_ text: String) -> [LetterWord] { WordTokenizer.words(in: text) }
    let phrase = ["data", "pipelines"]
    #expect(KeywordGapCheck.mentionsByHead(phrase, words("I run the data team's pipeline.")))
    #expect(!KeywordGapCheck.mentionsByHead(phrase, words("I rebuilt our sales pipelines.")))
    #expect(!KeywordGapCheck.mentionsByHead(["sql"], words("I wrote SQL.")))
  }

  @Test func categoriesWhoseRulesCouldNotRunAreMarkedNotCheckedAndLeftOutOfTheScore() {
    let french = """
      Madame, Monsieur,

      Je me permets de vous adresser ma candidature pour le poste d'ingénieur de données. \
      J'ai construit des pipelines pour trois équipes et je souhaite rejoindre votre société.

      Cordialement,
      Sam Ortiz
      """
    let review = Self.review(french)
    #expect(review.language == "fr")
    #expect(review.uncheckedCategories == [.personalisation, .specificity, .relevance, .language])
    let checked = review.categories.filter(\.checked)
    let kept = checked.reduce(0) { $0 + ($1.score ?? 0) }
    let maximum = checked.reduce(0) { $0 + $1.maximum }
    #expect(maximum == 15)
    let scaled = Int((Double(kept) * 100 / 15).rounded())
    #expect(review.score == Scorer.score(total: scaled, errors: review.errorCount))
    #expect(review.score < 100)
    let table = ReviewTextReporter.render(review, path: "fr.txt")
    #expect(table.contains("language            not checked"))
    #expect(table.contains("from 1 of 5 categories"))
  }

  @Test func relevanceWithoutPostingOrResumeIsNotCheckedAndNotFullMarks() throws {
    let letter = """
      Dear Dana,

      I rebuilt the booking service at Larkspur Travel in Go and cut p95 latency by 40%.

      I will call you on Tuesday to find a time.

      Best regards,
      Maya
      """
    let alone = Self.review(letter)
    #expect(alone.uncheckedCategories == [.relevance])
    #expect(try #require(alone.category(.relevance)).checked == false)
    let checked = alone.categories.filter(\.checked)
    #expect(checked.reduce(0) { $0 + $1.maximum } == 85)
    let kept = checked.reduce(0) { $0 + ($1.score ?? 0) }
    let scaled = Int((Double(kept) * 100 / 85).rounded())
    #expect(alone.score == Scorer.score(total: scaled, errors: alone.errorCount))
    #expect(alone.notes.contains { $0.hasPrefix("not checked: relevance (its rules compare") })
    let table = ReviewTextReporter.render(alone, path: "letter.txt")
    #expect(table.contains("relevance           not checked"))
    #expect(table.contains("from 4 of 5 categories"))

    let withJob = Self.review(letter, job: ExampleInputs.job)
    #expect(withJob.uncheckedCategories.isEmpty)
    #expect(!withJob.notes.contains { $0.contains("not checked") })
  }

  @Test func explainSaysWhereLengthBecomesAnErrorAndTellsLongExamplesApart() throws {
    let rule = try #require(RuleCatalog.all.first { $0.id == "letter-length" })
    let text = RuleDocumentation.explain(rule)
    #expect(rule.summary.contains("an error when far outside (under 125 or over 600 words)"))
    #expect(text.contains("(186 words)"))
    #expect(text.contains("(650 words)"))
    #expect(
      Self.review(String(repeating: "I shipped it. ", count: 40)).findings.contains {
        $0.rule == "letter-length" && $0.severity == .error
      })
  }
}
