/// The byte pairs that may open a phrase of a ``PhraseSet``, as bits: a scan passes over the
/// places where no phrase can start with one test each, instead of a look at the phrases.
///
/// A pair is a phrase's first two bytes, or a one-byte phrase's byte before any byte, in
/// every letter case the scan folds (an ASCII letter and its capital). A pair keeps the low
/// six bits of both bytes, 4,096 bits in all (512 bytes a set): pairs that share them share
/// a bit, which only sends a place on to the full comparison, never turns a phrase away.
struct OpeningPairs: Sendable {
  private(set) var bits = [UInt64](repeating: 0, count: 64)

  /// The pairs of `phrases`, which are lowercased.
  init(_ phrases: [String]) {
    for phrase in phrases {
      let bytes = Array(phrase.utf8.prefix(2))
      guard let first = bytes.first else { continue }
      let seconds = bytes.count == 2 ? Self.cases(bytes[1]) : (0...255).map(UInt8.init)
      for opening in Self.cases(first) {
        for second in seconds { bits[Int(opening & 0x3F)] |= 1 << UInt64(second & 0x3F) }
      }
    }
  }

  /// The text bytes that fold to `byte`: itself and, for a lowercase ASCII letter, its capital.
  private static func cases(_ byte: UInt8) -> [UInt8] {
    (0x61...0x7A).contains(byte) ? [byte, byte - 32] : [byte]
  }

  /// The first offset in `from..<end` where a phrase may open: its byte and the next one
  /// have their bit, or it is the text's last byte, which has no pair to test. `end` when
  /// there is none.
  static func next(
    _ bits: UnsafeBufferPointer<UInt64>, in text: UnsafeBufferPointer<UInt8>, from: Int,
    before end: Int
  ) -> Int {
    var offset = from
    while offset < end {
      guard offset + 1 < text.count else { return offset }
      if bits[Int(text[offset] & 0x3F)] >> UInt64(text[offset + 1] & 0x3F) & 1 != 0 {
        return offset
      }
      offset += 1
    }
    return end
  }
}
