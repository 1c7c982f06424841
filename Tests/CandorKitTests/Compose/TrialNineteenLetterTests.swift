import Testing

@testable import CandorKit

/// Letter faults the nineteenth trial found (issue #3), on invented inputs
/// (Tests/Fixtures/write-trial19): an invented career break, a listed language called
/// missing, a held credential called missing, a repeated name, a years ask answered
/// without years, hedging on an industry the resume plainly shows, and a lowercase name.
@Suite struct TrialNineteenLetterTests {
  static func letter(
    _ posting: String, _ resume: String, _ tone: LetterOptions.Tone = .formal,
    length: LetterOptions.Length = .standard, referrer: String? = nil
  ) throws -> Letter {
    var options = LetterOptions(tone: tone)
    options.length = length
    options.referrer = referrer
    return try WriteCase.letter(
      in: "write-trial19", posting: posting, resume: resume, options: options)
  }

  /// A graduate whose internship ended while they studied has had no break.
  @Test(arguments: LetterOptions.Tone.allCases)
  func aGraduateGetsNoCareerBreak(_ tone: LetterOptions.Tone) throws {
    let letter = try Self.letter("wind-posting.md", "graduate-resume.txt", tone)
    #expect(letter.plan.opener == .match, "\(tone)")
    #expect(!CareerBreak.isClaimed(in: letter.text), "\(tone): \(letter.text)")
  }

  /// A listed career break opens on the return, and the opening's sentences naming the
  /// break cite it.
  @Test(arguments: LetterOptions.Tone.allCases)
  func aListedBreakOpensOnTheReturnWithItsSource(_ tone: LetterOptions.Tone) throws {
    let letter = try Self.letter("wind-posting.md", "returner-resume.txt", tone)
    #expect(letter.plan.opener == .return, "\(tone)")
    let opening = letter.paragraphs.first { $0.role == .opening }?.sentences ?? []
    let claims = opening.filter { CareerBreak.isClaimed(in: $0.text) }
    #expect(!claims.isEmpty, "\(tone)")
    for sentence in claims {
      #expect(sentence.sources.contains(.resume("work[1]")), "\(tone): \(sentence.text)")
    }
  }

  /// A gap of over a year after the last role, with nothing dated since, is a break; a
  /// teacher still teaching who applies in another field changes career and claims no break.
  @Test func aGapReturnsAndAnotherFieldChangesCareer() throws {
    #expect(try Self.letter("wind-posting.md", "gap-resume.txt").plan.opener == .return)
    let change = try Self.letter("wind-posting.md", "teacher-resume.txt")
    #expect(change.plan.opener == .careerChange)
    #expect(!CareerBreak.isClaimed(in: change.text), "\(change.text)")
  }

  /// The grounding check refuses a career break the resume does not show, and accepts one
  /// it does.
  @Test func groundingRefusesAnUnshownCareerBreak() throws {
    let posting = try PostingReader.read(WriteCase.file("../write-trial19/wind-posting.md"))
    let graduate = try ResumeReader.read(
      WriteCase.file("../write-trial19/graduate-resume.txt"), today: WriteCase.today)
    let returner = try ResumeReader.read(
      WriteCase.file("../write-trial19/returner-resume.txt"), today: WriteCase.today)
    let sentence = "After a career break, I am returning to work."
    let checker = GroundingChecker(
      resume: graduate, posting: posting, options: LetterOptions(), today: "2026-12-04")
    #expect(checker.ungroundedClaims(in: sentence).map(\.kind) == [.history])
    let shown = GroundingChecker(
      resume: returner, posting: posting, options: LetterOptions(), today: "2026-12-04")
    #expect(shown.ungroundedClaims(in: sentence).isEmpty)
  }

  /// A language the resume lists answers an ask for it, said as spoken, never as missing
  /// ("The closest my resume comes is the English listed among my skills") nor as a tool.
  @Test(arguments: LetterOptions.Tone.allCases)
  func aListedLanguageAnswersTheAsk(_ tone: LetterOptions.Tone) throws {
    let graduate = try Self.letter("wind-posting.md", "graduate-resume.txt", tone).text
    #expect(graduate.contains("I am bilingual in Spanish and English."), "\(tone)")
    #expect(!graduate.contains("English listed"), "\(tone): \(graduate)")
    let returner = try Self.letter("wind-posting.md", "returner-resume.txt", tone).text
    #expect(returner.contains("I speak Spanish."), "\(tone)")
    #expect(!returner.contains("with Spanish"), "\(tone): \(returner)")
  }

