import Testing

@testable import CandorKit

/// The word table behind the phrase index numbers words as a `[String: Int32]` would.
@Suite struct WordTableTests {
  @Test func wordsAreNumberedInTheOrderFirstSeen() {
    var table = WordTable(capacity: 4)
    #expect(table.number(adding: "data") == 0)
    #expect(table.number(adding: "science") == 1)
    #expect(table.number(adding: "data") == 0)
    #expect(table.number(of: "science") == 1)
    #expect(table.number(of: "sciences") == nil)
    #expect(table.words == ["data", "science"])
  }

  @Test func growingPastItsCapacityKeepsEveryNumber() {
    var table = WordTable(capacity: 1)
    let words = (0..<500).map { "word\($0)" }
    for (number, word) in words.enumerated() {
      #expect(table.number(adding: word) == Int32(number))
    }
    #expect(words.map { table.number(of: $0) } == words.indices.map { Int32($0) })
    #expect(table.count == 500)
  }

  @Test func canonicallyEqualSpellingsShareANumber() {
    var table = WordTable(capacity: 4)
    let composed = "caf\u{E9}"
    let decomposed = "cafe\u{301}"
    let number = table.number(adding: composed)
    #expect(table.number(of: decomposed) == number)
    #expect(table.number(adding: decomposed) == number)
    #expect(table.number(of: "cafe") == nil)
    #expect(table.number(adding: "\u{212A}") == table.number(of: "K"))
  }
}
