import Testing

@testable import CandorKit

/// A fault the thirteenth trial found in the return opener (issue #3): it said a renewed
/// licence was "completed" "since then", with its bracketed note pasted in.
@Suite struct TrialThirteenReturnTests {
  @Test(arguments: LetterOptions.Tone.allCases)
  func aReturnOpenerSaysARenewedLicenceWasRenewedDuringTheBreak(_ tone: LetterOptions.Tone)
    throws
  {
    let letter = try WriteCase.letter(
      in: "write-trial13", posting: "ems-posting.md", resume: "ems-resume.txt",
      options: LetterOptions(tone: tone, opener: .return))
    let opening = letter.paragraphs.first { $0.role == .opening }?.text ?? ""
    // The licence renewed in 2025 fills the time since the last role, so the resume shows
    // no break: the forced return opening claims none (trial 20, N2-1).
    #expect(!opening.contains("During my break"))
    #expect(!letter.text.contains("Since then"))
    #expect(!opening.contains("(current"))
  }
}

/// A summary that opens on a credential held by a person with years of work ("CPA with
/// four years of …") says who the writer is, not what they hold.
@Suite struct CredentialedPersonSummaryTests {
  @Test(arguments: [
    ("CPA with four years of payroll and tax work", "I am a CPA with four years of payroll"),
    ("RN with 6 years of ICU experience", "I am an RN with 6 years of ICU experience."),
  ])
  func aCredentialWithYearsIsAPerson(_ summary: String, _ start: String) {
    #expect(StatementPhrasing.summarySentence(summary)?.hasPrefix(start) == true)
  }

  @Test func aCredentialWithEndorsementsIsStillHeld() {
    #expect(
      StatementPhrasing.summarySentence("CDL Class A with Tanker (N) endorsement")
        == "I hold CDL Class A with Tanker (N) endorsement.")
  }
}

/// A JSON Resume skill group's name labels its keywords ("Tools": Salesforce, Zendesk) and
/// is never listed as a skill itself; a name that is a skill ("Python": Django) is.
@Suite struct SkillGroupLabelTests {
  @Test func aGroupsLabelIsNotListedAsASkill() throws {
    let resume = try ResumeReader.read(
      InputFile(
        name: "resume.json",
        text: """
          {"basics": {"name": "Wren Adair"},
           "work": [{"name": "Loomfield", "position": "Support Lead", "startDate": "2021-02",
             "highlights": ["Answered 70 tickets a day in Zendesk"]}],
           "skills": [{"name": "Tools", "keywords": ["Salesforce", "Intercom"]},
                      {"name": "Software", "keywords": ["Excel"]},
                      {"name": "Python", "keywords": ["Django"]}]}
          """))
    let posting = try PostingReader.read(
      InputFile(
        name: "posting.md",
        text: "# Support Lead — Quillon\n\nQuillon is hiring.\n\n## Requirements\n- Zendesk\n"))
    let letter = try LetterWriter.write(
      posting: posting, resume: resume, options: LetterOptions(), today: "2026-12-04")
    #expect(letter.plan.listedSkills == ["Salesforce", "Intercom", "Excel", "Python", "Django"])
  }
}
