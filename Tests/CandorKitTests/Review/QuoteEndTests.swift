import Testing

@testable import CandorKit

/// A finding's quote ends at a clause mark, never at the comma inside a number (fourth trial).
@Suite struct QuoteEndTests {
  @Test(arguments: [
    ("I have placed 1,200 sealants and I am certified in laser therapy.", "placed 1,200"),
    ("Your tool for 30,000 bakeries is why I am applying.", "for 30,000 bakeries"),
  ])
  func aQuoteNeverEndsInsideANumber(_ body: String, _ kept: String) {
    let review = LetterReviewer(spellChecker: nil).review(text: body + "\n")
    let quotes = review.findings.filter { $0.line == 1 && $0.column == 1 }.map(\.excerpt)
    #expect(!quotes.isEmpty)
    #expect(quotes.allSatisfy { $0.contains(kept) }, "\(quotes)")
  }
}
