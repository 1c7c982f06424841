import Testing

@testable import CandorKit

/// The emergency number names a service, not an amount: "911 dispatch" holds no metric,
/// while a count beside it still does.
@Suite struct EmergencyNumberTests {
  @Test(arguments: [
    "Covered 911 dispatch on weekends", "Two years of 911 ALS service", "911 backup for the county",
  ])
  func theEmergencyNumberIsNoQuantity(text: String) {
    #expect(QuantityExtractor.quantities(in: text).isEmpty)
  }

  @Test func aCountBesideItIsStillOne() {
    let found = QuantityExtractor.quantities(in: "Answered 912 calls a month on the 911 line")
    #expect(found.map(\.value) == [912])
  }
}
