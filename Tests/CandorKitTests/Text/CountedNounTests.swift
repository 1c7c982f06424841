import Testing

@testable import CandorKit

/// What a figure measures when a plural noun follows it or a unit is joined to it by a
/// hyphen (trial21 P2-16).
@Suite struct CountedNounTests {
  static func measure(_ text: String, of number: Double) -> Quantity.Measure? {
    QuantityExtractor.quantities(in: text).first { $0.value == number }?.measure
  }

  @Test func aPluralNounAfterTheNumberIsWhatItCountsNotAnEarlierWord() {
    #expect(Self.measure("Drafted bid packages for 31 culvert projects", of: 31) == .count)
    #expect(Self.measure("Shipped 40 orders a day", of: 40) == .transactions)
    #expect(Self.measure("Our team of 30 lab specialists runs tests", of: 30) == .teamSize)
  }

  @Test func aNumberJoinedToAUnitOfTimeIsASpanNotACount() {
    #expect(Self.measure("Cut 60-day staff turnover from 30% to 12%", of: 60) == .time)
    #expect(Self.measure("Cut 60-day staff turnover from 30% to 12%", of: 30) == .percent)
  }
}
