import Testing

@testable import CandorKit

/// Letter faults the twentieth trial found (issue #3), on invented inputs
/// (Tests/Fixtures/write-trial20): "One result" before no result, credential notes pasted
/// into names, a degree's detail said as coursework, a forced return opening, and a short
/// letter without the licence the posting requires.
@Suite struct TrialTwentyLetterTests {
  static func letter(
    _ tone: LetterOptions.Tone = .formal, length: LetterOptions.Length = .standard
  ) throws -> Letter {
    var options = LetterOptions(tone: tone)
    options.length = length
    return try WriteCase.letter(
      in: "write-trial20", posting: "vettech-posting.md", resume: "vettech-resume.md",
      options: options)
  }

  /// A measured change is a result; a count of work or an age range is not.
  @Test func aResultIsAMeasuredChange() {
    func item(_ text: String, _ measure: Quantity.Measure) -> Evidence {
      let figure = Quantity(text: "9", value: 9, unit: nil, measure: measure, context: "")
      return Evidence(text: text, path: "work[0]", source: .work, metrics: [figure])
    }
    #expect(EvidenceRanker.isResult(item("Raised satisfaction from 84 to 92", .count)))
    #expect(EvidenceRanker.isResult(item("Cut false positives by 35%", .percent)))
    #expect(!EvidenceRanker.isResult(item("Assisted children aged 3 to 12", .count)))
    #expect(!EvidenceRanker.isResult(item("Resolved about 40 tickets a day", .count)))
  }

  /// "In my work" frames one sentence at most.
  @Test(arguments: LetterOptions.Tone.allCases)
  func noRepeatedFrames(_ tone: LetterOptions.Tone) throws {
    let text = try Self.letter(tone).text
    #expect(text.components(separatedBy: "n my work").count <= 2, "\(tone): \(text)")
  }

  /// A credential is named without its status note, a licence keeps its noun, training is
  /// said as completed, and a degree's detail line is never said as coursework.
  @Test(arguments: LetterOptions.Tone.allCases)
  func credentialsAndDegreeDetailsReadAsEnglish(_ tone: LetterOptions.Tone) throws {
    let text = try Self.letter(tone).text
    #expect(text.contains("Kansas Registered Veterinary Technician License"), "\(tone)")
    for wrong in [
      "(active)", "(completed", "training credential", "RVT-55821", "coursework",
      "; graduated", "include Kansas Registered Veterinary Technician.",
    ] {
      #expect(!text.contains(wrong), "\(tone): \(wrong) in \(text)")
    }
  }

  @Test func credentialNotesAreNoPartOfTheName() {
    #expect(
      CredentialName.cleaned("California PPS Credential, School Counseling (clear)")
        == "California PPS Credential, School Counseling")
    #expect(
      CredentialName.cleaned("Facilitator training (completed during career break)")
        == "Facilitator training")
    #expect(CredentialName.cleaned("Hazmat (H) endorsement") == "Hazmat (H) endorsement")
    #expect(
      CredentialName.cleaned("Ohio Registered Pharmacist, License #03-2-123456")
        == "Ohio Registered Pharmacist License")
    #expect(
      StatementPhrasing.courseStatement("Low-Stress Handling training (completed 2025)")
        == "I completed Low-Stress Handling training.")
    #expect(
      CredentialPhrase("California PPS Credential, School Counseling").object
        == "the California PPS Credential, School Counseling")
    #expect(!StatementPhrasing.isCourseList("640 clinical hours; graduated with a 3.6 GPA"))
    #expect(StatementPhrasing.isCourseList("Pharmacology, Anatomy and Physiology"))
  }

  /// `--opener return` on a resume with no break (a graduate whose internship ended while
  /// they studied) keeps the choice but claims no break.
  @Test(arguments: LetterOptions.Tone.allCases)
  func aForcedReturnClaimsNoBreak(_ tone: LetterOptions.Tone) throws {
    var options = LetterOptions(tone: tone)
    options.opener = .return
    let letter = try WriteCase.letter(
      in: "write-trial19", posting: "wind-posting.md", resume: "graduate-resume.txt",
      options: options)
    #expect(letter.plan.opener == .return)
    #expect(letter.plan.breakSource?.kind == .option)
    #expect(!CareerBreak.isClaimed(in: letter.text), "\(tone): \(letter.text)")
  }

  /// A short letter keeps the licence the posting requires and the resume holds.
  @Test(arguments: LetterOptions.Tone.allCases)
  func aShortLetterKeepsTheRequiredLicence(_ tone: LetterOptions.Tone) throws {
    let text = try Self.letter(tone, length: .short).text
    #expect(text.contains("Kansas Registered Veterinary Technician License"), "\(tone): \(text)")
  }
}
