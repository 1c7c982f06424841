/// ``WordTokenizer`` on the bytes of ASCII text: the same words by the same rules, without
/// a Unicode scalar walk (`WordTokenizerASCIITests` checks they agree).
extension WordTokenizer {
  /// The words of `text` within `range`, or nil when that part of the text is not ASCII.
  static func asciiWords(in text: String, range: Range<String.Index>) -> [LetterWord]? {
    let utf8 = text.utf8
    let lower = utf8.distance(from: utf8.startIndex, to: range.lowerBound)
    let upper = lower + utf8.distance(from: range.lowerBound, to: range.upperBound)
    var words: [LetterWord] = []
    let isASCII = utf8.withContiguousStorageIfAvailable { all -> Bool in
      let bytes = UnsafeBufferPointer(rebasing: all[lower..<upper])
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
      var start = range.lowerBound
      var startOffset = 0
      each(in: bytes) { word in
        let from = utf8.index(start, offsetBy: word.lowerBound - startOffset)
        let to = utf8.index(from, offsetBy: word.count)
        (start, startOffset) = (to, word.upperBound)
        append(bytes[word], from..<to, to: &words)
      }
      return true
    }
    return isASCII == true ? words : nil
  }

  /// A word's `LetterWord`s: its key lowercased, and a contraction expanded.
  private static func append(
    _ word: Slice<UnsafeBufferPointer<UInt8>>, _ range: Range<String.Index>,
    to words: inout [LetterWord]
  ) {
    let isCapitalized = word.first.map { $0 &- 0x41 < 26 } ?? false
    var hasApostrophe = false
    let key = String(
      unsafeUninitializedCapacity: word.count,
      initializingUTF8With: { buffer in
        for (offset, byte) in word.enumerated() {
          hasApostrophe = hasApostrophe || byte == 0x27
          buffer[offset] = byte &- 0x41 < 26 ? byte | 0x20 : byte
        }
        return word.count
      })
    guard hasApostrophe else {
      words.append(LetterWord(range: range, key: key, isCapitalized: isCapitalized))
      return
    }
    for part in Contractions.expand(key) {
      words.append(LetterWord(range: range, key: part, isCapitalized: isCapitalized))
    }
  }

  /// Calls `body` with the byte range of each word in `bytes`, in order.
  private static func each(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
    var index = 0
    var previousIsWord = false
    while index < bytes.count {
      let byte = bytes[index]
      let startsDotted =
        byte == 0x2E && !previousIsWord && index + 1 < bytes.count
        && ASCIIWords.isLetter(bytes[index + 1])
      if ASCIIWords.isWord(byte) || startsDotted {
        let end = ASCIIWords.wordEnd(bytes, from: index).end
        body(index..<end)
        index = end
        previousIsWord = true
      } else {
        previousIsWord = false
        index += 1
      }
    }
  }
}