  /// A short letter answers the first must-have, a certificate the resume holds under its
  /// own wording, and the note never lists it as missing.
  @Test(arguments: LetterOptions.Tone.allCases)
  func aShortLetterKeepsTheHeldCredential(_ tone: LetterOptions.Tone) throws {
    let letter = try Self.letter("wind-posting.md", "graduate-resume.txt", tone, length: .short)
    #expect(
      letter.text.contains("My credentials include the GWO Basic Safety Training Certificate."),
      "\(tone): \(letter.text)")
    #expect(letter.plan.unmetRequirements == ["Valid driver's license"], "\(tone)")
  }

  /// A product two asks name ("an ERP system (SAP …)" and "SAP") is listed once.
  @Test func aListNamesEachSkillOnce() {
    #expect(
      ClaimSafety.distinct(["SAP", "SAP", "Spring", "Spring Boot"]) == ["SAP", "Spring Boot"])
    #expect(ClaimSafety.distinct(["Excel", "excel"]) == ["Excel"])
  }

  /// An ask for years in a field is answered with the dated role in it, citing the role.
  @Test func aYearsAskIsAnsweredWithTheRolesYears() throws {
    let letter = try Self.letter("buyer-posting.txt", "buyer-resume.md")
    let answer =
      "Your posting also asks for 3+ years in purchasing or procurement. I have been a "
      + "Purchasing Coordinator at Hearthside Grocery since 2021."
    #expect(letter.text.contains(answer), "\(letter.text)")
    let tenure = letter.paragraphs.flatMap(\.sentences).first {
      $0.text.hasPrefix("I have been a Purchasing Coordinator")
    }
    #expect(tenure?.sources.contains(.resume("work[0]")) == true)
  }

  /// Roles in the field that fall short of the years asked answer nothing: no letter says
  /// "You ask for 8+ years" before work that does not show them.
  @Test func rolesShortOfTheYearsDoNotAnswer() throws {
    let resume = try ResumeReader.read(
      WriteCase.file("../write-trial19/buyer-resume.md"), today: WriteCase.today
    ).resume
    let asked = { (years: Double) in
      Requirement(
        text: "\(Int(years))+ years in purchasing or procurement", tier: .required,
        years: years, line: 9)
    }
    #expect(FieldYears.roles(for: asked(3), in: resume, today: "2026-12-04") == [0])
    #expect(FieldYears.roles(for: asked(8), in: resume, today: "2026-12-04") == nil)
  }

  /// An industry a role's employer names is met and said plainly, never hedged.
  @Test(arguments: LetterOptions.Tone.allCases)
  func anIndustryTheEmployerNamesIsMet(_ tone: LetterOptions.Tone) throws {
    let text = try Self.letter("buyer-posting.txt", "buyer-resume.md", tone).text
    #expect(
      text.contains(
        "experience in the grocery or food industry, and I work as a Purchasing Coordinator "
          + "at Hearthside Grocery."), "\(tone): \(text)")
    #expect(!text.contains("closest"), "\(tone)")
    #expect(
      SlotValues.requirementPhrase("Outdoor or apparel industry", skills: [])
        == "experience in the outdoor or apparel industry")
  }

  /// A referrer's name typed in small letters is capitalised; one with capitals is kept.
  @Test func aLowercaseNameIsCapitalised() throws {
    let letter = try Self.letter(
      "buyer-posting.txt", "buyer-resume.md", referrer: "imani okafor-bell")
    #expect(letter.text.contains("Imani Okafor-Bell suggested"), "\(letter.text)")
    #expect(TypedName.cased("liam o'brien") == "Liam O'Brien")
    #expect(TypedName.cased("ana de la cruz") == "Ana de la Cruz")
    #expect(TypedName.cased("Ana de la Cruz") == "Ana de la Cruz")
    #expect(TypedName.cased("dr. ravi mckay") == "Dr. Ravi Mckay")
  }
}
