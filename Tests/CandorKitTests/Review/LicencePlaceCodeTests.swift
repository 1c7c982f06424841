import Testing

@testable import CandorKit

/// A state matches its postal code both ways when a letter says where a licence is held:
/// "RN, TX" backs "licensed in Texas", "Texas" backs "licensed in TX", and a code that is
/// also a word ("OR", "MS") counts only where a place is written.
@Suite struct LicencePlaceCodeTests {
  /// Tamsin Okoro's resume (invented): a Texas licence written as the state's code.
  static let codedResume = """
    Tamsin Okoro
    tamsin@example.com

    EXPERIENCE
    Staff Nurse, Juniper Ridge Hospital, 2019 – 2024
    - Cared for 5 patients a shift on a telemetry floor

    LICENSES
    RN, TX #5512093
    """

  /// Callum Reyes's resume (invented): a licence written with the state's name, and "MS"
  /// only as a degree.
  static let namedResume = """
    Callum Reyes
    callum@example.com

    EXPERIENCE
    Staff Nurse, Birchfield Clinic, 2018 – 2024
    - Ran the morning triage line for 4 doctors

    EDUCATION
    MS in Nursing, Coldwater College, 2018

    LICENSES
    Registered Nurse, New Mexico
    """

  static func flagged(_ sentence: String, resume: String) throws -> [String] {
    try UnsupportedClaims.excerpts(letter: sentence, resume: resume, signer: "Tamsin Okoro")
  }

  @Test(arguments: [
    "I am a registered nurse licensed in Texas.",
    "I am licensed in TX, where I cared for 5 patients a shift.",
  ])
  func aStateTheResumeWritesAsItsCodeBacksTheLicence(sentence: String) throws {
    #expect(try Self.flagged(sentence, resume: Self.codedResume).isEmpty)
  }

  @Test func aCodeBacksNoOtherState() throws {
    let flagged = try Self.flagged("I am licensed in Texas and NM.", resume: Self.codedResume)
    #expect(flagged == ["NM"])
  }

  @Test func aStateTheResumeNamesBacksItsCodeInTheLetter() throws {
    #expect(try Self.flagged("I am licensed in NM.", resume: Self.namedResume).isEmpty)
    #expect(try Self.flagged("I am licensed in TX.", resume: Self.namedResume) == ["TX"])
  }

  @Test func aDegreeWrittenLikeAStateCodeBacksNoLicence() throws {
    let flagged = try Self.flagged("I am licensed in Mississippi.", resume: Self.namedResume)
    #expect(flagged == ["Mississippi"])
  }

  @Test(arguments: [
    ("RN, OR", true), ("License: OR", true), ("licensed in OR", true),
    ("BLS OR ACLS", false), ("MS in Nursing", false), ("RN, TX", true), ("TXT files", false),
  ])
  func aCodeThatIsAlsoAWordCountsOnlyInAPlacePosition(text: String, isWritten: Bool) {
    let code = text.contains("TX") ? "TX" : text.contains("MS") ? "MS" : "OR"
    #expect(RegionCodes.writes(code, in: text) == isWritten)
  }

  /// The posting asks for a Texas licence; the resume writes "TX": the letter's "Texas" is
  /// the resume's own, not a name only the posting gives.
  @Test func aStateThePostingNamesIsTheResumesWhenItWritesTheCode() throws {
    let posting = try PostingReader.read(
      InputFile(
        name: "job.md",
        text: "# Charge Nurse at Quarry Lane Hospital\n\n## Requirements\n"
          + "- Active RN license in Texas\n- 3+ years of acute care experience\n"))
    let resume = try ResumeReader.read(InputFile(name: "cv.txt", text: Self.codedResume))
    let letter =
      "Dear Ms. Lane,\n\nI am a registered nurse licensed in Texas. I cared for 5 patients a "
      + "shift at Juniper Ridge Hospital.\n\nSincerely,\nTamsin Okoro\n"
    let findings = LetterReviewer(spellChecker: nil).review(
      text: letter, job: posting, resume: resume
    ).findings.filter { $0.rule == "unsupported-claim" }
    #expect(findings.map(\.excerpt) == [])
  }
}
