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

  /// Runs of non-whitespace that hold a letter or digit: the words a reader, and the
  /// reviewer's length rule, count ("Architect / Lead" is two words, not three).
  static func words<Text: StringProtocol>(_ text: Text) -> Int {
    var count = 0
    var inWord = false
    var counted = false
    for scalar in text.unicodeScalars {
      if ScalarClass.isWhitespace(scalar) {
        inWord = false
        continue
      }
      if !inWord { counted = false }
      inWord = true
      if !counted && ScalarClass.isWord(scalar) {
        count += 1
        counted = true
      }
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
