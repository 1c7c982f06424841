import Testing

@testable import CandorKit

/// Claims told by their frame: the place a licence is held in, what a figure counts
/// ("staff" for "employees"), a figure the writer owns in a plan ("my team of nine"), and an
/// employer after "from" ("my associates from Gantry Freight").
@Suite struct ClaimFrameTests {
  /// Oren Valdacourt's resume (invented): a Minnesota licence and three counts.
  static let resume = """
    Oren Valdacourt
    oren@example.com

    LICENSES
    Professional Engineer (PE), Minnesota, 2018

    EXPERIENCE
    Site Engineer, Halvard Mechanical, 2016 – 2024
    - Supervised 12 employees across two shops
    - Drove 40 passengers on the campus shuttle
    - Logged 300 patient visits at the site clinic
    - Led a team of 9 fitters
    """

  static func flagged(_ sentence: String) throws -> [String] {
    try UnsupportedClaims.excerpts(
      letter: "I worked at Halvard Mechanical. \(sentence)", resume: resume,
      signer: "Oren Valdacourt")
  }

  @Test(arguments: [
    ("I am a licensed PE in Texas and Wisconsin.", ["Texas", "Wisconsin"]),
    ("I hold my PE licence in Minnesota and Ohio.", ["Ohio"]),
    ("I am licensed to practice in Oregon.", ["Oregon"]),
    ("I am also a registered engineer in Iowa.", ["Iowa"]),
  ])
  func aLicencePlaceTheResumeDoesNotGiveIsAnError(sentence: String, excerpts: [String]) throws {
    #expect(try Self.flagged(sentence) == excerpts)
  }

  @Test(arguments: [
    "I am a licensed PE in Minnesota.",
    "I am licensed in Minnesota since 2018.",
    "I am pursuing a PE license in Texas.",
    "I am licensed in Minnesota and worked in Texas.",
    "I hold my PE licence in Minnesota.",
    "I registered 12 employees in Ohio.",
  ])
  func aLicencePlaceTheResumeGivesOrThatIsNoClaimPasses(sentence: String) throws {
    #expect(try Self.flagged(sentence).isEmpty)
  }

  @Test(arguments: [
    "I supervised 12 staff across two shops.",
    "I drove 40 riders on the campus shuttle.",
    "I logged 300 patients at the site clinic.",
    "I supervised 12 workers at Halvard Mechanical.",
  ])
  func aCountOfAnEquivalentNounIsBacked(sentence: String) throws {
    #expect(try Self.flagged(sentence).isEmpty)
  }

  @Test(arguments: [
    ("I supervised 12 hospitals across the state.", ["12"]),
    ("I drove 40 trucks on the campus loop.", ["40"]),
  ])
  func aCountOfAnotherNounIsStillFlagged(sentence: String, excerpts: [String]) throws {
    #expect(try Self.flagged(sentence) == excerpts)
  }

  @Test(arguments: [
    ("I will bring my nineteen fitters to your night shift.", ["nineteen"]),
    ("I will bring my team of nineteen.", ["nineteen"]),
    ("I will bring my 25 associates to the new site.", ["25"]),
  ])
  func aFigureTheWriterOwnsIsCheckedInAPlan(sentence: String, excerpts: [String]) throws {
    #expect(try Self.flagged(sentence) == excerpts)
  }

  @Test(arguments: [
    "I will bring my team of nine to your night shift.",
    "I will call you in 2 days to find a time.",
  ])
  func aPlanWithoutAnUnbackedOwnFigurePasses(sentence: String) throws {
    #expect(try Self.flagged(sentence).isEmpty)
  }

  @Test(arguments: [
    ("My associates from Gantry Freight taught me cross-docking.", ["Gantry Freight"]),
    ("My old crew from Pellham Steel still calls me.", ["Pellham Steel"]),
  ])
  func anEmployerAfterFromIsChecked(sentence: String, excerpts: [String]) throws {
    #expect(try Self.flagged(sentence) == excerpts)
  }

  @Test(arguments: [
    "My colleagues from Halvard Mechanical taught me brazing.",
    "I moved here from Denver in 2016.",
    "I took a call from Dana Holt about the shuttle.",
  ])
  func aNameAfterFromThatIsNoUnbackedEmployerPasses(sentence: String) throws {
    #expect(try Self.flagged(sentence).isEmpty)
  }
}
