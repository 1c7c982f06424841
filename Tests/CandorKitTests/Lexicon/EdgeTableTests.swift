import Testing

@testable import CandorKit

/// The trie's edge table keeps what a `[UInt64: Int32]` would.
@Suite struct EdgeTableTests {
  @Test func storedEdgesAreFoundAndOthersAreNot() {
    var table = EdgeTable(capacity: 2)
    table[PhraseIndex.edge(3, 7)] = 12
    table[PhraseIndex.edge(7, 3)] = 13
    #expect(table[PhraseIndex.edge(3, 7)] == 12)
    #expect(table[PhraseIndex.edge(7, 3)] == 13)
    #expect(table[PhraseIndex.edge(3, 8)] == nil)
    table[PhraseIndex.edge(3, 7)] = 20
    #expect(table[PhraseIndex.edge(3, 7)] == 20)
    #expect(table.count == 2)
  }

  @Test func growingKeepsEveryEdgeAndListsThemAll() {
    var table = EdgeTable()
    var expected: [String] = []
    for parent in 1...60 {
      for word in Int32(0)..<20 {
        table[PhraseIndex.edge(parent, word)] = Int32(parent * 100) + word
        expected.append("\(parent) \(word) \(parent * 100 + Int(word))")
      }
    }
    #expect(table.count == 1_200)
    #expect(table[PhraseIndex.edge(42, 19)] == 4_219)
    let listed = table.edges.map { "\($0.parent) \($0.word) \($0.child)" }
    #expect(listed.sorted() == expected.sorted())
  }
}
