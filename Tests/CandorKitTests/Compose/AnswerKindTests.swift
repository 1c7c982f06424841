import Foundation
import Testing

@testable import CandorKit

/// A statement answers a requirement only when it holds the asked thing: a licence that
/// shares "mechanical" and "engineering" with a degree ask is no degree (ninth trial, P1).
@Suite struct AnswerKindTests {
  static func evidence(_ text: String, _ source: Evidence.Source, _ skills: [String])
    -> Evidence
  {
    Evidence(text: text, path: "x", source: source, skills: skills)
  }

  static let licence = evidence(
    "Professional Engineer (PE), Civil, Oregon License", .certificate, ["Professional Engineer"])
  static let degree = evidence(
    "B.S. Civil Engineering, Cascade State University", .education, ["Bachelor's degree"])
  static let work = evidence(
    "Designed culverts for 14 county roads", .work, ["civil engineering"])

  @Test func aDegreeAskIsAnsweredOnlyByADegree() {
    let ask = Requirement(
      text: "B.S. in Civil Engineering from an accredited program", tier: .required,
      skills: ["Bachelor's degree", "civil engineering"], line: 1)
    #expect(!AnswerKind(ask).fits(Self.licence))
    #expect(!AnswerKind(ask).fits(Self.work))
    #expect(AnswerKind(ask).fits(Self.degree))
  }

  @Test func aCredentialAnswersOnlyTheCredentialAskItNames() {
    let licenceAsk = Requirement(
      text: "PE license or ability to obtain within 2 years", tier: .required,
      skills: ["Professional Engineer"], line: 1)
    let skillAsk = Requirement(
      text: "Experience in civil engineering design", tier: .required,
      skills: ["civil engineering"], line: 1)
    let otherCredential = Requirement(
      text: "OSHA 30 certification", tier: .required, skills: ["OSHA"], line: 1)
    #expect(AnswerKind(licenceAsk).fits(Self.licence))
    #expect(!AnswerKind(skillAsk).fits(Self.licence))
    #expect(!AnswerKind(otherCredential).fits(Self.licence))
    #expect(AnswerKind(skillAsk).fits(Self.work))
    // A credential the lexicon lacks is held when the certificate names the ask's core.
    let forklift = Self.evidence("Forklift Operator Certificate", .certificate, [])
    let byWords = Requirement(text: "A forklift certificate", tier: .required, line: 1)
    #expect(AnswerKind(byWords).fits(forklift))
    #expect(!AnswerKind(byWords).fits(Self.licence))
    // A statement that names no credential does not answer a credential ask.
    #expect(!AnswerKind(licenceAsk).fits(Self.work))
  }

  @Test(arguments: LetterOptions.Tone.allCases)
  func aLicenceIsNeverSaidToAnswerADegreeAsk(_ tone: LetterOptions.Tone) throws {
    let text = try WriteCase.letter(
      in: "write-trial11", posting: "hvac-posting.txt", resume: "hvac-resume.txt",
      options: LetterOptions(tone: tone)
    ).text
    for sentence in SentenceSplitter.split(text) where sentence.contains("Professional Engineer") {
      #expect(!sentence.contains("Mechanical Engineering from"), "\(tone): \(sentence)")
    }
    for sentence in SentenceSplitter.split(text) where sentence.contains("B.S. in Mechanical") {
      #expect(!sentence.contains("answers"), "\(tone): \(sentence)")
    }
  }
}

/// "One result from my work: professional Engineer (PE) … is one of my credentials": the
/// level's frame tells of work done, so a credential never fills it above entry level.
@Suite struct LevelEmphasisTests {
  @Test(arguments: LetterOptions.Tone.allCases)
  func theLevelFrameHoldsWorkNotACredential(_ tone: LetterOptions.Tone) throws {
    let letter = try WriteCase.letter(
      in: "write-trial11", posting: "hvac-posting.txt", resume: "hvac-resume.txt",
      options: LetterOptions(tone: tone))
    #expect(letter.plan.level != .entry)
    let source = letter.plan.emphasis?.evidence.source
    let credentials: [Evidence.Source] = [.certificate, .award, .education]
    #expect(!credentials.contains { $0 == source }, "\(tone): \(String(describing: source))")
  }
}
