/// Literal phrases found in one pass over the text, ignoring case.
///
/// A byte-level scan indexed by each phrase's first byte: much faster than a regular
/// expression with one alternative per phrase, or one string search per phrase.
///
/// A class, so that a copy (a `Pattern`'s required phrases, read for every line) shares its
/// tables with one reference instead of retaining each of them.
final class PhraseSet: Sendable {
  private let phrases: [String]
  /// Every phrase's bytes, one phrase after another.
  private let phraseBytes: [UInt8]
  /// The phrases grouped by first byte, each group in the order given, except that a
  /// group with a block in `pairStarts` is ordered by second byte (stably, so phrases that
  /// can match at one place keep their order).
  private let entries: [Entry]
  /// For each first byte `b`, where its phrases are in `entries` and how to narrow them.
  private let groups: [Group]
  /// Per block, 257 offsets into its group: the phrases whose second byte is `s` are
  /// `pairStarts[block * 257 + s]..<pairStarts[block * 257 + s + 1]` after the group's start.
  private let pairStarts: [UInt16]
  /// The byte pairs that may open a phrase, as bits (see ``OpeningPairs``): most places in
  /// a text open none, and one bit test says so.
  private let openingPairs: OpeningPairs
  /// The number of the list each phrase came from, for ``distinctCounts(in:)``.
  private let listOf: [Int]
  private let listCount: Int

  /// One phrase: its number in `phrases`, where its bytes are in `phraseBytes`, and whether
  /// it needs a non-letter, non-digit character (or the text's edge) on both sides.
  private struct Entry: Sendable {
    var index: Int
    var start: Int
    var count: Int
    var wholeWords: Bool
  }

  /// The phrases of one first byte: `entries[lower..<upper]`.
  private struct Group: Sendable {
    var lower: Int32
    var upper: Int32
    /// The group's block in `pairStarts`, or -1 when it is read whole (a small group, or
    /// one holding a one-byte phrase).
    var block: Int32
    /// True when every phrase of the group needs whole words, so it is skipped in a word.
    var wholeWords: Bool
  }

  /// Groups this large or larger are split by second byte; smaller ones are read whole.
  private static let blockThreshold = 4

  convenience init(_ phrases: [String], wholeWords: Bool = false) {
    self.init(lists: [(phrases, wholeWords)])
  }

  /// Several lists scanned together, so one pass over a text answers for all of them.
  init(lists: [(phrases: [String], wholeWords: Bool)]) {
    let phrases = lists.flatMap { $0.phrases.map { $0.lowercased() } }
    self.phrases = phrases
    listOf = lists.enumerated().flatMap { Array(repeating: $0.offset, count: $0.element.0.count) }
    listCount = lists.count
    let wholeWords = lists.flatMap { Array(repeating: $0.wholeWords, count: $0.phrases.count) }
    var groups: [[Entry]] = Array(repeating: [], count: 256)
    var bytes: [UInt8] = []
    for (index, phrase) in phrases.enumerated() {
      guard let first = phrase.utf8.first else { continue }
      groups[Int(first)].append(
        Entry(
          index: index, start: bytes.count, count: phrase.utf8.count,
          wholeWords: wholeWords[index]))
      bytes += phrase.utf8
    }
    var blockOf = [Int32](repeating: -1, count: 256)
    var pairStarts: [UInt16] = []
    for first in groups.indices where Self.splitsBySecondByte(groups[first]) {
      let group = groups[first]
      var counts = [Int](repeating: 0, count: 256)
      for entry in group { counts[Int(bytes[entry.start + 1])] += 1 }
      blockOf[first] = Int32(pairStarts.count / 257)
      pairStarts += counts.reduce(into: [UInt16(0)]) { $0.append($0.last! + UInt16($1)) }
      // Stable: equal second bytes keep the order given.
      groups[first] = (0..<256).flatMap { second in
        group.filter { bytes[$0.start + 1] == UInt8(second) }
      }
    }
    phraseBytes = bytes
    entries = groups.flatMap { $0 }
    var lower: Int32 = 0
    self.groups = groups.indices.map { first in
      let group = groups[first]
      defer { lower += Int32(group.count) }
      return Group(
        lower: lower, upper: lower + Int32(group.count), block: blockOf[first],
        wholeWords: !group.isEmpty && group.allSatisfy(\.wholeWords))
    }
    self.pairStarts = pairStarts
    openingPairs = OpeningPairs(phrases)
  }

  /// True when `group` is large enough to split by second byte and every phrase has one.
  private static func splitsBySecondByte(_ group: [Entry]) -> Bool {
    group.count >= blockThreshold && group.count <= Int(UInt16.max)
      && group.allSatisfy { $0.count >= 2 }
  }

  func matches(_ text: String) -> Bool {
    var found = false
    scan(text) { _, _ in
      found = true
      return false
    }
    return found
  }

  /// True when `text` opens with one of the phrases.
  func opens(_ text: String) -> Bool {
    var found = false
    scan(text, onlyAtStart: true) { _, _ in
      found = true
      return false
    }
    return found
  }

  /// How many different phrases occur in `text`.
  func distinctCount(in text: String) -> Int {
    var seen = Set<Int>()
    scan(text) { index, _ in
      seen.insert(index)
      return true
    }
    return seen.count
  }

