import Foundation
import Testing

@testable import CandorKit

/// Letters that read as written, not stitched (issue 3), on an invented staff accountant
/// (Tests/Fixtures/write-trial16): the credential asked for is answered by the credential
/// held, credentials are said as held, the career span opens the body once, a frame takes no
/// article before a plural, the closing names the posting's work, an absolute result is
/// told, and the no-evidence note leaves out an ask the letter answers.
@Suite struct StitchedLetterTests {
  static func letter(_ tone: LetterOptions.Tone = .formal) throws -> Letter {
    try WriteCase.letter(
      in: "write-trial16", posting: "posting.md", resume: "resume.txt",
      options: LetterOptions(tone: tone))
  }

  static func body(_ letter: Letter) -> [String] {
    letter.paragraphs.filter { $0.role == .body }.flatMap(\.sentences).map(\.text)
  }

  @Test(arguments: [LetterOptions.Tone.formal, .conversational, .confident])
  func theSentenceAfterACredentialAskNamesTheCredentialHeld(_ tone: LetterOptions.Tone) throws {
    let body = Self.body(try Self.letter(tone))
    let ask = try #require(
      body.firstIndex { $0.hasSuffix("QuickBooks Online ProAdvisor certification.") })
    #expect(body[ask + 1] == "My credentials include QuickBooks Online Certified ProAdvisor.")
  }

  @Test func aCredentialIsSaidAsHeldWithItsIssuerAfterItsNoun() throws {
    let sentences = try Self.letter().paragraphs.flatMap(\.sentences).map(\.text)
    #expect(!sentences.contains { $0.hasSuffix("is one of my credentials.") })
    #expect(!sentences.contains { $0.hasBytes("part of my record") })
    // Said with the degree in one sentence (issue #3).
    #expect(
      sentences.contains(
        "I have earned the Certified Payables Associate (CPA-P) credential and an A.A. in"
          + " Business from North Plains College."))
    #expect(
      CredentialPhrase("Associate in Surveying (AIS), The Institutes").sentences[1]
        == "I have earned the Associate in Surveying (AIS) credential from The Institutes.")
  }

  @Test(arguments: [LetterOptions.Tone.formal, .conversational, .confident])
  func theCareerSpanOpensTheBodyOnce(_ tone: LetterOptions.Tone) throws {
    let body = Self.body(try Self.letter(tone))
    let spans = body.filter { $0.hasBytes("since 2022") }
    #expect(spans.count == 1)
    #expect(body.first == spans.first)
    #expect(body.last != spans.first)
  }

  @Test func aPostingPhraseEndingInAPluralTakesNoArticle() throws {
    #expect(
      SlotValues.requirementPhrase("Experience with cost tracking for contractors", skills: [])
        == "cost tracking for contractors")
    #expect(
      SlotValues.requirementPhrase("Credentialed Veterinary Technician", skills: [])
        == "a credentialed veterinary technician")
    #expect(
      Self.body(try Self.letter()).contains(
        "Your posting also prefers cost tracking for contractors."))
  }

  @Test func theClosingNamesWorkThePostingAsksForWhenItListsNoDuties() throws {
    let closing = try #require(try Self.letter().paragraphs.first { $0.role == .closing })
    let step = try #require(closing.sentences.first?.text)
    #expect(step.hasBytes(" cost tracking for contractors"), "\(step)")
    #expect(!closing.text.hasBytes("take on first"))
  }

  @Test func aResultStatedAsZeroIsTold() throws {
    #expect(
      Self.body(try Self.letter()).contains(
        "One of my results at Red River Farm Supply: zero late vendor payments in 2 years."))
  }

  @Test func theNoEvidenceNoteLeavesOutAnAskTheLetterQuotesAnAnswerTo() throws {
    let unmet = try Self.letter().plan.unmetRequirements
    #expect(!unmet.contains("Vendor payment runs and bank reconciliations for several farms"))
    #expect(unmet.contains("2+ years of accounts payable"))
  }
}

/// The no-evidence note keeps an ask for years even when a quote shares two of its words
/// ("a Bachelor of Information Technology" against "5+ years of information technology
/// industry experience").
@Suite struct AnsweredAsksTests {
  @Test func anAskForYearsStaysUnansweredByAQuoteSharingItsWords() throws {
    let posting = try PostingReader.read(
      InputFile(
        name: "posting.md",
        text: """
          # Platform Developer

          Halvard Systems builds billing software.

          ## Requirements
          - 5+ years of information technology industry experience
          - Vendor payment runs for several farms
          """))
    let asks = posting.requirements.map(\.text)
    #expect(asks.count == 2)
    let quotes = [
      LetterSentence(
        "I earned a Bachelor of Information Technology at Dunmore College.",
        sources: [.resume("education[0]")]),
      LetterSentence(
        "At Tallgrass Books, I ran weekly vendor payment runs.",
        sources: [.resume("work[0].highlights[0]")]),
    ]
    let unmet = AnsweredAsks.unanswered(
      asks, in: [LetterParagraph(role: .body, sentences: quotes)], posting: posting)
    #expect(unmet == ["5+ years of information technology industry experience"])
  }
}
