/// Tokens of one text with the letter-case facts matching needs: which tokens open a
/// sentence and which sit in an all-caps run ("PYTHON, GO").
struct TokenText {
  let tokens: [Token]
  /// For each token, true when it is written in capitals next to another all-caps word of
  /// the same line, so case-sensitive spellings may match in capitals.
  let shouting: [Bool]

  init(_ tokens: [Token], detectCapitals: Bool = true) {
    self.tokens = tokens
    shouting = detectCapitals ? Self.shoutingFlags(tokens) : []
  }

  var count: Int { tokens.count }

  subscript(index: Int) -> Token { tokens[index] }

  func isShouting(_ index: Int) -> Bool {
    index < shouting.count && shouting[index]
  }

  /// True when the token at `index` opens a line, a bullet item or a sentence.
  func opensSentence(_ index: Int) -> Bool {
    guard index > 0 else { return true }
    let previous = tokens[index - 1]
    if previous.isLineBreak || previous.text == "•" { return true }
    return Self.holdsStop(Tokenizer.gap(previous, tokens[index]))
  }

  /// True when `gap` holds a ".", "!" or "?" character; ASCII gaps, nearly all of them,
  /// by their bytes, since there each byte is a character.
  private static func holdsStop(_ gap: Substring) -> Bool {
    let utf8 = gap.utf8
    guard utf8.allSatisfy({ $0 < 0x80 }) else { return gap.contains { ".!?".contains($0) } }
    return utf8.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "!") || $0 == 0x3F }
  }

  /// True when the capitalised word at `index` follows another capitalised word mid-sentence,
  /// as in a company name ("Northwind Telemetry", "Mead Johnson Nutrition").
  func continuesProperName(_ index: Int) -> Bool {
    guard index > 0, index < tokens.count, isCapitalised(index), !opensSentence(index) else {
      return false
    }
    let previous = tokens[index - 1]
    // A sentence's first word is capitalised anyway ("Utilize Excel as needed").
    return !previous.isPunctuation && isCapitalised(index - 1) && !opensSentence(index - 1)
      && Tokenizer.gap(previous, tokens[index]) == " "
  }

  private func isCapitalised(_ index: Int) -> Bool {
    tokens[index].text.first?.isUppercase ?? false
  }

  /// True when `first` and the token after it are written as one hyphenated word.
  func isHyphenated(_ first: Int) -> Bool {
    guard first + 1 < tokens.count else { return false }
    let end = tokens[first].range.upperBound
    let scalars = tokens[first].text.base.unicodeScalars
    guard end < scalars.endIndex, scalars[end] == "-" else { return false }
    return scalars.index(after: end) == tokens[first + 1].range.lowerBound
  }

  /// True when the token at `index` is an acronym joined by a hyphen to a one-capital
  /// suffix, which together name another thing ("FP-C", "CCP-C", "CCRN-K").
  func isSuffixedAcronym(_ index: Int) -> Bool {
    guard index >= 0, index + 1 < tokens.count, Self.isAllCaps(tokens[index]),
      isHyphenated(index)
    else { return false }
    let suffix = tokens[index + 1].text.unicodeScalars
    return suffix.count == 1 && suffix.allSatisfy { (0x41...0x5A).contains($0.value) }
  }

  private static func shoutingFlags(_ tokens: [Token]) -> [Bool] {
    let caps = tokens.map(isAllCaps)
    guard caps.contains(true) else { return [] }
    var flags = [Bool](repeating: false, count: tokens.count)
    for index in tokens.indices where caps[index] {
      flags[index] =
        neighbourWord(tokens, from: index, step: -1).map { caps[$0] } == true
        || neighbourWord(tokens, from: index, step: 1).map { caps[$0] } == true
    }
    return flags
  }

  /// True for a word of at least two letters, all of them capitals, and no digit: "MT103"
  /// is a code, so "SWIFT MT103" is no line in capitals.
  private static func isAllCaps(_ token: Token) -> Bool {
    guard !token.isPunctuation else { return false }
    // An ASCII word, nearly every one, on its bytes: no scalar decoding.
    if let ascii = token.text.utf8.withContiguousStorageIfAvailable(asciiAllCaps),
      let answer = ascii
    {
      return answer
    }
    var letters = 0
    for scalar in token.text.unicodeScalars {
      if scalar.isASCII {
        if (0x61...0x7A).contains(scalar.value) || (0x30...0x39).contains(scalar.value) {
          return false
        }
        if (0x41...0x5A).contains(scalar.value) { letters += 1 }
      } else if scalar.properties.isAlphabetic {
        guard scalar.properties.isUppercase else { return false }
        letters += 1
      }
    }
    return letters >= 2
  }

  /// `isAllCaps` read on bytes up to the first that is not ASCII (nil there): an ASCII
  /// lowercase letter or a digit before it already answers false, as the scalar walk would.
  private static func asciiAllCaps(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
    var letters = 0
    for byte in bytes {
      guard byte < 0x80 else { return nil }
      if byte >= 0x61 && byte <= 0x7A || byte >= 0x30 && byte <= 0x39 { return false }
      if byte >= 0x41 && byte <= 0x5A { letters += 1 }
    }
    return letters >= 2
  }

  /// The nearest word token in direction `step`, without crossing a line break.
  private static func neighbourWord(_ tokens: [Token], from index: Int, step: Int) -> Int? {
    var position = index + step
    while position >= 0 && position < tokens.count {
      let token = tokens[position]
      if token.isLineBreak { return nil }
      if !token.isPunctuation { return position }
      position += step
    }
    return nil
  }
}
