import Foundation
import Testing

@testable import CandorKit

/// The thirteenth trial's faults (Tests/Fixtures/write-trial13, a bus driver's resume): a
/// credential line reads as English, a path is told in its tense, a term already shown is
/// not listed again, "also" is said at most twice, and the closing talks about the first
/// duty the resume shows.
@Suite struct TrialThirteenLetterTests {
  static func letter(_ tone: LetterOptions.Tone) throws -> Letter {
    try WriteCase.letter(
      in: "write-trial13", posting: "bus-posting.txt", resume: "bus-resume.txt",
      options: LetterOptions(tone: tone))
  }

  @Test func aLineOfSeveralCredentialsIsSaidAsAList() {
    let phrase = CredentialPhrase(
      "Class B CDL (Oregon), Passenger (P) endorsement, School Bus (S) endorsement")
    #expect(
      phrase.items == [
        "a Class B CDL (Oregon)", "a Passenger (P) endorsement", "a School Bus (S) endorsement",
      ])
    #expect(
      phrase.sentences[1]
        == "I have earned a Class B CDL (Oregon), a Passenger (P) endorsement and a School "
        + "Bus (S) endorsement.")
    #expect(CredentialPhrase("ACLS, PALS").sentences[0] == "My credentials include ACLS and PALS.")
  }

  @Test func aSchoolAfterACommaIsWhereTheCredentialIsFrom() {
    let phrase = CredentialPhrase(
      "Passenger Safety Pre-Apprenticeship, Lane Valley Community College, (40 hours: defensive "
        + "driving)")
    #expect(
      phrase.sentences[0]
        == "My credentials include the Passenger Safety Pre-Apprenticeship from Lane Valley "
        + "Community College (40 hours: defensive driving).")
  }

  @Test func aCredentialsNounTakesItsArticle() {
    #expect(
      CredentialPhrase("DOT medical card").sentences[1]
        == "I have earned a DOT medical card.")
    #expect(
      CredentialPhrase("Oregon Journey Plumber License").sentences[1]
        == "I have earned the Oregon Journey Plumber License.")
    #expect(
      CredentialName.cleaned("Nevada Cosmetology License #CL-20931 (active, renewed)")
        == "Nevada Cosmetology License")
  }

  @Test func aProductWrittenAsOneNameIsListedOnce() {
    #expect(
      JoinedToolNames.joined(["Zonar", "EVIR", "Excel"], in: "logged defects on Zonar EVIR")
        == ["Zonar EVIR", "Excel"])
    #expect(
      JoinedToolNames.joined(["Zonar", "Excel"], in: "Zonar and Excel") == ["Zonar", "Excel"])
  }

  @Test(arguments: LetterOptions.Tone.allCases)
  func credentialsAndToolsReadAsEnglish(_ tone: LetterOptions.Tone) throws {
    let text = try Self.letter(tone).text
    for wrong in [
      "endorsement, School Bus", "from School Bus", "Passenger Safety Pre-Apprenticeship, Lane",
      ", (40 hours", "include DOT medical card", "Forklift certified", "Zonar and EVIR",
    ] {
      #expect(!text.contains(wrong), "\(tone): \(wrong)")
    }
  }

  /// "My resume also shows EVIR" after "Zonar/EVIR" was said: a term shown inside another
  /// name is shown.
  @Test(arguments: LetterOptions.Tone.allCases)
  func aTermShownInsideANameIsNotListedAgain(_ tone: LetterOptions.Tone) throws {
    let text = try Self.letter(tone).text
    #expect(text.components(separatedBy: "EVIR").count - 1 <= 2, "\(tone)")
    #expect(!text.contains("EVIR on my resume") && !text.contains("shows Zonar"), "\(tone)")
  }

  @Test func aPathToldInTimeEndsInThePresentPerfect() throws {
    let text = try Self.letter(.conversational).text
    #expect(
      text.contains(
        "I worked as a Shuttle Driver at Coburg Crossing Resort from 2019 to 2022 and have been "
          + "a School Bus Driver at Willamette Ridge School District since 2022."))
    var resume = Resume()
    var earlier = Resume.Work()
    earlier.name = "Coburg Crossing Resort"
    earlier.position = "Shuttle Driver"
    earlier.startDate = "2017-03"
    earlier.endDate = "2019-06"
    var later = earlier
    later.name = "Fern Hollow Lodge"
    later.startDate = "2019-08"
    later.endDate = "2023-01"
    resume.work = [later, earlier]
    #expect(
      RolePath.told(of: resume)
        == "worked as a Shuttle Driver at Coburg Crossing Resort from 2017 to 2019, then as a "
        + "Shuttle Driver at Fern Hollow Lodge from 2019 to 2023")
  }

  @Test(arguments: LetterOptions.Tone.allCases)
  func alsoIsSaidAtMostTwice(_ tone: LetterOptions.Tone) throws {
    let text = try Self.letter(tone).text
    #expect(text.split(separator: " ").count { $0 == "also" } <= Narrator.alsoLimit, "\(tone)")
    #expect(Narrator.withoutAlso("Your posting also asks for {x}.") == "Your posting asks for {x}.")
  }

  /// The posting lists "safely operate a transit bus" first, which no duty phrase can quote,
  /// and "set up and check the wheelchair lift" second, whose phrase would be the bare
  /// "setting up"; the first the resume shows is the inspections, not "keeping the bus
  /// interior tidy".
  @Test(arguments: LetterOptions.Tone.allCases)
  func theClosingTalksAboutTheFirstDutyTheResumeShows(_ tone: LetterOptions.Tone) throws {
    let letter = try Self.letter(tone)
    #expect(letter.plan.closing.topic == "completing pre-trip and post-trip inspections of the bus")
  }

  @Test func aHyphenatedVerbSharesItsObjectInTheGerund() {
    #expect(
      Verbs.gerundPhrase("Draft and cite-check briefs and memos")
        == "drafting and cite-checking briefs and memos")
  }

  /// "I read with interest that I saw your talk": a hook in the writer's own voice is said
  /// as its own sentence, with its capital and full stop.
  @Test(arguments: LetterOptions.Tone.allCases)
  func aHookInTheWritersVoiceIsItsOwnSentence(_ tone: LetterOptions.Tone) throws {
    var options = LetterOptions(tone: tone)
    options.hook = "i rode your new airport route on its first night"
    let letter = try WriteCase.letter(
      in: "write-trial13", posting: "bus-posting.txt", resume: "bus-resume.txt",
      options: options)
    let opening = letter.paragraphs.first { $0.role == .opening }?.sentences.map(\.text) ?? []
    #expect(opening.contains("I rode your new airport route on its first night."), "\(tone)")
    #expect(!letter.text.contains("that i rode") && !letter.text.contains("that I rode"))
  }

  /// The internal opener names the current role and the new one without the stock "I would
  /// like to be considered for" the reviewer flags as generic.
  @Test(arguments: LetterOptions.Tone.allCases)
  func theInternalOpenerIsNoStockLine(_ tone: LetterOptions.Tone) {
    let bank = PhraseBank.bundled(tone)
    for pattern in bank.opening["internal"] ?? [] {
      var text = pattern
      for slot in PhraseBank.slotNames(in: pattern) {
        text = text.replacingOccurrences(of: "{\(slot)}", with: "Dispatcher")
      }
      let letter = "Dear Ms. Adeyemi,\n\n\(text)\n\nSincerely,\nRuth Calloway\n"
      let review = LetterReviewer().review(text: letter)
      #expect(!review.findings.contains { $0.rule == "generic-opener" }, "\(tone): \(pattern)")
    }
  }
}
