import Foundation
import Testing

@testable import CandorKit

@Suite struct ByteSearchTests {
  @Test func byteRangeFindsTheFirstOccurrenceAfterMultibyteText() {
    let text = "Résumé — skills; more; rest"
    let range = text.byteRange(of: "; ")
    #expect(range.map { String(text[..<$0.lowerBound]) } == "Résumé — skills")
    #expect(range.map { String(text[$0.upperBound...]) } == "more; rest")
  }

  @Test func byteRangeIsNilForAbsentOrEmptyNeedles() {
    #expect("abc".byteRange(of: "abcd") == nil)
    #expect("abc".byteRange(of: "x") == nil)
    #expect("abc".byteRange(of: "") == nil)
    #expect("a – b".byteRange(of: " – ") != nil)
  }

  @Test func byteRangeWorksOnSubstrings() {
    let text = "keep: this, cut, here"
    let tail = text.dropFirst(6)
    let range = tail.byteRange(of: ", ")
    #expect(range.map { String(tail[..<$0.lowerBound]) } == "this")
  }

  @Test func byteRangeStartsWhereAsked() {
    let text = "a, b, c"
    let first = text.byteRange(of: ", ")
    let second = first.flatMap { text.byteRange(of: ", ", from: $0.upperBound) }
    #expect(second.map { String(text[$0.upperBound...]) } == "c")
    #expect(text.byteRange(of: "c", from: text.endIndex) == nil)
  }

  /// "e" followed by a combining accent is part of "é": `range(of:)` does not find "e"
  /// there, and neither does a whole-character search, which goes on to the next "e".
  @Test(arguments: [
    ("cafe\u{0301} e", "e"), ("x-\u{0301}y - z", "-"), ("née", "e"),
    ("plain text", "text"), ("none here", "zz"), ("日本語の本", "本"),
  ])
  func byteRangeFindsWholeCharactersLikeFoundation(text: String, needle: String) {
    #expect(text.byteRange(of: needle) == text.range(of: needle))
  }

  /// Foundation finds "\n" inside "\r\n", one character; a whole-character search does not.
  @Test func byteRangeKeepsCarriageReturnAndLineFeedTogether() {
    let text = "a\r\nb\n"
    #expect(text.byteRange(of: "\n").map { String(text[..<$0.lowerBound]) } == "a\r\nb")
    #expect(text.byteRange(of: "\n", wholeCharacters: false) != nil)
  }

  @Test func hasBytesFindsAnyByteMatchAndTheEmptyNeedle() {
    #expect("a  b".hasBytes("  "))
    #expect(!"a b".hasBytes("  "))
    #expect("cafe\u{0301}".hasBytes("e"))
    #expect("abc".hasBytes(""))
    #expect("Résumé".dropFirst().hasBytes("sum"))
  }

  @Test func literalComponentsCutLikeFoundation() {
    for (text, separator) in [("a; b;; c", ";"), ("x from y from", " from "), ("", ",")] {
      let expected = text.components(separatedBy: separator)
      #expect(text.literalComponents(separatedBy: separator) == expected)
    }
  }

  @Test func lowercasedTextMatchesTheStandardLibrary() {
    let samples = [
      "ACME Corp’s Team", "İSTANBUL Straße ΣΟΦΊΑ", "\u{212A}elvin ǅemal", "ÉCOLE — Ⅻ",
      "plain ascii", "",
    ]
    for text in samples { #expect(text.lowercasedText == text.lowercased()) }
  }

  @Test func entityDecodingSkipsAnAmpersandThatCarriesAnAccent() {
    #expect(HTMLEntities.decode("R&amp;D &\u{0301}amp; x") == "R&D &\u{0301}amp; x")
    #expect(HTMLEntities.decode("café &amp; bar") == "café & bar")
  }

  @Test func lineFeedRowsCutLikeTheCharacterSplit() {
    for text in ["a\n\nb\n", "", "\n", "x\r\ny\nz", "é\n\u{0301}b"] {
      let expected = text.split(separator: "\n", omittingEmptySubsequences: false)
      #expect(text.lineFeedRows == expected)
    }
  }
}
