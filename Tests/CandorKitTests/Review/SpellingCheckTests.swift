import Foundation
import Testing

@testable import CandorKit

/// A spell checker that knows a fixed word list and counts how often it is asked.
private final class CountingSpellChecker: SpellChecker, @unchecked Sendable {
  let known: Set<String>
  private let lock = NSLock()
  private var asked: [String: Int] = [:]

  init(known: Set<String>) { self.known = known }

  func isCorrect(_ word: String) -> Bool {
    lock.lock()
    defer { lock.unlock() }
    asked[word, default: 0] += 1
    return known.contains(word.lowercased())
  }

  func suggestions(for word: String) -> [String] { word == "teh" ? ["the"] : [] }

  func times(_ word: String) -> Int {
    lock.lock()
    defer { lock.unlock() }
    return asked[word, default: 0]
  }
}

@Suite struct SpellingCheckTests {
  static let letter = """
    Dear hiring team,

    I wrote teh report and teh summary for teh board every week, and the board read them.

    Best regards,
    Sam Ortiz
    """

  static let dictionary: Set<String> = [
    "i", "wrote", "report", "and", "summary", "for", "board", "every", "week", "the", "read",
    "them",
  ]

  @Test func everyMisspellingIsFoundButEachSpellingIsAskedOnce() {
    let checker = CountingSpellChecker(known: Self.dictionary)
    let review = LetterReviewer(spellChecker: checker).review(text: Self.letter)
    let spelling = review.findings.filter { $0.rule == "spelling" }
    #expect(spelling.map(\.column) == [9, 24, 40])
    #expect(spelling.allSatisfy { $0.message == "fix the spelling of 'teh' (did you mean 'the'?)" })
    #expect(checker.times("teh") == 1)
    #expect(checker.times("board") == 1)
  }
}
