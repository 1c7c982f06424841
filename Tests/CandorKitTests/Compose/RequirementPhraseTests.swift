import Testing

@testable import CandorKit

/// A requirement line read after "You ask for": a noun phrase, whatever verb or modal the
/// posting opened it with (the eleventh trial's "You ask for must pass …").
@Suite struct RequirementPhraseTests {
  @Test(arguments: [
    (
      "Must pass DOT physical and drug screen", "the ability to pass a DOT physical and drug screen"
    ),
    ("Must be able to lift 50 lb", "the ability to lift 50 lb"),
    ("Able to work weekends and holidays", "the ability to work weekends and holidays"),
    ("Must hold a valid Class A CDL", "a valid Class A CDL"),
    ("Expert in Adobe Illustrator and InDesign", "expertise in Adobe Illustrator and InDesign"),
    ("Knowledge of Medicare and Medicaid benefits", "knowledge of Medicare and Medicaid benefits"),
    ("Must be bondable", "bondable"),
  ])
  func aRequirementReadsAsANounPhrase(_ line: String, _ phrase: String) {
    #expect(SlotValues.requirementPhrase(line, skills: []) == phrase)
  }
}
