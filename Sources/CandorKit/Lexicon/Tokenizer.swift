/// A word-like token with its place in the source string.
public struct Token: Sendable, Equatable {
  /// The token's text, a slice of the tokenized string.
  public var text: Substring
  /// Where the token sits in the tokenized string.
  public var range: Range<String.Index> { text.startIndex..<text.endIndex }
  /// True for separators such as "," "/" "(" and line breaks, which split list items.
  public var isPunctuation: Bool
  /// The token lowercased without apostrophes ("Master’s" → "masters"), for
  /// case-insensitive comparison.
  public var folded: String

  init(text: Substring, isPunctuation: Bool) {
    self.init(
      text: text, isPunctuation: isPunctuation,
      folded: isPunctuation ? String(text) : Tokenizer.fold(text))
  }

  init(text: Substring, isPunctuation: Bool, folded: String) {
    self.text = text
    self.isPunctuation = isPunctuation
    self.folded = folded
  }

  /// True for a line break token.
  public var isLineBreak: Bool { isPunctuation && text == "\n" }
}

/// Splits text into word tokens and separator punctuation, keeping the characters that
/// belong inside technology names: C++, C#, .NET, Node.js, R&D, AT&T.
public enum Tokenizer {
  /// True for the characters that become separator tokens: , / ( ) ; : | & • · and a line
  /// break; everything else between words is dropped.
  static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ",", "/", "(", ")", ";", ":", "|", "&", "•", "·", "\n": return true
    default: return false
    }
  }

  /// The word and separator tokens of `text`, in order; web and mail addresses are skipped.
  public static func tokens(in text: String) -> [Token] {
    asciiTokens(in: text) ?? scalarTokens(in: text)
  }

  /// ``tokens(in:)`` found scalar by scalar, for text of any kind.
  static func scalarTokens(in text: String) -> [Token] {
    let scalars = text.unicodeScalars
    var tokens: [Token] = []
    tokens.reserveCapacity(text.utf8.count / 6)
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let scalar = scalars[index]
      if isWord(scalar) || (scalar == "." && startsDottedName(scalars, index)) {
        let (end, hasDot) = wordEnd(scalars, from: index)
        if startsAddress(scalars, index, end, hasDot: hasDot) {
          index = scalars[end...].firstIndex { $0.properties.isWhitespace } ?? scalars.endIndex
          continue
        }
        if let joint = sentenceJoint(scalars, index, end) {
          tokens.append(Token(text: Substring(scalars[index..<joint]), isPunctuation: false))
          index = joint
        }
        tokens.append(Token(text: Substring(scalars[index..<end]), isPunctuation: false))
        index = end
      } else {
        let next = scalars.index(after: index)
        if isSeparator(scalar) {
          tokens.append(Token(text: Substring(scalars[index..<next]), isPunctuation: true))
        }
        index = next
      }
    }
    return tokens
  }

  /// `tokens` without separators at either end: "(Python)" and "Python," are "Python".
  static func trimmed(_ tokens: [Token]) -> [Token] {
    var result = tokens[...]
    while let first = result.first, first.isPunctuation { result.removeFirst() }
    while let last = result.last, last.isPunctuation { result.removeLast() }
    return Array(result)
  }

  /// Lowercases and drops apostrophes, so "Bachelor’s", "Bachelor's" and "Bachelors" agree.
  static func fold<S: StringProtocol>(_ text: S) -> String {
    // A native string's bytes are read in place; walking `utf8` costs several times more.
    switch text.utf8.withContiguousStorageIfAvailable(foldASCII) {
    case .some(.some(let folded)): return folded
    case .some(.none): return foldUnicode(text)
    case .none: break
    }
    if text.utf8.allSatisfy({ $0 < 0x80 && !(0x41...0x5A).contains($0) && $0 != 0x27 }) {
      return String(text)
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for byte in text.utf8 {
      guard byte < 0x80 else { return foldUnicode(text) }
      if byte == UInt8(ascii: "'") { continue }
      bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `fold` of ASCII `bytes`, or nil when one is not ASCII.
  private static func foldASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    var isFolded = true
    for byte in bytes {
      guard byte < 0x80 else { return nil }
      if byte == 0x27 || (0x41...0x5A).contains(byte) { isFolded = false }
    }
    return isFolded ? String(decoding: bytes, as: UTF8.self) : ASCIIWords.folded(bytes[...])
  }

  private static func foldUnicode<S: StringProtocol>(_ text: S) -> String {
    var result = text.lowercased()
    result.removeAll { $0 == "'" || $0 == "’" }
    return result
  }

  /// The source text between two tokens of the same string.
  static func gap(_ first: Token, _ second: Token) -> Substring {
    guard first.range.upperBound <= second.range.lowerBound else { return "" }
    return first.text.base[first.range.upperBound..<second.range.lowerBound]
  }

  /// True when the word `start..<end` begins a web address or an e-mail address
  /// ("https://…", "www.…", "name@…"), which hold no skills. `hasDot` says the word holds a
  /// dot after its first character; without one it cannot hold "www.".
  private static func startsAddress(
    _ scalars: String.UnicodeScalarView, _ start: String.Index, _ end: String.Index,
    hasDot: Bool
  ) -> Bool {
    if end < scalars.endIndex {
      let next = scalars[end]
      if next == "@" { return true }
      if next == ":" && scalars[end...].starts(with: "://".unicodeScalars) { return true }
    }
    return hasDot && containsWebPrefix(scalars[start..<end])
  }

  // FIXME: two capitalised words glued together ("PinterestLoves") stay one token; they
  // cannot be told from product names such as "LivingSocial" without the lexicon.
  /// Where a lowercase word runs into a capitalised one with no space, as in text whose
  /// list markup was stripped ("attention to detailsZendesk experience"): the start of the
  /// capitalised word, when the lowercase part has three letters or more.
  private static func sentenceJoint(
    _ scalars: String.UnicodeScalarView, _ start: String.Index, _ end: String.Index
  ) -> String.Index? {
    var lower = 0
    var index = start
    while index < end, (0x61...0x7A).contains(scalars[index].value) {
      lower += 1
      index = scalars.index(after: index)
    }
    guard lower >= 3, index < end, (0x41...0x5A).contains(scalars[index].value) else {
      return nil
    }
    let joint = index
    var tail = 0
    index = scalars.index(after: index)
    while index < end, (0x61...0x7A).contains(scalars[index].value) {
      tail += 1
      index = scalars.index(after: index)
    }
    return tail >= 2 && index == end ? joint : nil
  }

  /// True when `word` holds "www." in any letter case.
  private static func containsWebPrefix(_ word: Substring.UnicodeScalarView) -> Bool {
    var run = 0
    for scalar in word {
      if scalar == "w" || scalar == "W" {
        run += 1
      } else if scalar == "." && run >= 3 {
        return true
      } else {
        run = 0
      }
    }
    return false
  }

  /// Letters, digits and combining marks make up words.
  @inline(__always)
  static func isWord(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    guard value >= 0x80 else {
      return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value)
        || (0x61...0x7A).contains(value)
    }
    return isWordBeyondASCII(scalar)
  }

  /// `isWord` for a scalar outside ASCII, which needs its Unicode properties.
  private static func isWordBeyondASCII(_ scalar: Unicode.Scalar) -> Bool {
    let properties = scalar.properties
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return properties.isAlphabetic || properties.numericType != nil
    }
  }

  /// ".NET" and ".js" start with a dot followed by a letter, after a non-word character.
  private static func startsDottedName(
    _ scalars: String.UnicodeScalarView, _ index: String.Index
  ) -> Bool {
    let next = scalars.index(after: index)
    guard next < scalars.endIndex, scalars[next].properties.isAlphabetic else { return false }
    guard index > scalars.startIndex else { return true }
    return !isWord(scalars[scalars.index(before: index)])
  }

  /// The end of the word that starts at `start`, and whether a dot joins two of its parts
  /// ("Node.js", "www.example").
  private static func wordEnd(_ scalars: String.UnicodeScalarView, from start: String.Index)
    -> (end: String.Index, hasDot: Bool)
  {
    var hasDot = false
    var index = scalars.index(after: start)
    while index < scalars.endIndex {
      let scalar = scalars[index]
      if isWord(scalar) {
        index = scalars.index(after: index)
      } else if scalar == "'" || scalar == "’" {
        guard followed(scalars, index, by: { $0.properties.isAlphabetic }) else { break }
        index = scalars.index(after: index)
      } else if scalar == "." || scalar == "&" {
        guard followed(scalars, index, by: isWord) else { break }
        if scalar == "." { hasDot = true }
        index = scalars.index(after: index)
      } else if scalar == "+" || scalar == "#" {
        // C++, C#, F#: symbols that end a name.
        var end = index
        while end < scalars.endIndex, scalars[end] == "+" || scalars[end] == "#" {
          end = scalars.index(after: end)
        }
        if end < scalars.endIndex, isWord(scalars[end]) { break }
        return (end, hasDot)
      } else {
        break
      }
    }
    return (index, hasDot)
  }

  private static func followed(
    _ scalars: String.UnicodeScalarView, _ index: String.Index,
    by test: (Unicode.Scalar) -> Bool
  ) -> Bool {
    let next = scalars.index(after: index)
    return next < scalars.endIndex && test(scalars[next])
  }
}
