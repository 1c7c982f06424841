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
    guard let first = pattern.first else { return nil }
    let view = utf8
    var start = view.startIndex
    while let found = view[start...].firstIndex(of: first) {
      var end = found
      var matched = 0
      while matched < pattern.count, end < view.endIndex, view[end] == pattern[matched] {
        end = view.index(after: end)
        matched += 1
      }
      if matched == pattern.count { return found..<end }
      start = view.index(after: found)
    }
    return nil
  }
}