  /// For each list given to ``init(lists:)``, how many of its different phrases occur in
  /// `text`: one pass instead of one per list.
  func distinctCounts(in text: String) -> [Int] {
    var seen = [Bool](repeating: false, count: phrases.count)
    var counts = [Int](repeating: 0, count: listCount)
    scan(text) { index, _ in
      if !seen[index] {
        seen[index] = true
        counts[listOf[index]] += 1
      }
      return true
    }
    return counts
  }

  /// The phrase that occurs first in `text`, lowercased.
  func first(in text: String) -> String? {
    var found: String?
    scan(text) { index, _ in
      found = phrases[index]
      return false
    }
    return found
  }

  /// Calls `visit` with each phrase found and its byte offset, in text order, until it
  /// returns false; with `onlyAtStart`, the phrases at offset 0 only. ASCII letters are
  /// folded to lowercase as they are read.
  private func scan(
    _ text: String, onlyAtStart: Bool = false, _ visit: (Int, Int) -> Bool
  ) {
    let scanned: Void? = text.utf8.withContiguousStorageIfAvailable {
      scan($0, onlyAtStart: onlyAtStart, visit)
    }
    if scanned == nil {
      Array(text.utf8).withUnsafeBufferPointer { scan($0, onlyAtStart: onlyAtStart, visit) }
    }
  }

  private func scan(
    _ text: UnsafeBufferPointer<UInt8>, onlyAtStart: Bool, _ visit: (Int, Int) -> Bool
  ) {
    phraseBytes.withUnsafeBufferPointer { phraseBytes in
      entries.withUnsafeBufferPointer { entries in
        groups.withUnsafeBufferPointer { groups in
          pairStarts.withUnsafeBufferPointer { pairStarts in
            openingPairs.bits.withUnsafeBufferPointer { pairBits in
              let tables = Tables(
                bytes: phraseBytes, entries: entries, groups: groups, pairStarts: pairStarts,
                pairBits: pairBits)
              scan(text, onlyAtStart ? min(1, text.count) : text.count, tables, visit)
            }
          }
        }
      }
    }
  }

  private struct Tables {
    var bytes: UnsafeBufferPointer<UInt8>
    var entries: UnsafeBufferPointer<Entry>
    var groups: UnsafeBufferPointer<Group>
    var pairStarts: UnsafeBufferPointer<UInt16>
    var pairBits: UnsafeBufferPointer<UInt64>
  }

  /// Visits the phrases found at the first `starts` byte offsets of `text`.
  private func scan(
    _ text: UnsafeBufferPointer<UInt8>, _ starts: Int, _ tables: Tables,
    _ visit: (Int, Int) -> Bool
  ) {
    var start = OpeningPairs.next(tables.pairBits, in: text, from: 0, before: starts)
    while start < starts {
      guard visitPhrases(at: start, in: text, tables, visit) else { return }
      start = OpeningPairs.next(tables.pairBits, in: text, from: start + 1, before: starts)
    }
  }

  /// Visits the phrases found at `start`; false when `visit` asked to stop.
  private func visitPhrases(
    at start: Int, in text: UnsafeBufferPointer<UInt8>, _ tables: Tables,
    _ visit: (Int, Int) -> Bool
  ) -> Bool {
    let group = tables.groups[Int(Self.folded(text[start]))]
    var lower = Int(group.lower)
    var upper = Int(group.upper)
    guard lower < upper else { return true }
    let afterWord = start > 0 && Self.isWordByte(text[start - 1])
    if afterWord, group.wholeWords { return true }
    if group.block >= 0 {
      // A split group: only the phrases with the text's second byte can match here.
      guard start + 1 < text.count else { return true }
      let pair = Int(group.block) * 257 + Int(Self.folded(text[start + 1]))
      upper = lower + Int(tables.pairStarts[pair + 1])
      lower += Int(tables.pairStarts[pair])
    }
    for number in lower..<upper {
      let entry = tables.entries[number]
      if entry.wholeWords, afterWord { continue }
      guard Self.has(entry, tables.bytes, in: text, at: start) else { continue }
      let end = start + entry.count
      if entry.wholeWords, end < text.count, Self.isWordByte(text[end]) { continue }
      if !visit(entry.index, start) { return false }
    }
    return true
  }

  /// True when the phrase of `entry` occurs in `text` at `start`; its first byte is known to.
  private static func has(
    _ entry: Entry, _ phraseBytes: UnsafeBufferPointer<UInt8>,
    in text: UnsafeBufferPointer<UInt8>, at start: Int
  ) -> Bool {
    guard start + entry.count <= text.count else { return false }
    for offset in 1..<max(1, entry.count)
    where folded(text[start + offset]) != phraseBytes[entry.start + offset] {
      return false
    }
    return true
  }

  private static func folded(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
  }

  /// Letters, digits and any byte of a non-ASCII character count as part of a word.
  private static func isWordByte(_ byte: UInt8) -> Bool {
    byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A)
      || (byte >= 0x41 && byte <= 0x5A)
  }
}

extension String {
  /// The string as a ``PhraseSet`` scan needs it lowercased: the string itself when it is
  /// ASCII, whose letters the scan folds as it reads (the same matches at the same offsets,
  /// without a lowercased copy), else `lowercased()`.
  var lowercasedForPhrases: String { utf8.allSatisfy { $0 < 0x80 } ? self : lowercased() }
}
