import Testing

@testable import CandorKit

@Suite struct PhraseSetTests {
  static let cues = PhraseSet(["a plus", "nice to have", "preferred"])
  static let words = PhraseSet(["must", "at least"], wholeWords: true)

  @Test(arguments: [
    ("Kafka is A Plus", true), ("NICE TO HAVE: Go", true), ("Strongly preferred.", true),
    ("plus one", false), ("", false),
  ])
  func findsPhrasesIgnoringCase(_ sample: (String, Bool)) {
    #expect(Self.cues.matches(sample.0) == sample.1)
  }

  @Test(arguments: [
    ("You must have SQL", true), ("At least 2 years", true), ("mustard and atleast", false),
    ("must-have", true), ("Mustang", false),
  ])
  func matchesWholeWordsWhenAsked(_ sample: (String, Bool)) {
    #expect(Self.words.matches(sample.0) == sample.1)
  }

  @Test func countsDistinctPhrasesAndFindsTheFirst() {
    let text = "Preferred: Go. Python is a plus, Rust is a plus, and nice to have"
    #expect(Self.cues.distinctCount(in: text) == 3)
    #expect(Self.cues.first(in: text) == "preferred")
  }
}
