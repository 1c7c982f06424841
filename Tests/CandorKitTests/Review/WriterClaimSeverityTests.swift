import Testing

@testable import CandorKit

/// Claims the writer makes about their own past are errors when the resume lacks them: a
/// title they say they held, more years of experience than the resume's dates give, a
/// figure or name copied from the posting into their own work, and "our" results at a past
/// employer. The same words about the job ahead or the reader's side stay allowed.
@Suite struct WriterClaimSeverityTests {
  /// Idris Calloway's resume (invented): two dated teaching roles, about four years.
  static let resume = """
    Idris Calloway
    idris@example.com

    EXPERIENCE
    Classroom Teacher, Wrenfield Elementary, 2020 – 2024
    - Raised grade 3 reading scores 14% with small-group phonics
    - Taught 24 students a year
    Teaching Assistant, Wrenfield Elementary, 2019 – 2020
    - Ran the after-school homework club
    """

  /// A Lead Teacher posting at Brambleway Academy (invented) with its own figures and names.
  static let posting = """
    # Lead Teacher – Brambleway Academy

    Brambleway Academy runs a 40-seat reading lab and the Lanternlight phonics program.

    ## Requirements
    - 3+ years of classroom teaching
    - Experience coaching other teachers
    - Grades kept in PowerSchool
    """

  static func findings(_ sentence: String) throws -> [String: Severity] {
    let job = try PostingReader.read(InputFile(name: "job.md", text: posting))
    let cv = try ResumeReader.read(InputFile(name: "cv.txt", text: resume))
    let letter =
      "Dear Ms. Lane,\n\nAt Wrenfield Elementary I taught 24 students a year. \(sentence)"
      + "\n\nSincerely,\nIdris Calloway\n"
    let found = LetterReviewer(spellChecker: nil).review(text: letter, job: job, resume: cv)
      .findings.filter { $0.rule == "unsupported-claim" }
    return Dictionary(found.map { ($0.excerpt, $0.severity) }, uniquingKeysWith: { a, _ in a })
  }

  @Test(arguments: [
    "As Lead Teacher at Wrenfield Elementary, I coached four new teachers.",
    "I was Lead Teacher at Wrenfield Elementary.",
    "As a Lead Teacher, I planned the phonics block.",
  ])
  func aTitleTheWriterSaysTheyHeldIsAnErrorEvenWhenThePostingNamesIt(sentence: String) throws {
    #expect(try Self.findings(sentence)["Lead Teacher"] == .error)
  }

  @Test(arguments: [
    "I would join your staff as Lead Teacher.",
    "I am eager to grow as a Lead Teacher in your Lead Teacher role.",
    "As Lead Teacher, I would coach your newest staff first.",
    "As Classroom Teacher at Wrenfield Elementary, I ran small groups.",
  ])
  func theJobAheadOrAHeldTitleTheResumeShowsPasses(sentence: String) throws {
    #expect(try Self.findings(sentence)["Lead Teacher"] == nil)
    #expect(try Self.findings(sentence)["Classroom Teacher"] == nil)
  }

  @Test(arguments: [
    ("I bring 10 years of classroom experience.", "10 years"),
    ("I have nine years in elementary classrooms.", "nine years"),
    ("I spent 8 years teaching reading.", "8 years"),
  ])
  func yearsOfExperienceBeyondTheResumesDatesAreAnError(sentence: String, excerpt: String)
    throws
  {
    #expect(try Self.findings(sentence) == [excerpt: .error])
  }

  @Test(arguments: [
    "I bring 5 years of classroom experience.",
    "I have over 4 years of experience.",
    "I bring four years of experience.",
  ])
  func yearsTheDatesAllowPass(sentence: String) throws {
    #expect(try Self.findings(sentence).isEmpty)
  }

  @Test func aSpanThatIsNoExperienceStaysAWarning() throws {
    // "reading" would read as work done ("10 years of teaching"): a noun keeps it a span.
    #expect(try Self.findings("I charted 10 years of rainfall data.") == ["10 years": .warning])
  }

