/// A word, number or punctuation mark in a line, for the date scanner.
struct DateToken: Sendable {
  enum Kind: Sendable { case word, number, mark }

  var kind: Kind
  var text: Substring
  /// True when whitespace separates this token from the one before.
  var isSpaced: Bool

  var range: Range<String.Index> { text.startIndex..<text.endIndex }

  /// Splits `text` into words (letters and inner apostrophes), digit runs and single marks.
  static func tokens(in text: String) -> [DateToken] {
    asciiTokens(in: text) ?? characterTokens(in: text)
  }

  /// ``tokens(in:)`` of ASCII text, found on its bytes without a Unicode look-up per
  /// character; nil when `text` has another byte.
  static func asciiTokens(in text: String) -> [DateToken]? {
    var tokens: [DateToken] = []
    let utf8 = text.utf8
    let ascii = Tokenizer.withASCIIBytes(of: text) { bytes in
      var offset = 0
      var spaced = true
      while offset < bytes.count {
        let byte = bytes[offset]
        if byte == 0x20 || (0x09...0x0D).contains(byte) {
          spaced = true
          offset += 1
          continue
        }
        var end = offset + 1
        let kind: Kind
        if ASCIIWords.isLetter(byte) {
          end = wordEnd(bytes, from: offset)
          kind = .word
        } else if (0x30...0x39).contains(byte) {
          while end < bytes.count, (0x30...0x39).contains(bytes[end]) { end += 1 }
          kind = .number
        } else {
          kind = .mark
        }
        // On a native string, a UTF-8 offset becomes an index without a walk.
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        let stop = utf8.index(start, offsetBy: end - offset)
        tokens.append(DateToken(kind: kind, text: text[start..<stop], isSpaced: spaced))
        spaced = false
        offset = end
      }
    }
    return ascii ? tokens : nil
  }

  /// The end of the ASCII word at `start`: letters, and apostrophes before a letter.
  private static func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var end = start + 1
    while end < bytes.count {
      let byte = bytes[end]
      let isInner = byte == 0x27 && end + 1 < bytes.count && ASCIIWords.isLetter(bytes[end + 1])
      guard ASCIIWords.isLetter(byte) || isInner else { break }
      end += 1
    }
    return end
  }

  /// ``tokens(in:)`` found character by character, for text of any kind.
  static func characterTokens(in text: String) -> [DateToken] {
    var tokens: [DateToken] = []
    var index = text.startIndex
    var spaced = true
    while index < text.endIndex {
      let char = text[index]
      if char.isWhitespace {
        spaced = true
        index = text.index(after: index)
        continue
      }
      let end: String.Index
      let kind: Kind
      if char.isLetter {
        end = wordEnd(text, from: index)
        kind = .word
      } else if char.isASCII && char.isNumber {
        end = text[index...].firstIndex { !($0.isASCII && $0.isNumber) } ?? text.endIndex
        kind = .number
      } else {
        end = text.index(after: index)
        kind = .mark
      }
      tokens.append(DateToken(kind: kind, text: text[index..<end], isSpaced: spaced))
      spaced = false
      index = end
    }
    return tokens
  }

  private static func wordEnd(_ text: String, from start: String.Index) -> String.Index {
    var index = text.index(after: start)
    while index < text.endIndex {
      let char = text[index]
      if char.isLetter {
        index = text.index(after: index)
      } else if char == "'" || char == "’", text.index(after: index) < text.endIndex,
        text[text.index(after: index)].isLetter
      {
        index = text.index(after: index)
      } else {
        break
      }
    }
    return index
  }
}
