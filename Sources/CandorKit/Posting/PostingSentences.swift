/// Splits running text into sentences at ".", "!" and "?" followed by a space and a capital
/// letter or digit, keeping abbreviations such as "e.g.", "Inc." and "U.S." whole.
enum PostingSentences {
  static func split(_ text: String) -> [String] {
    guard mayHoldTwoSentences(text) else {
      let sentence = text.trimmed
      return sentence.isEmpty ? [] : [sentence]
    }
    let chars = Array(text)
    var sentences: [String] = []
    var start = 0
    var index = 0
    while index < chars.count {
      let char = chars[index]
      if char == "." || char == "!" || char == "?", endsSentence(chars, at: index) {
        append(chars[start...index], to: &sentences)
        start = index + 1
      }
      index += 1
    }
    if start < chars.count { append(chars[start...], to: &sentences) }
    return sentences
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

  private static func append(_ slice: ArraySlice<Character>, to sentences: inout [String]) {
    let sentence = String(slice).trimmed
    if !sentence.isEmpty { sentences.append(sentence) }
  }

  private static func endsSentence(_ chars: [Character], at index: Int) -> Bool {
    var next = index + 1
    while next < chars.count, chars[next] == "\"" || chars[next] == "”" || chars[next] == ")" {
      next += 1
    }
    guard next < chars.count else { return true }
    guard chars[next] == " " else { return isGlued(chars, at: index, next: next) }
    while next < chars.count, chars[next] == " " { next += 1 }
    guard next < chars.count else { return true }
    let following = chars[next]
    guard following.isUppercase || following.isNumber || "\"“•(¡¿".contains(following) else {
      return false
    }
    return chars[index] != "." || !isAbbreviation(chars, before: index)
  }

  /// "players.We ship": a sentence end that lost its space, between lowercase words.
  private static func isGlued(_ chars: [Character], at index: Int, next: Int) -> Bool {
    guard index >= 2, next + 1 < chars.count else { return false }
    return chars[index - 1].isLowercase && chars[index - 2].isLowercase
      && chars[next].isUppercase && chars[next + 1].isLowercase
  }

  private static let abbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "sr", "jr", "st", "inc", "ltd", "co", "corp", "vs", "no", "approx",
    "dept", "est", "e.g", "i.e", "prof", "mt", "ft", "sq", "u.s", "u.k", "a.m", "p.m",
    "ph.d", "b.s", "m.s", "b.a", "m.a", "cf", "ca", "nr", "bzw", "z.b", "d.h", "sra", "sres",
  ]

  private static func isAbbreviation(_ chars: [Character], before index: Int) -> Bool {
    var start = index
    while start > 0, chars[start - 1].isLetter || chars[start - 1] == "." { start -= 1 }
    let word = String(chars[start..<index]).lowercased()
    if word.count == 1, chars[start].isUppercase { return true }  // an initial: "Naveen G."
    return abbreviations.contains(word)
  }
}
