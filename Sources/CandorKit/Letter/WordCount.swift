/// Word counts over a string's scalars and bytes, for the composer's many small questions
/// about the sentences it builds ("how long is it?") without building `Character`s.
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
