import Testing

@testable import CandorKit

/// Letter faults trial25 found in Candor's own letters (issue #3): asks quoted back with a
/// glued item, a colon list or both of two alternatives; a pending credential listed as
/// held; a verbless fragment after a semicolon; a frame that calls a plain statement a
/// result; and a title that names the company twice.
@Suite struct TrialTwentyFiveLetterTests {
  @Test func aColonListOfExamplesIsQuotedInBrackets() {
    #expect(
      SlotValues.requirementPhrase(
        "Experience with offline-first apps: Service Workers, IndexedDB", skills: [])
        == "experience with offline-first apps (Service Workers and IndexedDB)")
  }

  @Test func aPreferredLastItemIsAWishNotAGluedItem() {
    #expect(
      SlotValues.requirementPhrase("2+ years of acute care experience, ICU preferred", skills: [])
        == "2+ years of acute care experience, ideally ICU")
    // A list of short names keeps its "and".
    #expect(SlotValues.requirementPhrase("SQL, Python preferred", skills: []) == "SQL and Python")
  }

  @Test func credentialsOfferedAsAChoiceAreJoinedWithOr() {
    #expect(
      SlotValues.coveredPhrase(
        ["RN license", "compact license"],
        offeredIn: "Active Minnesota RN license (or compact license)")
        == "an RN license or a compact license")
    #expect(
      SlotValues.coveredPhrase(["BLS", "ACLS"], offeredIn: "BLS and ACLS certification")
        == "BLS and ACLS")
  }

  @Test func aPendingCredentialIsSaidAsNotYetHeld() {
    #expect(
      PendingCredential.statement("CPA-eligible (passed AUD and FAR)")
        == "I am CPA-eligible (passed AUD and FAR).")
    #expect(
      PendingCredential.statement("SHRM-CP candidate (exam scheduled March 2027)")
        == "I am working toward the SHRM-CP.")
    #expect(PendingCredential.statement("PMP in progress") == "I am working toward the PMP.")
    #expect(PendingCredential.statement("Registered Nurse, Wisconsin") == nil)
  }

  @Test func aVerblessPartAfterASemicolonIsAnAside() {
    #expect(
      ClauseBuilder.firstPerson("Charted in Epic; super-user for the 2020 Epic upgrade")
        == "I charted in Epic (super-user for the 2020 Epic upgrade)")
    let clause =
      "I prepared schedules for the annual audit; the 2023 audit closed with no adjustments"
    #expect(SemicolonTail.bracketed(clause) == clause)
  }

  @Test func aTitleThatNamesTheCompanyNamesItOnce() {
    #expect(
      RoleName.forProse("Senior Software Engineer, Tendermint", company: "Tendermint")
        == "Senior Software Engineer")
    #expect(
      RoleName.forProse("Frontend Engineer, Trip Planner", company: "Harrowgate Maps")
        == "Frontend Engineer, Trip Planner")
  }

  /// A mid-level letter's "One result I can point to:" stands before a measured change only.
  @Test func onlyAMeasuredChangeIsCalledAResult() throws {
    let posting = try PostingReader.read(
      InputFile(
        name: "posting.md",
        text: "# Test Engineer\n\nBrightwell Labs\n\n## Requirements\n"
          + "- 3+ years of test automation in Python\n- Experience with CI pipelines\n"))
    let resume = try ResumeReader.read(
      InputFile(
        name: "cv.txt",
        text: "Mara Quill\nmara@example.org\n\nEXPERIENCE\nTest Engineer, Oakfield Devices\n"
          + "March 2021 - Present\n- Wrote Python test suites for 3 product lines\n"
          + "- Built a test rig in Python that runs 220 tests per commit\n"
          + "- Set up CI pipelines in GitHub Actions for 4 teams\n"),
      today: WriteCase.today)
    for tone in LetterOptions.Tone.allCases {
      var options = LetterOptions()
      options.tone = tone
      options.level = .mid
      let letter = try LetterWriter.write(
        posting: posting, resume: resume, options: options, today: "2026-12-05")
      for frame in ["One result I can point to", "One result stands out"] {
        #expect(!letter.text.contains(frame), "\(tone): \(letter.text)")
      }
    }
  }
}

extension TrialTwentyFiveLetterTests {
  /// A credential the posting asks for that the summary gives as pending is said as pending,
  /// never listed as held.
  @Test func aPendingCredentialTheAskNamesIsSaidAsPending() throws {
    let posting = try PostingReader.read(
      InputFile(
        name: "posting.md",
        text: "# HR Generalist\n\nCopperline Foods\n\n## Requirements\n"
          + "- 2+ years of HR experience\n- SHRM-CP or PHR (or working toward it)\n"))
    let resume = try ResumeReader.read(
      InputFile(
        name: "cv.txt",
        text: "Ines Varga\nines@example.org\n\nSUMMARY\nHR assistant for 3 years. "
          + "SHRM-CP candidate (exam scheduled May 2027).\n\nEXPERIENCE\n"
          + "HR Assistant, Tallow Creek Dairy\nMay 2022 - Present\n"
          + "- Onboarded 80 seasonal hires a year\n"),
      today: WriteCase.today)
    let letter = try LetterWriter.write(
      posting: posting, resume: resume, options: .init(), today: "2026-12-05")
    #expect(letter.text.contains("I am working toward the SHRM-CP."), "\(letter.text)")
    #expect(!letter.text.contains("include SHRM-CP"), "\(letter.text)")
  }
}
