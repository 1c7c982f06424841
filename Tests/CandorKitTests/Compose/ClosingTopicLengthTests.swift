import Testing

@testable import CandorKit

/// A closing names its piece of work in a few words, never a posting's whole duty with its
/// court, list and bracketed aside (trial21 P2-5).
@Suite struct ClosingTopicLengthTests {
  @Test(arguments: [
    (
      "preparing and serving subpoenas, deposition notices and exhibit lists in county and"
        + " district court (e-filing)", "preparing and serving subpoenas"
    ),
    ("running a design review to choose a new sensor", "running a design review"),
    (
      "building dashboards for your field teams as well as weekly sales reports",
      "building dashboards for your field teams"
    ),
    ("leading the redesign of the checkout flow", "leading the redesign of the checkout flow"),
    (
      "reconciling accounts for loans, deposits and fixed assets",
      "reconciling accounts for loans, deposits and fixed assets"
    ),
  ])
  func aClosingTopicIsBrief(_ duty: String, _ topic: String) {
    #expect(ClosingPlanner.briefTopic(duty) == topic)
  }
}
