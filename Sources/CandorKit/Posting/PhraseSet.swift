/// Literal phrases found in one pass over the text, ignoring case.
///
/// A byte-level scan indexed by each phrase's first byte: much faster than a regular
/// expression with one alternative per phrase, or one string search per phrase.
struct PhraseSet: Sendable {
  private let phrases: [String]
  /// Every phrase's bytes, one phrase after another.
  private let phraseBytes: [UInt8]
  /// The phrases grouped by first byte, each group in the order given.
  private let entries: [Entry]
  /// `entries[groupStarts[b]..<groupStarts[b + 1]]` are the phrases whose first byte is `b`.
  private let groupStarts: [Int]
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

  init(_ phrases: [String], wholeWords: Bool = false) {
    self.init(lists: [(phrases, wholeWords)])
  }

  /// Several lists scanned together, so one pass over a text answers for all of them.
  init(lists: [(phrases: [String], wholeWords: Bool)]) {
    phrases = lists.flatMap { $0.phrases.map { $0.lowercased() } }
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
    phraseBytes = bytes
    entries = groups.flatMap { $0 }
    groupStarts = groups.reduce(into: [0]) { $0.append($0.last! + $1.count) }
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
    scan(text) { _, offset in
      found = offset == 0
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
  /// returns false. ASCII letters are folded to lowercase as they are read.
  private func scan(_ text: String, _ visit: (Int, Int) -> Bool) {
    let scanned: Void? = text.utf8.withContiguousStorageIfAvailable { scan($0, visit) }
    if scanned == nil { Array(text.utf8).withUnsafeBufferPointer { scan($0, visit) } }
  }

  private func scan(_ text: UnsafeBufferPointer<UInt8>, _ visit: (Int, Int) -> Bool) {
    phraseBytes.withUnsafeBufferPointer { phraseBytes in
      entries.withUnsafeBufferPointer { entries in
        groupStarts.withUnsafeBufferPointer { groupStarts in
          scan(text, Tables(bytes: phraseBytes, entries: entries, groupStarts: groupStarts), visit)
        }
      }
    }
  }

  private struct Tables {
    var bytes: UnsafeBufferPointer<UInt8>
    var entries: UnsafeBufferPointer<Entry>
    var groupStarts: UnsafeBufferPointer<Int>
  }

  private func scan(
    _ text: UnsafeBufferPointer<UInt8>, _ tables: Tables, _ visit: (Int, Int) -> Bool
  ) {
    for start in text.indices {
      let first = Int(Self.folded(text[start]))
      let group = tables.groupStarts[first]..<tables.groupStarts[first + 1]
      guard !group.isEmpty else { continue }
      let afterWord = start > 0 && Self.isWordByte(text[start - 1])
      for number in group {
        let entry = tables.entries[number]
        if entry.wholeWords, afterWord { continue }
        guard Self.has(entry, tables.bytes, in: text, at: start) else { continue }
        let end = start + entry.count
        if entry.wholeWords, end < text.count, Self.isWordByte(text[end]) { continue }
        if !visit(entry.index, start) { return }
      }
    }
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
