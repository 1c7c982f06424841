/// The runs of letters and digits in a text, as
/// `text.split { !$0.isLetter && !$0.isNumber }.map(String.init)` gives them, found on the
/// text's bytes when it is all ASCII (where the only letters are A–Z and a–z and the only
/// numbers 0–9), and by characters otherwise.
enum AlphanumericWords {
  /// The words of `text` in order, in their own case.
  static func of(_ text: String) -> [String] {
    var words: [String] = []
    let ascii = Tokenizer.withASCIIBytes(of: text) { bytes in
      var start = -1
      for index in 0...bytes.count {
        let isWord = index < bytes.count && isAlphanumeric(bytes[index])
        if isWord, start < 0 {
          start = index
        } else if !isWord, start >= 0 {
          let word = UnsafeBufferPointer(rebasing: bytes[start..<index])
          words.append(String(decoding: word, as: UTF8.self))
          start = -1
        }
      }
    }
    return ascii ? words : text.split { !$0.isLetter && !$0.isNumber }.map(String.init)
  }

  private static func isAlphanumeric(_ byte: UInt8) -> Bool {
    (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte | 0x20)
  }
}
