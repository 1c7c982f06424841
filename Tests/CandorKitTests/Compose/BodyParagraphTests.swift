import Testing

@testable import CandorKit

/// Body paragraphs of `candor write` (issue #3), on invented inputs
/// (Tests/Fixtures/write-body).
@Suite struct BodyParagraphTests {
  static func text(_ name: String, _ tone: LetterOptions.Tone) throws -> String {
    let ext = name == "civil" ? "md" : "txt"
    return try WriteCase.letter(
      in: "write-body", posting: "\(name)-posting.\(ext)", resume: "\(name)-resume.\(ext)",
      options: LetterOptions(tone: tone)
    ).text
  }

  static let cases = ["civil", "paralegal", "accountant"]

  /// A certificate line that tells something done is said as done, not pasted in as a name.
  @Test(arguments: LetterOptions.Tone.allCases)
  func aPassedExamIsSaidAsDone(_ tone: LetterOptions.Tone) throws {
    let text = try Self.text("civil", tone)
    #expect(text.contains("I passed the FE Civil exam (EIT application pending)."), "\(tone)")
    #expect(!text.contains("include Passed"), "\(tone)")
  }

  /// "CFA Level I passed" puts the verb last; it is still something done, never "the CFA
  /// Level I passed credential".
  @Test func aPassedExamWithItsVerbLastIsSaidAsDone() {
    let passed = Evidence(text: "CFA Level I passed", path: "c[0]", source: .certificate)
    #expect(StatementPhrasing.sentence(for: passed) == "I passed CFA Level I.")
    #expect(StatementPhrasing.credentialSentences(for: passed) == nil)
  }

  /// A credential said with the degree takes the next credential wording, so the letter's
  /// credential sentences still open differently.
  @Test func aCredentialWithTheDegreeVariesItsWording() {
    var narrator = Narrator()
    let wordings = CredentialPhrase("CPA licence").wordings(and: "a B.S. in Accounting")
    #expect(wordings.allSatisfy { $0.hasSuffix("a CPA licence and a B.S. in Accounting.") })
    let first = narrator.credential(wordings)
    narrator.record(first ?? "")
    let second = narrator.credential(wordings)
    #expect(first != nil && second != nil)
    #expect(first?.prefix(6) != second?.prefix(6))
  }

  @Test func aCredentialNamedByAnAdjectiveStaysAName() {
    let passed = Evidence(text: "Completed OSHA 30 training", path: "c[0]", source: .certificate)
    #expect(StatementPhrasing.sentence(for: passed) == "I completed OSHA 30 training.")
    #expect(StatementPhrasing.credentialSentences(for: passed) == nil)
    let named = Evidence(text: "Certified Scrum Master", path: "c[1]", source: .certificate)
    #expect(StatementPhrasing.credentialSentences(for: named)?.first?.contains("Scrum") == true)
  }

  /// "Senior design: …" labels the project; the letter names the project alone.
  @Test(arguments: LetterOptions.Tone.allCases)
  func aProjectLabelIsNoPartOfItsName(_ tone: LetterOptions.Tone) throws {
    let text = try Self.text("civil", tone)
    #expect(!text.contains("Senior design:"), "\(tone)")
    #expect(text.contains("Culvert replacement for Fell Creek project"), "\(tone)")
    #expect(StatementPhrasing.projectName("Ratio: a 2:1 study") == "a 2:1 study")
    #expect(StatementPhrasing.projectName("Tidepool Watch") == "Tidepool Watch")
  }

  /// The resume's "Third-year student" reaches an entry-level letter.
  @Test(arguments: LetterOptions.Tone.allCases)
  func anEntryLevelLetterSaysTheYearOfStudy(_ tone: LetterOptions.Tone) throws {
    let text = try Self.text("civil", tone)
    #expect(
      text.contains(
        "I am a third-year student completing a B.S. in Civil Engineering at Lackawen State"),
      "\(tone)")
  }

  /// No sentence lists skills as the resume's own list ("My toolkit includes …").
  @Test(arguments: LetterOptions.Tone.allCases)
  func noSentenceListsTheResumesSkills(_ tone: LetterOptions.Tone) throws {
    for name in Self.cases {
      let text = try Self.text(name, tone)
      for filler in ["My toolkit", "skills section", "skills list includes", "resume also lists"] {
        #expect(!text.contains(filler), "\(name) \(tone): \(filler)")
      }
    }
    // A letter far under its target (the civil student's) names a tool it has no statement
    // for once, in a sentence about the candidate, never about the resume.
    let said = try Self.text("civil", tone).components(separatedBy: ". ")
      .filter { $0.contains("Microsoft Word") }
    #expect(said.count == 1, "\(tone)")
    #expect(
      said.allSatisfy {
        ($0.contains("I work with") || $0.contains("I bring")) && !$0.contains("resume")
      }, "\(tone)")
  }

  /// A certificate held under education answers the posting's ask for one.
  @Test(arguments: LetterOptions.Tone.allCases)
  func anEducationCertificateAnswersACertificateAsk(_ tone: LetterOptions.Tone) throws {
    let text = try Self.text("paralegal", tone)
    #expect(
      text.contains(
        "the Certificate in Paralegal Studies (ABA-approved) from Saguaro Community College."),
      "\(tone)")
    #expect(!text.contains("studies at Saguaro"), "\(tone)")
    #expect(!text.contains("nearest"), "\(tone)")
  }

  /// A credential noun before a bracket or an issuer still takes its article.
  @Test func aCredentialAskBeforeABracketTakesAnArticle() {
    #expect(
      SlotValues.counted("paralegal certificate (ABA-approved)")
        == "a paralegal certificate (ABA-approved)")
    #expect(
      SlotValues.requirementPhrase("Paralegal certificate from an ABA-approved program", skills: [])
        == "a paralegal certificate from an ABA-approved program")
    #expect(SlotValues.counted("CPR or BLS card") == "CPR or BLS card")
  }

  /// A short credential and the degree go in one sentence, and the degree is not said twice.
  @Test(arguments: LetterOptions.Tone.allCases)
  func aCredentialAndADegreeShareASentence(_ tone: LetterOptions.Tone) throws {
    let text = try Self.text("accountant", tone)
    let folded = "a CPA licence and a B.S. in Accounting from Boise State University."
    let wordings = ["My credentials include ", "I have earned ", "I hold "]
    #expect(wordings.contains { text.contains($0 + folded) }, "\(tone)")
    #expect(!text.contains("B.S. in Accounting at"), "\(tone)")
    #expect(!text.contains("B.S. in Accounting is from"), "\(tone)")
  }
}
