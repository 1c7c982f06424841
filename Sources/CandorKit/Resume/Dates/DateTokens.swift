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
