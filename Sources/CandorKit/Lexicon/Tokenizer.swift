/// A word-like token with its place in the source string.
public struct Token: Sendable, Equatable {
  public var text: Substring
  public var range: Range<String.Index> { text.startIndex..<text.endIndex }
  /// True for punctuation tokens such as "," "/" "(" that separate list items.
  public var isPunctuation: Bool

  /// The token lowercased, for case-insensitive comparison.
  public var folded: String { text.lowercased() }
}

/// Splits text into word tokens and separator punctuation, keeping the characters that
/// belong inside technology names: C++, C#, .NET, Node.js, R&D, AT&T.
public enum Tokenizer {
  public static func tokens(in text: String) -> [Token] {
    var tokens: [Token] = []
    var index = text.startIndex
    while index < text.endIndex {
      let char = text[index]
      if isWordCharacter(char) || (char == "." && startsDottedName(text, index)) {
        let end = wordEnd(text, from: index)
        tokens.append(Token(text: text[index..<end], isPunctuation: false))
        index = end
      } else {
        let next = text.index(after: index)
        if ",/();:|&".contains(char) || char == "•" {
          tokens.append(Token(text: text[index..<next], isPunctuation: true))
        }
        index = next
      }
    }
    return tokens
  }

  static func isWordCharacter(_ char: Character) -> Bool {
    char.isLetter || char.isNumber
  }

  /// ".NET" and ".js" start with a dot followed by a letter, after a non-word character.
  private static func startsDottedName(_ text: String, _ index: String.Index) -> Bool {
    let next = text.index(after: index)
    guard next < text.endIndex, text[next].isLetter else { return false }
    guard index > text.startIndex else { return true }
    let previous = text[text.index(before: index)]
    return !isWordCharacter(previous)
  }

  private static func wordEnd(_ text: String, from start: String.Index) -> String.Index {
    var index = text.index(after: start)
    while index < text.endIndex {
      let char = text[index]
      if isWordCharacter(char) || char == "'" && followedByLetter(text, index) {
        index = text.index(after: index)
      } else if char == "." || char == "&" {
        guard followedByLetterOrDigit(text, index) else { break }
        index = text.index(after: index)
      } else if char == "+" || char == "#" {
        // C++, C#, F#: symbols that end a name.
        var end = index
        while end < text.endIndex, text[end] == "+" || text[end] == "#" {
          end = text.index(after: end)
        }
        if end < text.endIndex, isWordCharacter(text[end]) { break }
        return end
      } else {
        break
      }
    }
    return index
  }

  private static func followedByLetter(_ text: String, _ index: String.Index) -> Bool {
    let next = text.index(after: index)
    return next < text.endIndex && text[next].isLetter
  }

  private static func followedByLetterOrDigit(_ text: String, _ index: String.Index) -> Bool {
    let next = text.index(after: index)
    return next < text.endIndex && isWordCharacter(text[next])
  }
}
