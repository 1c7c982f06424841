import Testing

@testable import CandorKit

/// The byte-level fast paths of resume reading and lexicon matching, taken for ASCII text,
/// give the same answers as the character walks they stand in for.
@Suite struct ResumeByteScanTests {
  @Test(arguments: [
    "Jan 2019 - Present", "Sept. '21–Mar 2023", "O'Brien's  2020/21\tQ3", "May-2019 \r\n to now",
    "rock'n'roll ' x' 'y 12ab3", "", "   ", "Café 2020",
  ])
  func dateTokensOnBytesAreTheCharacterTokens(_ text: String) {
    func described(_ tokens: [DateToken]) -> [String] {
      tokens.map { token in
        let start = text.utf8.distance(from: text.startIndex, to: token.range.lowerBound)
        return "\(token.kind) \(token.text) \(token.isSpaced) \(start)"
      }
    }
    let expected = described(DateToken.characterTokens(in: text))
    #expect(described(DateToken.tokens(in: text)) == expected)
    #expect(DateToken.asciiTokens(in: text).map(described) ?? expected == expected)
  }

  @Test func iconBulletsBecomeBulletsAndOtherPrivateUseStays() {
    #expect(IconBullets.replace("\u{F0B7} Led the team") == "• Led the team")
    #expect(IconBullets.replace("a\u{F0A7}b\u{F076}") == "a•b•")
    #expect(IconBullets.replace("\u{F000} Résumé \u{F0B6}") == "\u{F000} Résumé \u{F0B6}")
    #expect(IconBullets.replace("plain") == "plain")
  }

  /// A phrase's letter case read on bytes for ASCII spellings, as the characters tell it.
  @Test(arguments: ["Swift", "SWIFT", "swift", "Go", "R", "iOS", "Élan", "élan", "C++", "Node.js"])
  func phraseLetterCaseIsTheCharactersCase(_ spelling: String) {
    for caseSensitive in [true, false] {
      let phrase = Phrase(
        tokens: Tokenizer.tokens(in: spelling), entry: 0, category: .tool,
        caseSensitive: caseSensitive, ambiguous: false)
      let word = phrase.words[0]
      let capitalised = word.first!.isUppercase && word.dropFirst().allSatisfy(\.isLowercase)
      let single = phrase.words.count == 1
      #expect(phrase.isEverydayWord == (caseSensitive && single && capitalised))
      #expect(
        phrase.isCommonNoun == (!caseSensitive && single && word.allSatisfy { !$0.isUppercase }))
    }
  }

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
