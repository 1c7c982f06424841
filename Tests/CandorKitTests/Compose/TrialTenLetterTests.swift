import Testing

@testable import CandorKit

/// Letter faults the tenth round found (issue #3): a record said as a credential, a named
/// course without its article, measured results left out of a short letter, a credential
/// offered as the nearest evidence for an ask about work, and "X is where I" said twice.
@Suite struct TrialTenLetterTests {
  static func letter(_ tone: LetterOptions.Tone) throws -> String {
    try WriteCase.letter(
      in: "write-trial10", posting: "shuttle-posting.txt", resume: "shuttle-resume.txt",
      options: LetterOptions(tone: tone)
    ).text
  }

  @Test func aRatedRecordIsSaidAsTheStatementItIs() {
    #expect(
      CredentialName.recordStatement("Clean driving record (no violations since 2015)")
        == "My driving record is clean, with no violations since 2015.")
    #expect(
      CredentialName.recordStatement("Spotless MVR history (8 years)")
        == "My MVR history is spotless (8 years).")
    #expect(
      CredentialName.recordStatement("Clean background check")
        == "My background check is clean.")
    #expect(CredentialName.recordStatement("Oregon CDL Class B") == nil)
    #expect(CredentialName.recordStatement("First Aid/CPR, 2024") == nil)
  }

  @Test func aSummaryNamingACredentialIsHeldNotBeen() {
    #expect(
      StatementPhrasing.summarySentence("CDL Class B with Passenger (P) endorsement")
        == "I hold CDL Class B with Passenger (P) endorsement.")
    #expect(
      StatementPhrasing.summarySentence("Passenger driver with 9 years on the road")
        == "I am a passenger driver with 9 years on the road.")
  }

  @Test func aNamedCourseTakesItsArticle() {
    #expect(
      ClauseBuilder.firstPerson("Completed Keystone Safe Driving course")
        == "I completed the Keystone Safe Driving course")
    #expect(
      ClauseBuilder.firstPerson("Attended Lakeview Leadership Programme in 2022")
        == "I attended the Lakeview Leadership Programme in 2022")
    #expect(ClauseBuilder.firstPerson("Completed CPR training") == "I completed CPR training")
    #expect(
      ClauseBuilder.firstPerson("Completed a Red Cross course")
        == "I completed a Red Cross course")
  }

  @Test func aResultWithNoVerbIsQuotedAfterItsPlace() {
    let result = Evidence(
      text: "99% on-time pickup rating for 2025 across 2,900 trips",
      path: "work[0].highlights[1]", source: .work, organization: "Pinecrest Village")
    #expect(
      NominalStatement.result(result)
        == "One of my results at Pinecrest Village: 99% on-time pickup rating for 2025 "
        + "across 2,900 trips.")
    let plain = Evidence(
      text: "Delivered parcels daily", path: "work[0].highlights[0]", source: .work,
      organization: "Pinecrest Village")
    #expect(NominalStatement.result(plain) == nil)
  }

  @Test func theWhereFrameIsUsedOnce() {
    var narrator = Narrator()
    narrator.record("Alder Mill is where I ran the night counts.")
    let text = narrator.fill(
      ["{school} is where I studied.", "I studied at {school}."], ["school": "Bay College"],
      variant: 0)
    #expect(text == "I studied at Bay College.")
  }

  @Test(arguments: LetterOptions.Tone.allCases)
  func aShortLetterTellsEveryMeasuredResult(_ tone: LetterOptions.Tone) throws {
    let text = try Self.letter(tone)
    #expect(text.contains("410,000 incident-free miles"), "\(tone)")
    #expect(text.contains("99% on-time pickup rating for 2025 across 2,900 trips"), "\(tone)")
    #expect(text.contains("My driving record is clean, with no violations since 2015."))
    #expect(text.contains("completed the Keystone Safe Driving course"), "\(tone)")
    #expect(!text.contains("Clean driving record (no violations"), "\(tone)")
    let whereFrames =
      text.components(separatedBy: " is where ").count
      + text.components(separatedBy: " is also where ").count - 2
    #expect(whereFrames <= 1, "\(tone)")
  }

  @Test(arguments: LetterOptions.Tone.allCases)
  func aCredentialIsNoNearestEvidenceForWork(_ tone: LetterOptions.Tone) throws {
    let text = try Self.letter(tone)
    #expect(!text.contains("driving record listed among my skills"), "\(tone)")
    #expect(!text.lowercased().contains("nearest evidence"), "\(tone)")
    #expect(!text.contains("closest my resume comes"), "\(tone)")
  }

  @Test func aClosingTopicIsNeverCutInsideAList() {
    #expect(
      ClosingPlanner.shortTopic(
        "owning the month-end close for loans, deposits and fixed assets to meet the "
          + "five-day reporting deadline")
        == "owning the month-end close for loans, deposits and fixed assets")
    #expect(
      ClosingPlanner.shortTopic(
        "drafting, filing and tracking motions in state and federal courts so that "
          + "partners can review them weekly")
        == "drafting, filing and tracking motions in state and federal courts")
    // Outside a list, "and" still ends a long topic.
    #expect(
      ClosingPlanner.shortTopic(
        "training new associates on safety procedures and equipment across both warehouse "
          + "buildings and keeping the daily training logs")
        == "training new associates on safety procedures and equipment across both warehouse "
        + "buildings")
  }

  @Test func aCompanyDescriptionStandsBesideTheName() {
    #expect(
      HookPhrase.namingOnce(
        "Quillfield",
        in: "I am applying to Quillfield, where Quillfield is a two-year-old, "
          + "funded startup.")
        == "I am applying to Quillfield, a two-year-old, funded startup.")
    #expect(
      HookPhrase.namingOnce(
        "Quillfield",
        in: "I am applying to Quillfield, where Quillfield is a startup based in Ames, IA.")
        == "I am applying to Quillfield, a startup based in Ames, IA.")
    // A description with a verb of its own stays a clause.
    #expect(
      HookPhrase.namingOnce(
        "Quillfield",
        in: "I am applying to Quillfield, where Quillfield is a leader and "
          + "hires 40 engineers a year.")
        == "I am applying to Quillfield, where it is a leader and hires 40 engineers a year.")
  }
}
