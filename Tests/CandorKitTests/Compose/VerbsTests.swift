import Testing

@testable import CandorKit

/// The -ing forms the composer builds when it frames a posting's duties.
@Suite struct VerbsTests {
  @Test(
    arguments: [
      ("refer", "referring"), ("plan", "planning"), ("scan", "scanning"), ("cut", "cutting"),
      ("admit", "admitting"), ("control", "controlling"), ("audit", "auditing"),
      ("visit", "visiting"), ("lead", "leading"), ("make", "making"), ("see", "seeing"),
      ("fix", "fixing"), ("own", "owning"), ("answer", "answering"), ("offer", "offering"),
    ])
  func gerundDoublesOnlyAStressedFinalConsonant(_ verb: String, _ expected: String) {
    #expect(Verbs.gerund(verb) == expected)
  }

  @Test func aDutyStartingWithReferReadsAsReferring() {
    #expect(
      Verbs.gerundPhrase("Refer difficult cases to a senior technician")
        == "referring difficult cases to a senior technician")
  }
}
