/// The trie's edges below the root, (parent, word number) → child, in an open-addressing
/// table with a multiplicative hash: a `Dictionary` runs SipHash for every key, and the
/// index looks an edge up for every step of every scan and makes thousands at start-up.
struct EdgeTable: Sendable {
  /// The edge keys by slot; `empty` where the slot is free. The count is a power of two
  /// kept at least twice the edge count.
  private var keys: [UInt64]
  /// The child at each slot.
  private var values: [Int32]
  private(set) var count = 0

  /// No edge has this key: parents are node numbers far below 2³² − 1.
  private static let empty = UInt64.max

  init(capacity: Int = 0) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    keys = [UInt64](repeating: Self.empty, count: size)
    values = [Int32](repeating: -1, count: size)
  }

  /// The child along edge `key`, or nil; setting stores or replaces it (edges are never
  /// removed, so setting nil does nothing).
  subscript(key: UInt64) -> Int32? {
    get {
      let slot = find(key)
      return keys[slot] == key ? values[slot] : nil
    }
    set {
      guard let newValue else { return }
      let slot = find(key)
      if keys[slot] != key {
        keys[slot] = key
        count += 1
      }
      values[slot] = newValue
      if count * 2 > keys.count { grow() }
    }
  }

  /// Every edge as (parent, word number, child), in no particular order; a key holds the
  /// parent in its high half and the word number in its low half (``PhraseIndex/edge``).
  var edges: [(parent: Int, word: Int32, child: Int)] {
    pairs.map { (Int($0.key >> 32), Int32(truncatingIfNeeded: $0.key), Int($0.value)) }
  }

  private var pairs: [(key: UInt64, value: Int32)] {
    keys.indices.filter { keys[$0] != Self.empty }.map { (keys[$0], values[$0]) }
  }

  /// The slot holding `key`, or the free slot where it would go.
  private func find(_ key: UInt64) -> Int {
    let mask = keys.count - 1
    var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    while keys[slot] != key && keys[slot] != Self.empty { slot = (slot + 1) & mask }
    return slot
  }

  /// Doubles the slots and places every edge again.
  private mutating func grow() {
    let old = pairs
    keys = [UInt64](repeating: Self.empty, count: keys.count * 2)
    values = [Int32](repeating: -1, count: keys.count)
    for (key, value) in old {
      let slot = find(key)
      (keys[slot], values[slot]) = (key, value)
    }
  }
}