  @Test(arguments: [
    ("I ran a 40-seat reading lab.", "40"),
    ("I ran a 40-seat reading lab like the one you describe.", "40"),
    ("I trained teachers in Lanternlight, which you use.", "Lanternlight"),
    ("I kept grades in PowerSchool, as your school does.", "PowerSchool"),
  ])
  func aFigureOrNameOnlyThePostingGivesIsAnErrorInTheWritersOwnWork(
    sentence: String, excerpt: String
  ) throws {
    #expect(try Self.findings(sentence) == [excerpt: .error])
  }

  @Test(arguments: [
    "I read about your 40-seat reading lab.",
    "Your 40-seat reading lab and Lanternlight caught my eye.",
    "I am eager to learn PowerSchool, which you use.",
  ])
  func thePostingsFiguresAndNamesPassInASentenceAboutTheReader(sentence: String) throws {
    #expect(try Self.findings(sentence).isEmpty)
  }

  @Test(arguments: [
    ("Our team raised reading scores 30%.", "30%"),
    ("Our 40-seat lab was always full.", "40"),
    ("Our grade team of 6 teachers met weekly.", "6"),
  ])
  func anOurResultAtAPastEmployerIsCheckedLikeAnIClaim(sentence: String, excerpt: String)
    throws
  {
    #expect(try Self.findings(sentence) == [excerpt: .error])
  }

  @Test func anOurSentenceAboutTheJobAheadPasses() throws {
    #expect(try Self.findings("Our work together on your 40-seat lab would start in May.").isEmpty)
  }
}

/// A credential or programme the writer is working toward is not claimed (the twelfth
/// trial's "I am preparing for the PE exam this spring" was an error capping a good letter).
@Suite struct PendingNameTests {
  @Test(arguments: [
    "I am preparing for Lanternlight training this spring.",
    "I am studying for the Lanternlight certificate.",
  ])
  func aNameTheWriterWorksTowardIsNoClaim(sentence: String) throws {
    #expect(try WriterClaimSeverityTests.findings(sentence)["Lanternlight"] == nil)
  }

  @Test func aNameTheWriterSaysTheyHoldIsStillAnError() throws {
    let found = try WriterClaimSeverityTests.findings(
      "I taught the Lanternlight program for years.")
    #expect(found["Lanternlight"] == .error)
  }
}

/// A credential the writer says they hold is checked even when the sentence goes on to the
/// reader (the twelfth trial's invented "Board Certified Pharmacotherapy Specialist (BCPS)
/// …, so your MTM patients would be in practised hands" passed unflagged).
@Suite struct HeldCredentialTests {
  @Test func aCredentialSaidHeldInASentenceAboutTheReaderIsChecked() throws {
    let found = try WriterClaimSeverityTests.findings(
      "I am a Board Certified Pharmacotherapy Specialist, so your students would be in good hands.")
    #expect(found["Board Certified Pharmacotherapy Specialist"] == .error)
  }

  @Test func theCredentialsTheReaderAsksForBeforeTheClaimAreNotTheWritersClaim() throws {
    let found = try WriterClaimSeverityTests.findings(
      "You ask for a BCPS credential, and I am glad to say your posting fits my path.")
    #expect(found["BCPS"] == nil)
  }
}

/// A number that names a credential's level is checked: "OSHA 30" is not backed by a resume
/// holding OSHA 10 (twelfth trial).
@Suite struct CredentialLevelTests {
  static func errors(_ sentence: String) throws -> [String] {
    let cv = try ResumeReader.read(
      InputFile(
        name: "cv.txt",
        text: "Ravi Mendes\nravi@example.com\n\nEXPERIENCE\nHVAC Installer, Cold Creek Air, "
          + "2019 – 2024\n- Installed 210 heat pumps\n\nCERTIFICATIONS\nOSHA 10\nEPA 608\n"))
    let letter = "Dear Ms. Ott,\n\n\(sentence)\n\nSincerely,\nRavi Mendes\n"
    return LetterReviewer(spellChecker: nil).review(text: letter, job: nil, resume: cv)
      .findings.filter { $0.rule == "unsupported-claim" && $0.severity == .error }
      .map(\.excerpt)
  }

  @Test func aHigherLevelThanTheResumeShowsIsAnError() throws {
    #expect(try Self.errors("I hold OSHA 30 and EPA 608 certification.") == ["OSHA 30"])
  }

  @Test func theLevelTheResumeShowsPasses() throws {
    #expect(try Self.errors("I hold OSHA 10 and EPA 608 certification.").isEmpty)
  }
}
