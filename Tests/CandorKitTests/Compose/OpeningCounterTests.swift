import Testing

@testable import CandorKit

/// The frame limits a candidate text is checked against, counting the text's own frames.
@Suite struct OpeningCounterTests {
  @Test func aFrameAllowedTwiceIsRefusedTheThirdTime() {
    var counter = OpeningCounter()
    counter.record("At Larkspur, I built the ledger.")
    #expect(counter.allows("At Brightline, I ran the audits."))
    counter.record("At Brightline, I ran the audits.")
    #expect(!counter.allows("At Norvale, I kept the books.", inARow: false))
  }

  @Test func aTextRepeatingAFrameItselfCountsEachSentence() {
    var counter = OpeningCounter()
    counter.record("At Larkspur, I built the ledger.")
    #expect(!counter.allows("At Norvale, I kept the books. At Tamsin, I filed the returns."))
    #expect(OpeningCounter().allows("At Norvale, I kept the books. At Tamsin, I filed it."))
  }

  @Test func aFormulaOpensOneSentenceAtMost() {
    var counter = OpeningCounter()
    #expect(!counter.allows("Your posting asks for SQL. Your posting asks for Excel."))
    counter.record("Your posting asks for SQL.")
    #expect(!counter.allows("Your posting also asks for Excel."))
    #expect(counter.allows("You need a driver with a clean record."))
  }

  @Test func aThirdSentenceInARowWithOneOpeningWordIsRefused() {
    var counter = OpeningCounter()
    counter.record("I built the ledger for the team.")
    counter.record("I also ran the audits each month.")
    #expect(!counter.allows("I kept the books for two firms."))
    #expect(counter.allows("I kept the books for two firms.", inARow: false))
  }
}
