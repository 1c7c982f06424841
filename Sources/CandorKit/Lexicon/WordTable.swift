/// Folded words numbered in the order first seen, so the phrase trie steps on integers: a
/// text's tokens are looked up once each, not once for every trie step that meets them.
struct WordTable: Sendable {
  private var numbers: [String: Int32] = [:]
  /// Every word, at its number.
  private(set) var words: [String] = []

  init(capacity: Int) {
    numbers.reserveCapacity(capacity)
    words.reserveCapacity(capacity)
  }

  var count: Int { words.count }

  /// The number of `word`, or nil when the table does not hold it.
  func number(of word: String) -> Int32? { numbers[word] }

  /// The number of `word`, numbering it next when it is new; hashes the word once.
  mutating func number(adding word: String) -> Int32 {
    let fresh = Int32(words.count)
    let number = Self.stored(&numbers[word, default: fresh])
    if number == fresh { words.append(word) }
    return number
  }

  /// The value in `slot`. Passed `numbers[word, default: fresh]`, it finds the number or
  /// stores `fresh`.
  private static func stored(_ slot: inout Int32) -> Int32 { slot }
}
