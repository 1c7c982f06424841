import Foundation
import Testing

@testable import CandorKit

/// Letter faults the sixth trial found (issue #3): a credential of the same family said as
/// held, tools the lexicon lacks called near misses, false missing-evidence notes, and
/// slips of punctuation and phrasing.
@Suite struct TrialSixLetterTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Fixtures/write-trial6").standardized

  static func letter(_ posting: String, _ resume: String, _ options: LetterOptions = .init())
    throws -> Letter
  {
    try WriteCase.letter(in: "write-trial6", posting: posting, resume: resume, options: options)
  }

  static func resume(_ name: String) throws -> ParsedResume {
    try ResumeReader.read(
      InputFile.read(folder.appendingPathComponent(name).path), today: WriteCase.today)
  }

  @Test func aNumberedCredentialIsNamedAsTheResumeHoldsItNotAsThePostingAsks() throws {
    let resume = try Self.resume("roofer-resume.txt")
    #expect(HeldSpelling.spelling("OSHA 10 card", of: "OSHA 10", in: resume) == "OSHA 30")
    #expect(HeldSpelling.spelling("OSHA 10", of: "OSHA 10", in: resume) == "OSHA 30")
    #expect(
      HeldSpelling.spelling("OSHA 30", of: "OSHA", in: resume) { "osha 30 construction" }
        == "OSHA 30")
    #expect(
      HeldSpelling.spelling("2021 IBC", of: "IBC", in: resume) { "2021 ibc, tpo" }
        == "2021 IBC")
    #expect(HeldSpelling.spelling("TPO", of: "TPO", in: resume) == "TPO")
  }

  @Test func aLevelThePostingAsksIsNamedOnlyWhenTheResumeStatesIt() throws {
    let resume = try Self.resume("roofer-resume.txt")
    #expect(HeldSpelling.spelling("Advanced Excel", of: "Excel", in: resume) == "Excel")
    #expect(HeldSpelling.spelling("fluent Spanish", of: "Spanish", in: resume) == "Spanish")
    #expect(
      HeldSpelling.spelling("Advanced Excel", of: "Excel", in: resume) { "advanced excel, tpo" }
        == "Advanced Excel")
    #expect(HeldSpelling.spelling("Microsoft Excel", of: "Excel", in: resume) == "Microsoft Excel")
  }

  @Test(arguments: [LetterOptions.Length.standard, .short])
  func noLetterClaimsTheCardThePostingAsksForInsteadOfTheOneHeld(_ length: LetterOptions.Length)
    throws
  {
    for tone in LetterOptions.Tone.allCases {
      let options = LetterOptions(tone: tone, length: length)
      let text = try Self.letter("roofer-posting.txt", "roofer-resume.txt", options).text
      let claims = text.split(separator: ".").filter {
        $0.contains("OSHA 10") && !$0.contains("ask") && !$0.contains("looking for")
          && !$0.contains("need")
      }
      #expect(claims.isEmpty, "\(tone) \(length): \(claims)")
      #expect(text.contains("OSHA 30"))
    }
  }

  @Test func aToolTheLexiconLacksListedAsSkillIsHeldNotANearMiss() throws {
    let letter = try Self.letter("gifts-posting.txt", "gifts-resume.txt")
    #expect(!letter.plan.unmetRequirements.contains { $0.contains("Bloomerang") })
    #expect(!letter.text.contains("closest"))
    #expect(letter.text.contains("My resume also shows fundraising and Bloomerang"))
  }

  @Test func aHigherDegreeInAnyFieldMeetsAnAskThatAcceptsARelatedField() throws {
    let letter = try Self.letter("gifts-posting.txt", "gifts-resume.txt")
    #expect(!letter.plan.unmetRequirements.contains { $0.contains("Master's") })
    let ask = DegreeRequirement.ask(
      in: "Master's degree in biology, museum studies or a related field")
    #expect(ask?.level == 3)
    #expect(ask?.field == nil)
  }

  @Test func storeTitlesMeetYearsOfRetailManagement() throws {
    let letter = try Self.letter("store-posting.txt", "store-resume.txt")
    #expect(!letter.plan.unmetRequirements.contains { $0.contains("retail management") })
  }

  @Test func aCertificateNamingTheFieldMeetsACertificationAskedByFieldAlone() throws {
    let letter = try Self.letter("store-posting.txt", "store-resume.txt")
    #expect(letter.plan.unmetRequirements == [])
    let resume = try Self.resume("store-resume.txt")
    #expect(HeldCertificate.isMet("forklift certification", by: resume))
    let roofer = try Self.resume("roofer-resume.txt")
    #expect(!HeldCertificate.isMet("forklift certification", by: roofer))
  }

  @Test func yearsAtAnEmployerNamedForOneOfTheOfferedFieldsMeetTheAsk() throws {
    let letter = try Self.letter("freight-posting.txt", "freight-resume.txt")
    #expect(letter.plan.unmetRequirements == [])
  }

  @Test func aSentenceEndingOnACompanyNameWithAFullStopHasOneFullStop() throws {
    let text = try Self.letter("store-posting.txt", "store-resume.txt").text
    #expect(text.contains("Store Manager position at Pinecrest Outdoor Supply Co.\n"))
    #expect(!text.contains(".."))
  }

  @Test(arguments: [
    ("I applied at Brightwire Electric Co..", "I applied at Brightwire Electric Co."),
    ("Acme Inc.. I", "Acme Inc. I"),
    ("Ed Park Jr..", "Ed Park Jr."),
    ("Wait... then", "Wait... then"),
    ("No change.", "No change."),
  ])
  func aDoubledFullStopIsMadeOneAndAnEllipsisKept(_ text: String, _ expected: String) {
    #expect(LetterSentence(text).text == expected)
  }

  @Test(arguments: [
    ("OSHA 30 a plus", "OSHA 30"),
    ("Bilingual Spanish preferred", "bilingual Spanish"),
    ("Forklift certification is a bonus", "forklift certification"),
    ("Grant writing experience nice to have", "grant writing experience"),
    ("Bluebeam Revu required", "Bluebeam Revu"),
  ])
  func aQuotedRequirementLeavesThePostingsCueWordsOut(_ line: String, _ quoted: String) {
    #expect(SlotValues.requirementPhrase(line, skills: []) == quoted)
  }
}
