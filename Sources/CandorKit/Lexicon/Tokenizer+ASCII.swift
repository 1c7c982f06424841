/// The word tokens of ASCII text found on its bytes, for callers that want only the words'
/// folded spellings: no `Token`, no `Substring`, no Unicode property look-ups. The rules are
/// ``Tokenizer/tokens(in:)``'s, byte for byte (`TokenizerASCIITests` checks they agree).
extension Tokenizer {
  /// The folded spellings of `text`'s word tokens in order, as
  /// `tokens(in:).filter { !$0.isPunctuation }.map(\.folded)` gives them.
  static func foldedWords(in text: String) -> [String] {
    var words: [String] = []
    let ascii = withASCIIBytes(of: text) { bytes in
      ASCIIWords.each(in: bytes) { range in
        words.append(ASCIIWords.folded(bytes[range]))
      }
    }
    guard ascii else {
      return tokens(in: text).compactMap { $0.isPunctuation ? nil : $0.folded }
    }
    return words
  }

  /// ``tokens(in:)`` of ASCII text, found on its bytes; nil when `text` has another byte.
  static func asciiTokens(in text: String) -> [Token]? {
    var tokens: [Token] = []
    let utf8 = text.utf8
    let ascii = withASCIIBytes(of: text) { bytes in
      tokens.reserveCapacity(bytes.count / 6)
      ASCIIWords.eachToken(in: bytes) { range, isSeparator in
        // On a native string, a UTF-8 offset becomes an index without a walk.
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        tokens.append(
          Token(
            text: text[start..<end], isPunctuation: isSeparator,
            folded: ASCIIWords.folded(bytes[range])))
      }
    }
    return ascii ? tokens : nil
  }

  /// Calls `body` with `text`'s bytes when every byte is ASCII; false when one is not.
  static func withASCIIBytes(
    of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void
  ) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
      body(bytes)
      return true
    }
  }
}

/// The byte walk behind ``Tokenizer/foldedWords(in:)``, on text known to be ASCII.
enum ASCIIWords {
  /// Calls `body` with the byte range of each word token of `bytes`, in order.
  static func each(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
    eachToken(in: bytes) { range, isSeparator in
      if !isSeparator { body(range) }
    }
  }

  /// Calls `body` with the byte range of each token of `bytes`, words and separators (the
  /// bytes of ``Tokenizer/isSeparator(_:)``), in order, and whether it is a separator.
  static func eachToken(
    in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>, _ isSeparator: Bool) -> Void
  ) {
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      guard isWord(byte) || (byte == 0x2E && startsDottedName(bytes, index)) else {
        if isSeparator(byte) { body(index..<index + 1, true) }
        index += 1
        continue
      }
      let (end, hasDot) = wordEnd(bytes, from: index)
      if startsAddress(bytes, index, end, hasDot: hasDot) {
        index = end
        while index < bytes.count, !isWhitespace(bytes[index]) { index += 1 }
        continue
      }
      if let joint = sentenceJoint(bytes, index, end) {
        body(index..<joint, false)
        index = joint
      }
      body(index..<end, false)
      index = end
    }
  }

  /// A word lowercased without apostrophes, as `Tokenizer.fold` gives it for ASCII.
  static func folded(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> String {
    String(
      unsafeUninitializedCapacity: word.count,
      initializingUTF8With: { buffer in
        var count = 0
        for byte in word where byte != 0x27 {
          buffer[count] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
          count += 1
        }
        return count
      })
  }

  @inline(__always)
  static func isWord(_ byte: UInt8) -> Bool {
    (0x30...0x39).contains(byte) || isLetter(byte)
  }

  @inline(__always)
  static func isLetter(_ byte: UInt8) -> Bool {
    (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
  }

  /// The ASCII separators of ``Tokenizer/isSeparator(_:)``: , / ( ) ; : | & and a line break.
  private static func isSeparator(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x2C, 0x2F, 0x28, 0x29, 0x3B, 0x3A, 0x7C, 0x26, 0x0A: return true
    default: return false
    }
  }

  /// Space, tab, line feed, vertical tab, form feed and carriage return.
  private static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (0x09...0x0D).contains(byte)
  }

  /// ".NET", ".js": a dot before a letter, after a non-word byte or at the start.
  private static func startsDottedName(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
    guard index + 1 < bytes.count, isLetter(bytes[index + 1]) else { return false }
    return index == 0 || !isWord(bytes[index - 1])
  }

  /// `Tokenizer`'s word end on bytes: apostrophes before a letter, "." and "&" before a word
  /// byte, and a closing run of "+" or "#" (C++, C#) stay in the word. On ASCII these are
  /// `WordTokenizer`'s rules too.
  static func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int)
    -> (end: Int, hasDot: Bool)
  {
    var hasDot = false
    var index = start + 1
    while index < bytes.count {
      let byte = bytes[index]
      if isWord(byte) {
        index += 1
      } else if byte == 0x27 {
        guard index + 1 < bytes.count, isLetter(bytes[index + 1]) else { break }
        index += 1
      } else if byte == 0x2E || byte == 0x26 {
        guard index + 1 < bytes.count, isWord(bytes[index + 1]) else { break }
        if byte == 0x2E { hasDot = true }
        index += 1
      } else if byte == 0x2B || byte == 0x23 {
        var end = index
        while end < bytes.count, bytes[end] == 0x2B || bytes[end] == 0x23 { end += 1 }
        if end < bytes.count, isWord(bytes[end]) { break }
        return (end, hasDot)
      } else {
        break
      }
    }
    return (index, hasDot)
  }

  /// A word before "@" or "://", or holding "www.": a mail or web address.
  private static func startsAddress(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, hasDot: Bool
  ) -> Bool {
    if end < bytes.count {
      if bytes[end] == 0x40 { return true }
      if end + 2 < bytes.count, bytes[end] == 0x3A, bytes[end + 1] == 0x2F, bytes[end + 2] == 0x2F {
        return true
      }
    }
    guard hasDot else { return false }
    var run = 0
    for byte in bytes[start..<end] {
      if byte == 0x77 || byte == 0x57 {
        run += 1
      } else if byte == 0x2E && run >= 3 {
        return true
      } else {
        run = 0
      }
    }
    return false
  }

  /// "detailsZendesk": where three or more lowercase letters run into a capitalised word of
  /// three letters or more that ends the token.
  private static func sentenceJoint(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
  ) -> Int? {
    var index = start
    while index < end, (0x61...0x7A).contains(bytes[index]) { index += 1 }
    guard index - start >= 3, index < end, (0x41...0x5A).contains(bytes[index]) else {
      return nil
    }
    let joint = index
    index += 1
    let tailStart = index
    while index < end, (0x61...0x7A).contains(bytes[index]) { index += 1 }
    return index - tailStart >= 2 && index == end ? joint : nil
  }
}
