import Testing

@testable import CandorKit

/// Claims the twenty-first and twenty-second trials found `review` misread (issue #4): a
/// credential named after "I am a" or joined to "-certified", a credential the resume
/// words in another order, a team the writer never led, and a higher rank of the posting's
/// title.
@Suite struct TrialTwentyThreeClaimTests {
  /// An invented court-reporting resume: a certificate whose approval stands after the
  /// school, a tool, and no role that leads anyone.
  static let resume = """
    # Nell Farrow
    nell@example.com

    ## Education
    **Court Reporting Certificate**, Fenwick Valley College (NCRA-approved) — May 2025

    ## Experience
    ### Transcription Intern — Ostrander County Courts
    June 2024 – April 2025
    - Transcribed 40 hearings in Eclipse CAT under judicial supervision

    ## Skills
    Eclipse CAT, realtime captioning
    """

  static let posting = """
    # Court Reporter — Halvard & Penn

    Halvard & Penn · Dayton, OH

    ## Requirements
    - Court reporting certificate
    - Registered Professional Reporter (RPR) preferred
    """

  static func findings(_ sentence: String, resume: String = resume) throws -> [Finding] {
    let parsed = try ResumeReader.read(InputFile(name: "cv.md", text: resume))
    let job = try PostingReader.read(InputFile(name: "job.md", text: Self.posting))
    let letter =
      "Dear Ms. Lane,\n\nI transcribed 40 hearings at Ostrander County Courts. \(sentence)\n\n"
      + "Sincerely,\nNell Farrow\n"
    // The file's own text, as `candor review` passes it.
    return LetterReviewer(spellChecker: nil).review(
      text: letter, job: job, resume: parsed, resumeSource: resume
    ).findings
  }

  static func claims(_ sentence: String, resume: String = resume) throws -> [Finding] {
    try findings(sentence, resume: resume).filter { $0.rule == "unsupported-claim" }
  }

  @Test(arguments: [
    ("I am an Envision Sustainability Professional.", "Envision Sustainability Professional"),
    ("I am also a Certified Legal Video Specialist.", "Certified Legal Video Specialist"),
    ("I am a Registered Professional Reporter.", "Registered Professional Reporter"),
    ("I am NVRA-certified and work fast.", "NVRA-certified"),
    ("I am Eclipse-certified as a trainer.", "Eclipse-certified"),
    ("As a CART-licensed captioner I caption live.", "CART-licensed"),
  ])
  func aCredentialNamedWithoutACredentialNounIsAnError(sentence: String, quote: String) throws {
    let found = try Self.claims(sentence)
    #expect(found.map(\.severity) == [.error])
    // A name that reads as a title too ("Registered Professional Reporter") may be found
    // as either; both are the same error.
    #expect(found.first?.message.hasPrefix("check '\(quote)': your resume does not show") == true)
  }

  @Test(arguments: [
    "I am a Transcription Intern at heart.",
    "I am a Court Reporting Certificate holder from Fenwick Valley College.",
    "I am a fast and accurate writer.",
    "I am preparing to become a Registered Professional Reporter.",
  ])
  func aHeldOrPlainNameAfterIAmIsNoInventedCredential(sentence: String) throws {
    #expect(try Self.claims(sentence).isEmpty)
  }

  @Test(arguments: [
    "I hold an NCRA-approved court reporting certificate from Fenwick Valley College.",
    "I earned an NCRA-approved certificate in court reporting.",
    "My court reporting certificate is NCRA-approved.",
  ])
  func aCredentialTheResumeWordsInAnotherOrderIsShown(sentence: String) throws {
    #expect(try Self.claims(sentence).isEmpty)
  }

  @Test func aCredentialWithAWordTheResumeLacksIsStillAnError() throws {
    let found = try Self.claims("I hold an NCRA-approved stenography certificate.")
    #expect(found.map(\.severity) == [.error])
    #expect(found.first?.message.contains("stenography certificate") == true)
  }

  @Test(arguments: [
    ("I led the firm's e-discovery team.", "led the firm's e-discovery team"),
    ("I managed the transcription staff for a year.", "managed the transcription staff"),
    ("At Ostrander I supervised a crew of scopists.", "supervised a crew"),
    ("I headed the captioning unit.", "headed the captioning unit"),
  ])
  func leadingPeopleTheResumeNeverShowsIsAnError(sentence: String, quote: String) throws {
    let found = try Self.claims(sentence)
    #expect(found.map(\.severity) == [.error])
    #expect(
      found.first?.message
        == "check '\(quote)': your resume shows no team you led, managed or supervised")
  }

  @Test func eachTeamClaimedInOneSentenceIsAFinding() throws {
    let found = try Self.claims("I headed the intake unit and managed the discovery staff.")
    #expect(found.map(\.excerpt) == ["headed the intake unit", "managed the discovery staff"])
  }

  @Test(arguments: [
    "I led training for the support team.",
    "I led the move to realtime captioning.",
    "I managed 40 hearings in Eclipse CAT.",
    "I would like to lead your team one day.",
  ])
  func leadingWorkOrAWishIsNoLeadershipClaim(sentence: String) throws {
    #expect(try Self.claims(sentence).isEmpty)
  }

  @Test func aResumeThatShowsLeadingBacksTheClaim() throws {
    let led = Self.resume.replacingOccurrences(
      of: "- Transcribed 40", with: "- Team lead for three scopists\n- Transcribed 40")
    #expect(try Self.claims("I led the scoping team.", resume: led).isEmpty)
  }

  @Test(arguments: [
    ("I am applying for the Senior Court Reporter position.", "Senior Court Reporter"),
    ("I want the Lead Court Reporter role at Halvard & Penn.", "Lead Court Reporter"),
  ])
  func aHigherRankOfThePostingsTitleIsAWrongRole(sentence: String, quote: String) throws {
    let found = try Self.findings(sentence).filter { $0.rule == "wrong-role" }
    #expect(found.map(\.severity) == [.error])
    #expect(found.first?.message == "replace '\(quote)' with 'Court Reporter', the posting's title")
  }

  @Test func thePostingsOwnTitleIsNoWrongRole() throws {
    let found = try Self.findings("I am applying for the Court Reporter position.")
    #expect(!found.contains { $0.rule == "wrong-role" })
  }
}

/// One list of words says a credential is not held yet, for the resume reader and the review.
@Suite struct PendingWordListTests {
  @Test(arguments: ["studying", "eligible", "pending", "candidate"])
  func aCredentialBesideAPendingWordIsNoSkillTheResumeHolds(word: String) throws {
    let text =
      "Rue Amsel\nrue@example.com\n\nEXPERIENCE\nClerk, Amsel Books, 2020 – 2024\n\n"
      + "CERTIFICATIONS\nPMP (\(word), exam May 2027)\n"
    let parsed = try ResumeReader.read(InputFile(name: "cv.txt", text: text))
    #expect(!parsed.skills.contains { $0.term == "PMP" })
  }
}
