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

  /// Field verbs outside software (pharmacy, care, kitchens, trades) open resume bullets too;
  /// a bullet the composer cannot say in the first person is never quoted at all.
  @Test(
    arguments: [
      ("Fill 280 prescriptions per shift in RxPilot", "I fill 280 prescriptions per shift"),
      ("Bathe and reposition 12 residents each shift", "I bathe and reposition 12 residents"),
      ("Sanitize prep stations between 3 lunch services", "I sanitize prep stations"),
      ("Wire 40-amp circuits for EV chargers", "I wire 40-amp circuits"),
      ("Upsell service plans to 1 in 4 walk-in customers", "I upsell service plans"),
      ("Proofread 30 briefs a month for two partners", "I proofread 30 briefs"),
      ("Fills 40 orders an hour", "I fill 40 orders an hour"),
    ])
  func aFieldVerbBulletIsSaidInTheFirstPerson(_ bullet: String, _ start: String) {
    #expect(ClauseBuilder.firstPerson(bullet)?.hasPrefix(start) == true)
  }

  @Test func aBulletOpeningWithANounIsNotMadeAVerb() {
    #expect(ClauseBuilder.firstPerson("Pharmacy operations for a 24-hour store") == nil)
  }
}
