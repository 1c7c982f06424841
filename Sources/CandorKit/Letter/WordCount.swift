/// Word counts and literal searches over a string's scalars and bytes, for the composer's
/// many small questions about the sentences it builds ("how long is it?", "does it quote
/// this slot?") without building `Character`s or going through Foundation.
enum WordCount {
  /// Runs of non-whitespace: what `split(whereSeparator: \.isWhitespace).count` counts.
  static func of<Text: StringProtocol>(_ text: Text) -> Int {
    var count = 0
    var inWord = false
    for scalar in text.unicodeScalars {
      let isSpace = ScalarClass.isWhitespace(scalar)
      if !isSpace && !inWord { count += 1 }
      inWord = !isSpace
    }
    return count
  }

  /// Runs of anything but the plain space: what `split(separator: " ").count` counts.
  static func spaced<Text: StringProtocol>(_ text: Text) -> Int {
    var count = 0
    var inWord = false
    for byte in text.utf8 {
      let isSpace = byte == 0x20
      if !isSpace && !inWord { count += 1 }
      inWord = !isSpace
    }
    return count
  }
}

extension StringProtocol {
  /// The first occurrence of `needle`'s bytes, as a range of this string's indices; a literal
  /// search without Foundation.
  func firstRange(of needle: String) -> Range<Index>? {
    let pattern = Array(needle.utf8)
    guard !pattern.isEmpty else { return nil }
    let view = utf8
    let found =
      view.withContiguousStorageIfAvailable { Self.firstOffset(of: pattern, in: $0) }
      ?? Self.firstOffset(of: pattern, in: Array(view))
    guard let found else { return nil }
    let start = view.index(view.startIndex, offsetBy: found)
    return start..<view.index(start, offsetBy: pattern.count)
  }

  private static func firstOffset<Bytes: RandomAccessCollection<UInt8>>(
    of pattern: [UInt8], in bytes: Bytes
  ) -> Int? where Bytes.Index == Int {
    guard bytes.count >= pattern.count else { return nil }
    let base = bytes.startIndex
    let first = pattern[0]
    for start in base...(base + bytes.count - pattern.count) where bytes[start] == first {
      var matched = 1
      while matched < pattern.count, bytes[start + matched] == pattern[matched] { matched += 1 }
      if matched == pattern.count { return start - base }
    }
    return nil
  }
}
