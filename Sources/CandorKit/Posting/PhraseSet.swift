/// Literal phrases found in one pass over the text, ignoring case.
///
/// A byte-level scan indexed by each phrase's first byte: much faster than a regular
/// expression with one alternative per phrase, or one string search per phrase.
struct PhraseSet: Sendable {
  private let phrases: [String]
  /// The phrases starting with each byte value, indexed by that byte.
  private let byFirstByte: [[(index: Int, bytes: [UInt8])]]
  /// Require a non-letter, non-digit character (or the text's edge) on both sides.
  private let wholeWords: Bool

  init(_ phrases: [String], wholeWords: Bool = false) {
    self.phrases = phrases.map { $0.lowercased() }
    self.wholeWords = wholeWords
    var table: [[(index: Int, bytes: [UInt8])]] = Array(repeating: [], count: 256)
    for (index, phrase) in self.phrases.enumerated() {
      let bytes = Array(phrase.utf8)
      guard let first = bytes.first else { continue }
      table[Int(first)].append((index, bytes))
    }
    byFirstByte = table
  }

  func matches(_ text: String) -> Bool {
    var found = false
    scan(text) { _, _ in
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

  private func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ visit: (Int, Int) -> Bool) {
    for start in bytes.indices {
      let candidates = byFirstByte[Int(Self.folded(bytes[start]))]
      guard !candidates.isEmpty else { continue }
      if wholeWords, start > 0, Self.isWordByte(bytes[start - 1]) { continue }
      for candidate in candidates where Self.has(candidate.bytes, in: bytes, at: start) {
        let end = start + candidate.bytes.count
        if wholeWords, end < bytes.count, Self.isWordByte(bytes[end]) { continue }
        if !visit(candidate.index, start) { return }
      }
    }
  }

  private static func has(_ phrase: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at start: Int)
    -> Bool
  {
    guard start + phrase.count <= bytes.count else { return false }
    for offset in 1..<max(1, phrase.count) where folded(bytes[start + offset]) != phrase[offset] {
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
