import Testing

@testable import CandorKit

/// Whitespace read from UTF-8 bytes agrees with the scalars' own property, for every scalar
/// and in running text.
@Suite struct SpaceBytesTests {
  /// The scalar walk the byte reading replaced.
  private func singleSpacedByScalars(_ text: String) -> Bool {
    var previousIsSpace = true
    for scalar in text.unicodeScalars {
      let isSpace = scalar.properties.isWhitespace
      if isSpace && (previousIsSpace || scalar != " ") { return false }
      previousIsSpace = isSpace
    }
    return !previousIsSpace || text.isEmpty
  }

  @Test func tellsEveryWideSpaceByItsBytes() {
    for value in 0x80...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let bytes = Array(String(scalar).utf8)
      let found = bytes.withUnsafeBufferPointer { SpaceBytes.startsWideSpace($0, at: 0) }
      #expect(found == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
    }
  }

  @Test(arguments: [
    "", "two words", "two  words", " leading", "trailing ", "a\ttab", "no\u{A0}break",
    "em\u{2003}space", "ideographic\u{3000}", "curly ’quote’ – dash", "é\u{301} accent",
    "line\u{2028}sep", "x \u{205F}y",
  ])
  func isSingleSpacedAsTheScalarWalk(_ text: String) {
    #expect(ClauseBuilder.isSingleSpaced(text) == singleSpacedByScalars(text))
  }

  @Test func isSingleSpacedAsTheScalarWalkOnGeneratedText() {
    var generator = SystemRandomNumberGenerator()
    let pieces = ["a", "bc", " ", "  ", "\t", "\n", "\u{A0}", "\u{2009}", "’", "é", "\u{85}", "😀"]
    for _ in 0..<3_000 {
      let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in
        pieces.randomElement(using: &generator)!
      }.joined()
      #expect(ClauseBuilder.isSingleSpaced(text) == singleSpacedByScalars(text), "\(text)")
    }
  }
}
