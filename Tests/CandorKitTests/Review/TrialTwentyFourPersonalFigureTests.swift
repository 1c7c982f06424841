import Testing

@testable import CandorKit

/// Faults trial 24 found in `candor review` (issue #4): the writer's age and years at home
/// read as claims about work. Dana Whitlock's resume (`InventedFacts`) covers about 9 years.
@Suite struct TrialTwentyFourPersonalFigureTests {
  @Test(arguments: [
    "I started writing test scripts at the age of twelve.",
    "I fixed my first radio when I was nine.",
    "Denver has been my home for twenty years.",
    "I have lived in Denver for the past twenty years.",
  ])
  func anAgeOrYearsAtHomeIsNoClaim(sentence: String) throws {
    #expect(try InventedFacts.claims(sentence) == [:])
  }

  @Test func yearsOfWorkBeyondTheResumeAreStillChecked() throws {
    let claims = try InventedFacts.claims("I have tested software for twenty years.")
    #expect(claims.keys.contains("twenty years"))
  }
}
