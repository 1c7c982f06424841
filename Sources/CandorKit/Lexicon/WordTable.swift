import Foundation

/// Folded words numbered in the order first seen, so the phrase trie steps on integers: a
/// text's tokens are looked up once each, not once for every trie step that meets them.
///
/// An open-addressing table hashed with FNV-1a over the words' UTF-8 bytes: every process
/// numbers the lexicon's tens of thousands of words at start-up, and `String`'s own hashing
/// (SipHash, with a normalisation check) costs several times more per word.
struct WordTable: Sendable {
  /// Every word, at its number.
  private(set) var words: [String] = []
  /// Word numbers by hash slot; -1 where the slot is free. The count is a power of two
  /// kept at least twice the word count.
  private var slots: [Int32]
  /// The hash of each word, at its number, so growing the table does not hash again.
  private var hashes: [UInt32] = []

  init(capacity: Int) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [Int32](repeating: -1, count: size)
    words.reserveCapacity(capacity)
    hashes.reserveCapacity(capacity)
  }

  var count: Int { words.count }

  /// The number of `word`, or nil when the table does not hold it.
  func number(of word: String) -> Int32? {
    let (slot, found) = find(word, Self.hash(word))
    return found ? slots[slot] : nil
  }

  /// The number of `word`, numbering it next when it is new; hashes the word once.
  mutating func number(adding word: String) -> Int32 {
    let hash = Self.hash(word)
    let (slot, found) = find(word, hash)
    if found { return slots[slot] }
    let fresh = Int32(words.count)
    words.append(word)
    hashes.append(hash)
    slots[slot] = fresh
    if words.count * 2 > slots.count { grow() }
    return fresh
  }

  /// The slot holding `word`, or the free slot where it would go.
  private func find(_ word: String, _ hash: UInt32) -> (slot: Int, found: Bool) {
    let mask = slots.count - 1
    var slot = Int(hash) & mask
    while true {
      let number = slots[slot]
      if number < 0 { return (slot, false) }
      if hashes[Int(number)] == hash, words[Int(number)] == word { return (slot, true) }
      slot = (slot + 1) & mask
    }
  }

  /// Doubles the slots and places every word again by its stored hash.
  private mutating func grow() {
    slots = [Int32](repeating: -1, count: slots.count * 2)
    let mask = slots.count - 1
    for (number, hash) in hashes.enumerated() {
      var slot = Int(hash) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(number)
    }
  }

  /// FNV-1a over the UTF-8 bytes of `word`; a word with other than ASCII bytes is hashed in
  /// its composed form (NFC), so words that `==` calls equal ("é" written as one character or
  /// as "e" and an accent) hash alike, as they do in a `Dictionary`.
  static func hash(_ word: String) -> UInt32 {
    let ascii = word.utf8.withContiguousStorageIfAvailable { bytes in
      var hash: UInt32 = 2_166_136_261
      var high: UInt8 = 0
      for byte in bytes {
        hash = (hash ^ UInt32(byte)) &* 16_777_619
        high |= byte
      }
      return high < 0x80 ? hash : nil
    }
    if let ascii, let hash = ascii { return hash }
    var hash: UInt32 = 2_166_136_261
    for byte in word.precomposedStringWithCanonicalMapping.utf8 {
      hash = (hash ^ UInt32(byte)) &* 16_777_619
    }
    return hash
  }
}
