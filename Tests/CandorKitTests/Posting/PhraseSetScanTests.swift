import Testing

@testable import CandorKit

/// `PhraseSet` splits large first-byte groups by second byte and skips whole-word groups
/// inside words; these tests compare it with a phrase-by-phrase search on generated lists.
@Suite struct PhraseSetScanTests {
  /// The phrase a straightforward search finds first: every byte offset in turn, and at each
  /// the phrases in the order given, ASCII letters folded, whole words checked.
  static func firstByHand(_ lists: [([String], Bool)], in text: String) -> String? {
    let phrases = lists.flatMap { list in list.0.map { ($0.lowercased(), list.1) } }
    let bytes = Array(text.utf8).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }
    func isWord(_ byte: UInt8) -> Bool {
      byte >= 0x80 || (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte)
    }
    for start in bytes.indices {
      for (phrase, whole) in phrases {
        let pattern = Array(phrase.utf8)
        guard !pattern.isEmpty, start + pattern.count <= bytes.count,
          Array(bytes[start..<start + pattern.count]) == pattern
        else { continue }
        let end = start + pattern.count
        if whole, start > 0 && isWord(bytes[start - 1]) || end < bytes.count && isWord(bytes[end]) {
          continue
        }
        return phrase
      }
    }
    return nil
  }

  /// A fixed sequence of pseudo-random numbers, so a failure can be replayed.
  struct Numbers {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    mutating func word(_ letters: [String], length: Int) -> String {
      (0..<length).map { _ in letters[next(letters.count)] }.joined()
    }
  }

  static let letters = ["a", "b", "c", "A", "B", " ", "-", "é", "1"]

  @Test func findsTheSamePhrasesAsASearchPhraseByPhrase() {
    var numbers = Numbers(state: 7)
    for _ in 0..<300 {
      let lists = (0..<(1 + numbers.next(3))).map { _ in
        (
          (0..<(1 + numbers.next(12))).map { _ in
            numbers.word(Self.letters, length: 1 + numbers.next(4))
          }, numbers.next(2) == 0
        )
      }
      let set = PhraseSet(lists: lists.map { (phrases: $0.0, wholeWords: $0.1) })
      for _ in 0..<10 {
        let text = numbers.word(Self.letters, length: numbers.next(30))
        let expected = Self.firstByHand(lists, in: text)
        #expect(set.first(in: text) == expected, "\(lists) in \(text)")
        #expect(set.matches(text) == (expected != nil))
      }
    }
  }

  @Test func opensOnlyWithAPhraseAtTheStart() {
    let set = PhraseSet(["about us", "apply", "apple pie", "appendix", "a plus"])
    #expect(set.opens("Apply now"))
    #expect(set.opens("about us: we make tools"))
    #expect(!set.opens("Please apply now"))
    #expect(!set.opens("ap"))
    #expect(!set.opens(""))
  }

  @Test func wholeWordGroupsAreSkippedInsideWords() {
    let set = PhraseSet(["must", "mustang", "must-have", "musts"], wholeWords: true)
    #expect(set.first(in: "Mustard first, then a mustang") == "mustang")
    #expect(set.first(in: "A must-have") == "must")
    #expect(!set.matches("mustards and admust"))
  }
}
