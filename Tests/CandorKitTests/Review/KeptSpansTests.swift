import Testing

@testable import CandorKit

/// One rule's findings keep the first and longest of overlapping spans, and a repeat of a
/// kept span only when its message differs; spans that touch without sharing text both stay.
@Suite struct KeptSpansTests {
  static let text = "Ferran led the Quillmoor rollout and cut costs by 12%."

  /// Spans offered in order (offset and length in `text`, message) and whether each is kept.
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var offers: [(offset: Int, length: Int, message: String)]
    var kept: [Bool]
    var testDescription: String { name }
  }

  static let cases = [
    Case(
      name: "inside or across a kept span",
      offers: [(0, 20, "a"), (5, 5, "b"), (19, 10, "c"), (20, 5, "d")],
      kept: [true, false, false, true]),
    Case(
      name: "the same span with another message",
      offers: [(4, 6, "too vague"), (4, 6, "too vague"), (4, 6, "used 3 times"), (8, 4, "x")],
      kept: [true, false, true, false]),
    Case(
      name: "an empty span overlaps nothing",
      offers: [(0, 20, "a"), (10, 0, "b"), (10, 0, "b")], kept: [true, true, false]),
  ]

  @Test(arguments: cases)
  func keepsOnlySpansNoKeptSpanTakes(_ sample: Case) {
    var spans = KeptSpans()
    let kept = sample.offers.map { offer in
      let start = Self.text.index(Self.text.startIndex, offsetBy: offer.offset)
      return spans.keep(start..<Self.text.index(start, offsetBy: offer.length), offer.message)
    }
    #expect(kept == sample.kept)
  }
}
