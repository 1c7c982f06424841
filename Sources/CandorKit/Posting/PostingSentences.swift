/// Splits running text into sentences at ".", "!" and "?" followed by a space and a capital
/// letter or digit, keeping abbreviations such as "e.g.", "Inc." and "U.S." whole.
///
/// Text whose every Unicode scalar is a character of its own (nearly all postings) is
/// walked scalar by scalar; other text, character by character, with the same rules.
enum PostingSentences {
  static func split(_ text: String) -> [String] {
    guard mayHoldTwoSentences(text) else {
      let sentence = text.trimmed
      return sentence.isEmpty ? [] : [sentence]
    }
    if SentenceUnits.isOneScalarPerCharacter(text) {
      return sentences(in: text.unicodeScalars)
    }
    return sentences(in: text)
  }

  /// False when no ".", "!" or "?" is followed by more text: one sentence at most.
  private static func mayHoldTwoSentences(_ text: String) -> Bool {
    let bytes = text.utf8
    var sawStop = false
    for byte in bytes {
      if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
        sawStop = true
      } else if sawStop, byte != UInt8(ascii: " "), byte != UInt8(ascii: ")"),
        byte != UInt8(ascii: "\"")
      {
        return true
      }
    }
    return false
  }

  private static func sentences<Text: SentenceText>(in chars: Text) -> [String] {
    var sentences: [String] = []
    var start = chars.startIndex
    var index = chars.startIndex
    while index < chars.endIndex {
      let next = chars.index(after: index)
      if chars[index].isStop, endsSentence(chars, at: index) {
        append(chars.string(start..<next), to: &sentences)
        start = next
      }
      index = next
    }
    if start < chars.endIndex { append(chars.string(start..<chars.endIndex), to: &sentences) }
    return sentences
  }

  private static func append(_ text: String, to sentences: inout [String]) {
    let sentence = text.trimmed
    if !sentence.isEmpty { sentences.append(sentence) }
  }

  private static func endsSentence<Text: SentenceText>(_ chars: Text, at index: Text.Index)
    -> Bool
  {
    var next = chars.index(after: index)
    while next < chars.endIndex, chars[next].isCloser { next = chars.index(after: next) }
    guard next < chars.endIndex else { return true }
    guard chars[next].isSpace else { return isGlued(chars, at: index, next: next) }
    while next < chars.endIndex, chars[next].isSpace { next = chars.index(after: next) }
    guard next < chars.endIndex else { return true }
    let following = chars[next]
    guard following.isUppercase || following.isNumber || following.isOpener else {
      return false
    }
    return !chars[index].isDot || !isAbbreviation(chars, before: index)
  }

  /// "players.We ship": a sentence end that lost its space, between lowercase words.
  private static func isGlued<Text: SentenceText>(
    _ chars: Text, at index: Text.Index, next: Text.Index
  ) -> Bool {
    guard index > chars.startIndex else { return false }
    let previous = chars.index(before: index)
    let afterNext = chars.index(after: next)
    guard previous > chars.startIndex, afterNext < chars.endIndex else { return false }
    return chars[previous].isLowercase && chars[chars.index(before: previous)].isLowercase
      && chars[next].isUppercase && chars[afterNext].isLowercase
  }

  private static let abbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "sr", "jr", "st", "inc", "ltd", "co", "corp", "vs", "no", "approx",
    "dept", "est", "e.g", "i.e", "prof", "mt", "ft", "sq", "u.s", "u.k", "a.m", "p.m",
    "ph.d", "b.s", "m.s", "b.a", "m.a", "cf", "ca", "nr", "bzw", "z.b", "d.h", "sra", "sres",
  ]

  private static func isAbbreviation<Text: SentenceText>(
    _ chars: Text, before index: Text.Index
  ) -> Bool {
    var start = index
    while start > chars.startIndex {
      let previous = chars.index(before: start)
      guard chars[previous].isLetter || chars[previous].isDot else { break }
      start = previous
    }
    let word = chars.string(start..<index).lowercased()
    if word.count == 1, chars[start].isUppercase { return true }  // an initial: "Naveen G."
    return abbreviations.contains(word)
  }
}
