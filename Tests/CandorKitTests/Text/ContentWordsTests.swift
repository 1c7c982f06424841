import Testing

@testable import CandorKit

/// The words two statements are compared on: stop words, short words and numbers left out,
/// plural and verb endings folded, the same for ASCII and for other text.
@Suite struct ContentWordsTests {
  @Test func foldsEndingsAndDropsStopWordsAndNumbers() {
    let words = ContentWords.of("Building the APIs and 2024 services with Kafka, 35% faster")
    #expect(words == ["build", "apis", "servic", "kafka", "faster"])
  }

  @Test func aWordTooShortToStemStaysWhole() {
    #expect(ContentWords.of("uses ties rises") == ["uses", "ties", "rise"])
    #expect(ContentWords.of("updates") == ["updat"])
  }

  @Test func textBeyondASCIIFoldsTheSameWay() {
    let words = ContentWords.of("Café openings in Zürich, ４２４２ kiosks")
    #expect(words == ["café", "opening", "zürich", "kiosk"])
  }

  @Test func stemsASCIIWordsOnTheirBytesAsStemDoes() {
    var generator = SystemRandomNumberGenerator()
    let pieces = ["s", "es", "ed", "ing", "e", "in", "ng", "d", "ss", "a", "xyz", "tes"]
    let words = (0..<3_000).map { _ in
      (0..<Int.random(in: 1...4, using: &generator)).map { _ in
        pieces.randomElement(using: &generator)!
      }.joined()
    }
    let expected = Set(
      words.filter { $0.count > 2 && !ContentWords.stopWords.contains($0) }.map(
        ContentWords.stem))
    #expect(ContentWords.of(folded: words) == expected)
  }
}
