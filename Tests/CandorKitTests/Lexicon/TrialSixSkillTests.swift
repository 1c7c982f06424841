import Testing

@testable import CandorKit

/// Words the sixth new-user trial of 2026-12-05 read as skills: a short acronym outside its
/// field, a town that shares a product's name, a building named in passing.
@Suite struct TrialSixSkillTests {
  static func terms(_ text: String) -> Set<String> {
    Set(Lexicon.standard.matches(in: text).map(\.term))
  }

  @Test(arguments: [
    "Led the grade-level PLC of 4 teachers",
    "Skills: 2023 NEC, blueprint reading, conduit bending, motor controls, PLC basics",
    "Aurora, CO 80012 • 720-555-0193",
    "Installed 2,000 feet of EMT conduit for a cold-storage warehouse",
    "We distributed 31 million pounds of food last year. Our campaign will fund a new "
      + "cold-storage warehouse in York County.",
  ])
  func aWordOutsideItsFieldIsNoSkill(_ text: String) {
    let wrong: Set<String> = ["PLC programming", "Amazon Aurora", "warehouse operations"]
    #expect(Self.terms(text).isDisjoint(with: wrong), "\(Self.terms(text))")
  }

  @Test(arguments: [
    ("Programmed Allen-Bradley PLCs and HMI screens for 3 lines", "PLC programming"),
    ("Troubleshot PLC faults on the packaging machines", "PLC programming"),
    ("Migrated 40 databases to Aurora, RDS and DynamoDB", "Amazon Aurora"),
    ("Picked and packed orders in a 200,000 sq ft warehouse", "warehouse operations"),
  ])
  func theSameWordInItsFieldIsStillASkill(text: String, term: String) {
    #expect(Self.terms(text).contains(term), "\(Self.terms(text))")
  }
}
