import Testing

@testable import CandorKit

/// The byte-level fast paths of resume reading and lexicon matching, taken for ASCII text,
/// give the same answers as the character walks they stand in for.
@Suite struct ResumeByteScanTests {
  @Test(arguments: [
    "Senior Software Engineer", "AT&T Labs, Inc.", "R&D - Lead (II)", "O'Brien & Sons\r\nLLC",
    "Ingénieur Logiciel", "  spaced   out  ",
  ])
  func roleWordsAreTheLettersSplitOfTheFoldedText(_ text: String) {
    let expected = TextFolding.fold(text).split { !$0.isLetter && $0 != "&" }.map(String.init)
    #expect(RoleWords.folded(text) == expected)
  }

  @Test(arguments: [
    "Java Developer          Jan 2019 - Present", "   left    right   ", "one two  three",
    "Café Lumière     Paris    2020", "a\u{301}bc     de\u{301}f", "",
  ])
  func columnSegmentsCountCharacters(_ text: String) {
    let found = ColumnSplitter.segments(text).map { "\($0.start):\($0.text)" }
    #expect(found == Self.characterSegments(text))
  }

  @Test func sentencesOfASCIITextAreFoundAsInAnyText() {
    let text =
      "Built the U.S. site for Acme Inc. in 2019. Led 3 teams! Shipped v2.0 on time? "
      + "Yes.Handled development.Handling releases. Perl, Ksh, Oracle. Done"
    let ascii = Sentences.split(text)
    let accented = Sentences.split("Été. " + text)
    #expect(
      ascii.map(\.text) == [
        "Built the U.S. site for Acme Inc. in 2019.", "Led 3 teams!",
        "Shipped v2.0 on time? Yes.Handled development. Handling releases. Perl, Ksh, Oracle. Done",
      ])
    #expect(accented.count == ascii.count + 1)
    for (plain, shifted) in zip(ascii, accented.dropFirst()) {
      #expect(plain.text == shifted.text)
      #expect(plain.offset + 5 == shifted.offset)
    }
  }

  @Test(arguments: [
    "databases", "policies", "ties", "boxes", "churches", "wishes", "buses", "status", "class",
    "axis", "APIs", "ends", "cats", "cafés", "naïves", "ss", "s", "x-rays",
  ])
  func asciiSingularsFollowTheCharacterRules(_ word: String) {
    #expect(Plural.singulars(of: word) == Plural.characterSingulars(of: word))
  }

  @Test(arguments: ["Acme Inc.", "and  ", "  ", "", "one", "trailing and", "a  b c"])
  func lastWordIsTheLastOfTheSpaceSplit(_ text: String) {
    #expect(LineShape.lastWord(text) == text.split(separator: " ").last)
  }

  @Test(arguments: [
    ("Autosys.", true), ("Perl, Ksh, SunOS, Oracle.", true), ("Two  words  ", true),
    ("Led the Orbisk team of nine.", false), ("Kotlin, Gradle and a long tail, of tools", false),
    ("Rust, Go, and the rest of the Varnel stack we ran in production", false),
    ("Ingénieur, Développeur, Architecte", true), ("Café, Crème, Brûlée, Thé", true),
    ("a \u{301}b c", true), (" ,,a b c, d,e", true), (", , ,", false),
    ("Zig,\u{301} Nim, Odin, Gleam", true), ("", true),
  ])
  func fragmentsCountedOnBytesAgreeWithTheCharacterSplit(_ text: String, fragment: Bool) {
    #expect(Sentences.isFragment(text) == fragment)
    #expect(Sentences.characterFragment(text) == fragment)
  }

  @Test(arguments: ["", "abc", "a\u{301}bc", "Café Lumière", "🇫🇷🇩🇪 x", "line\r\nnext"])
  func characterLimitsAgreeWithCount(_ text: String) {
    for limit in -1...14 {
      #expect(text.hasCharacters(atMost: limit) == (text.count <= limit))
      #expect(text.hasCharacters(atLeast: limit) == (text.count >= limit))
      #expect(text.dropFirst().hasCharacters(atMost: limit) == (text.dropFirst().count <= limit))
    }
  }

  /// Runs of text between three or more spaces, walking characters.
  private static func characterSegments(_ text: String) -> [String] {
    let chars = Array(text)
    var result: [String] = []
    var start: Int?
    var spaces = 0
    for (column, char) in chars.enumerated() {
      if char == " " {
        spaces += 1
        if spaces >= 3, let begin = start {
          result.append("\(begin):" + String(chars[begin..<(column - 2)]).trimmingSpaces())
          start = nil
        }
      } else {
        if start == nil { start = column }
        spaces = 0
      }
    }
    if let begin = start { result.append("\(begin):" + String(chars[begin...]).trimmingSpaces()) }
    return result
  }
}
