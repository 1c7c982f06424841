/// Joins words whose letters a PDF spaced out when the gaps between words are wider than
/// ``PlainText/joinSpacedLetters(_:)`` expects: "J O R D A N   R E E S E" (three spaces
/// between words), even with other text far to the right on the same line.
enum SpacedWords {
  /// `text` with each run of spaced single characters ("R E E S E") closed up; such words
  /// that follow one another across a gap of two to four spaces are joined by one space,
  /// and wider gaps (before a second column) are kept. A line needs two spaced words, so
  /// "Grade A B" stays as it is.
  static func join(_ text: String) -> String {
    guard text.hasBytes("   ") else { return text }
    let chunks = chunks(of: text)
    let spaced = chunks.map { isSpacedWord($0.text) }
    guard spaced.filter({ $0 }).count >= 2 else { return text }
    var result = ""
    for (index, chunk) in chunks.enumerated() {
      if index > 0 {
        let joinsWord = spaced[index] && spaced[index - 1] && chunk.gap <= 4
        result += joinsWord ? " " : String(repeating: " ", count: chunk.gap)
      }
      result += spaced[index] ? chunk.text.filter { $0 != " " } : chunk.text
    }
    return result
  }

  /// The runs of `text` between gaps of two or more spaces, each with the gap before it.
  private static func chunks(of text: String) -> [(text: String, gap: Int)] {
    var result: [(text: String, gap: Int)] = []
    var current = ""
    var gap = 0
    var spaces = 0
    for char in text {
      if char == " " {
        spaces += 1
        continue
      }
      if !current.isEmpty, spaces >= 2 {
        result.append((current, gap))
        current = ""
        gap = spaces
      } else if !current.isEmpty, spaces == 1 {
        current.append(" ")
      }
      spaces = 0
      current.append(char)
    }
    if !current.isEmpty { result.append((current, gap)) }
    return result
  }

  /// Two or more single letters or digits, each one space from the next: "R E E S E".
  private static func isSpacedWord(_ chunk: String) -> Bool {
    let tokens = chunk.split(separator: " ", omittingEmptySubsequences: false)
    return tokens.count >= 2
      && tokens.allSatisfy { $0.count == 1 && ($0.first!.isLetter || $0.first!.isNumber) }
  }
}
