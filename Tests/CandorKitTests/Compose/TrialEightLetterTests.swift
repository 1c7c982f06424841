import Foundation
import Testing

@testable import CandorKit

/// Letter faults the eighth trial found in non-software fields (issue #3): verbs of two
/// forms in one statement, credentials said without an article or with their status and
/// number, a language the resume is written in called missing, and a listed skill that names
/// an ask's core called a near miss.
@Suite struct TrialEightLetterTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Fixtures/write-trial8").standardized

  static func letter(_ name: String, _ options: LetterOptions = .init()) throws -> Letter {
    try WriteCase.letter(
      in: "write-trial8", posting: name + "-posting.txt", resume: name + "-resume.txt",
      options: options)
  }

  static func resume(_ name: String) throws -> ParsedResume {
    try ResumeReader.read(
      InputFile.read(folder.appendingPathComponent(name).path), today: WriteCase.today)
  }

  @Test func verbsJoinedToAGerundTakeItsForm() throws {
    #expect(
      ClauseBuilder.firstPerson("Delivering safety briefings to a crew and enforce lockout rules")
        == "I have been delivering safety briefings to a crew and enforcing lockout rules")
    #expect(
      ClauseBuilder.firstPerson("Coaching new hires and patrol the loading dock at night")
        == "I have been coaching new hires and patrolling the loading dock at night")
    #expect(
      ClauseBuilder.firstPerson("Greeting visitors and escort contractors to the server room")
        == "I have been greeting visitors and escorting contractors to the server room")
    // A noun after "and" stays a noun.
    #expect(
      ClauseBuilder.firstPerson("Providing help and support for 40 tenants")
        == "I have been providing help and support for 40 tenants")
    let text = try Self.letter("electrician").text
    #expect(text.contains("delivering safety briefings to a crew of 4 and enforcing lockout"))
    #expect(!text.contains("and enforce lockout"))
  }

  @Test func aCredentialIsNamedWithoutItsStatusOrNumber() {
    #expect(CredentialName.cleaned("CPR — current") == "CPR")
    #expect(CredentialName.cleaned("BLS (active)") == "BLS")
    #expect(
      CredentialName.cleaned("Registered Nurse, Washington License #RN-448812")
        == "Registered Nurse, Washington License")
    #expect(CredentialName.cleaned("Master Plumber License No. 20417") == "Master Plumber License")
    #expect(CredentialName.cleaned("OSHA 30 Construction") == "OSHA 30 Construction")
    #expect(
      CredentialName.cleaned("Certified Public Accountant, Idaho, license no. 30415-002")
        == "Certified Public Accountant, Idaho")
  }

  @Test(arguments: LetterOptions.Tone.allCases)
  func credentialSentencesReadAsEnglish(_ tone: LetterOptions.Tone) throws {
    let text = try Self.letter("nurse", LetterOptions(tone: tone)).text
    for wrong in ["#RN-448812", "448812", "— current", "I hold BLS", "experience with BLS"] {
      #expect(!text.contains(wrong), "\(tone): \(wrong)")
    }
    let holds = text.split(separator: ".").filter { $0.contains("I hold ") }
    #expect(holds.allSatisfy { $0.contains("I hold the ") }, "\(tone): \(holds)")
  }

  @Test func iHoldGivesACredentialItsArticleAndNoun() throws {
    let evidence = Evidence(
      text: "Dementia Care Specialist", path: "certificates[0].name", source: .certificate)
    let sentences = StatementPhrasing.credentialSentences(for: evidence)
    #expect(sentences?.last == "I hold the Dementia Care Specialist credential.")
    let licence = Evidence(
      text: "Idaho Dental Hygiene License", path: "certificates[1].name", source: .certificate)
    #expect(
      StatementPhrasing.credentialSentences(for: licence)?.last
        == "I hold the Idaho Dental Hygiene License.")
  }

  /// A place or issuer after a comma stays after the credential's noun, so the reviewer
  /// never reads "Oregon credential" as a credential the resume lacks.
  @Test func iHoldKeepsAPlaceAfterTheCredentialsNoun() throws {
    let permit = Evidence(
      text: "Nitrous Oxide Sedation Permit, Oregon", path: "certificates[0].name",
      source: .certificate)
    #expect(
      StatementPhrasing.credentialSentences(for: permit)?.last
        == "I hold the Nitrous Oxide Sedation Permit, Oregon.")
    let cpr = Evidence(
      text: "CPR, American Heart Association", path: "certificates[1].name", source: .certificate)
    #expect(
      StatementPhrasing.credentialSentences(for: cpr)?.last
        == "I hold the CPR credential from American Heart Association.")
  }

  @Test func aResumeWrittenInEnglishHoldsWrittenEnglish() throws {
    let posting = try PostingReader.read(
      InputFile.read(Self.folder.appendingPathComponent("nurse-posting.txt").path))
    let full = try Self.resume("nurse-resume.txt")
    // The same resume without its Languages section.
    let source = try String(
      contentsOf: Self.folder.appendingPathComponent("nurse-resume.txt"), encoding: .utf8)
    let cut = source.components(separatedBy: "\nLanguages")[0]
    let unlisted = try ResumeReader.read(
      InputFile(name: "nurse.txt", text: cut), today: WriteCase.today)
    #expect(unlisted.resume.languages.isEmpty)
    for resume in [full, unlisted] {
      let letter = try LetterWriter.write(
        posting: posting, resume: resume, options: .init(), today: "2026-12-04")
      #expect(!letter.plan.unmetRequirements.contains { $0.contains("English") })
      #expect(!letter.text.contains("written English"))
    }
    #expect(HeldSkills.terms(of: posting, in: unlisted).contains("English"))
    #expect(!HeldSkills.terms(of: posting, in: unlisted).contains("Spanish"))
  }

  @Test(arguments: LetterOptions.Tone.allCases)
  func aListedSkillNamingTheAsksCoreIsHeldNotANearMiss(_ tone: LetterOptions.Tone) throws {
    let text = try Self.letter("electrician", LetterOptions(tone: tone)).text
    #expect(!text.contains("Fall protection training"), "\(tone)")
    let held = HeldCertificate.heldWords(of: try Self.resume("electrician-resume.txt"))
    #expect(HeldCertificate.holds("Fall protection training", in: held))
    #expect(HeldCertificate.holds("Current fall protection certification", in: held))
    #expect(!HeldCertificate.holds("Confined space training", in: held))
    #expect(!HeldCertificate.holds("OSHA 10 card", in: held))
  }

  @Test func aNumberedCredentialMatchesOnlyAsWholeTokens() throws {
    let resume = try Self.resume("electrician-resume.txt")
    let text = { "osha 100 safety orientation" }
    #expect(HeldSpelling.spelling("OSHA 10", of: "OSHA", in: resume, resumeText: text) != "OSHA 10")
    #expect(
      HeldSpelling.spelling("OSHA 100", of: "OSHA", in: resume, resumeText: text) == "OSHA 100")
    #expect(
      HeldSpelling.spelling("OSHA 10", of: "OSHA", in: resume) { "osha 10, forklift" }
        == "OSHA 10")
    let letter = try Self.letter("electrician")
    let claims = letter.text.split(separator: ".").filter {
      $0.contains("OSHA 10 ") && !$0.contains("ask") && !$0.contains("need")
        && !$0.contains("looking for") && !$0.contains("mention")
    }
    #expect(claims.isEmpty, "\(claims)")
  }

  @Test func aHyphenatedSkillIsListedLikeAnyOther() throws {
    let letter = try Self.letter("security")
    #expect(letter.plan.listedSkills.contains("de-escalation"))
  }

  @Test func aListedSkillInSentenceCaseIsLoweredInsideASentence() throws {
    #expect(RequirementCase.listed("Report writing") == "report writing")
    #expect(RequirementCase.listed("Customer service") == "customer service")
    #expect(RequirementCase.listed("Fall Protection") == "Fall Protection")
    #expect(RequirementCase.listed("IT skills") == "IT skills")
    #expect(RequirementCase.listed("Dentrix") == "Dentrix")
    #expect(RequirementCase.listed("Excel reporting") == "Excel reporting")
    let text = try Self.letter("security").text
    #expect(!text.contains("the Report writing"))
  }

  @Test(arguments: LetterOptions.Tone.allCases)
  func theClosingKeepsToTheNextStepAndCoverageJoinsTheEvidence(_ tone: LetterOptions.Tone)
    throws
  {
    let letter = try Self.letter("electrician", LetterOptions(tone: tone))
    let closing = try #require(letter.paragraphs.first { $0.role == .closing })
    #expect(!closing.text.contains("NEC"), "\(tone): \(closing.text)")
    #expect(closing.wordCount <= 30, "\(tone): \(closing.text)")
    let body = letter.paragraphs.filter { $0.role == .body }.map(\.text).joined(separator: " ")
    #expect(body.contains("NEC"), "\(tone)")
  }

  @Test func aSingleLicenceOrCardAskedForTakesAnArticle() throws {
    let phrase = { SlotValues.requirementPhrase($0, skills: []) }
    #expect(phrase("Active Washington RN license") == "an active Washington RN license")
    #expect(phrase("OSHA 10 card") == "an OSHA 10 card")
    #expect(phrase("Colorado security guard license") == "a Colorado security guard license")
    #expect(phrase("A valid driver's license") == "a valid driver's license")
    #expect(phrase("Current BLS certification") == "current BLS certification")
    #expect(phrase("CDL or forklift license") == "CDL or forklift license")
    #expect(
      phrase("Valid California Multiple Subject Teaching Credential")
        == "a valid California Multiple Subject Teaching Credential")
    #expect(phrase("Food handler certificate") == "a food handler certificate")
    let text = try Self.letter("nurse").text
    #expect(text.contains("You ask for an active Washington RN license."))
  }
}
