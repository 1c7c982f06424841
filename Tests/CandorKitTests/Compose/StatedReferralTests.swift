import Testing

@testable import CandorKit

/// A referral the resume states for the posting's company opens the letter without
/// `--referrer`, its name sourced to the resume; one stated for another company, or a
/// reference who merely works there, is never turned into a referral (trial21 P2-20).
@Suite struct StatedReferralTests {
  static let folder = "write/referral-stated"

  static func letter(_ resume: String, _ options: LetterOptions = .init()) throws -> Letter {
    try WriteCase.letter(
      in: folder, posting: "posting.txt", resume: resume, options: options)
  }

  @Test func aReferralToThisCompanyOpensTheLetterFromTheResume() throws {
    let letter = try Self.letter("resume.md")
    #expect(letter.plan.opener == .referral)
    #expect(letter.plan.openerReason.contains("Ines Okafor-Berg"))
    #expect(letter.plan.referrer?.name == "Ines Okafor-Berg")
    #expect(letter.plan.referrer?.source == .resume("basics.summary"))
    let opening = try #require(letter.paragraphs.dropFirst().first?.sentences.first)
    #expect(opening.text.hasPrefix("Ines Okafor-Berg suggested that I write to you"))
    #expect(opening.sources.contains(.resume("basics.summary")))
  }

  @Test func aReferralToAnotherCompanyIsNotUsed() throws {
    let letter = try Self.letter("resume-other-company.md")
    #expect(letter.plan.opener == .match)
    #expect(letter.plan.referrer == nil)
    #expect(!letter.text.contains("Okafor-Berg"))
  }

  @Test func aTypedReferrerWinsOverTheStatedOne() throws {
    let letter = try Self.letter("resume.md", LetterOptions(referrer: "marta quist"))
    #expect(letter.plan.referrer?.name == "Marta Quist")
    #expect(letter.plan.referrer?.source == .option("--referrer"))
    #expect(letter.text.contains("Marta Quist suggested"))
  }

  @Test func theReferralOpenerNeedsNoReferrerWhenTheResumeStatesOne() throws {
    let letter = try Self.letter("resume.md", LetterOptions(opener: .referral))
    #expect(letter.plan.referrer?.name == "Ines Okafor-Berg")
    #expect(throws: CandorError.self) {
      try Self.letter("resume-other-company.md", LetterOptions(opener: .referral))
    }
  }

  @Test(
    arguments: [
      ("Referred by Ines Okafor-Berg, Analytics Lead at Acme.", "Ines Okafor-Berg"),
      ("Referral from Dr. Sam Price (Acme).", "Dr. Sam Price"),
      ("Referral: Jo Ann Lee, Acme", "Jo Ann Lee"),
      ("referred by a friend at Acme", nil),
      ("Referred by Sam.", nil),
    ] as [(String, String?)])
  func theReferrerIsTheCapitalisedNameAfterTheCue(_ sentence: String, _ name: String?) {
    #expect(StatedReferral.referrer(in: sentence) == name)
  }

  @Test func aReferenceAtTheCompanyIsOnlyNamedForANote() throws {
    var resume = Resume()
    var reference = Resume.Reference()
    reference.name = "Nadia Ferreira"
    reference.reference = "Former colleague, now a staff engineer at Tallyfin"
    resume.references = [reference]
    #expect(StatedReferral.find(in: resume, company: "Tallyfin") == nil)
    #expect(StatedReferral.referenceAt("Tallyfin", in: resume) == "Nadia Ferreira")
    #expect(StatedReferral.referenceAt("Quillstone", in: resume) == nil)
  }
}
