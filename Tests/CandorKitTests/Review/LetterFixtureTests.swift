import CandorSpelling
import Testing

@testable import CandorKit

/// One fixture letter and the findings its faults must produce.
struct FixtureCase: CustomTestStringConvertible, Sendable {
  let file: String
  /// Rule ids with the `line:column` of each finding expected, in order.
  let expected: [String: [String]]
  /// Rules that must stay silent.
  let silent: [String]

  var testDescription: String { file }
}

@Suite struct LetterFixtureTests {
  static let reviewer = LetterReviewer(spellChecker: HunspellChecker.englishUS)

  static let cases: [FixtureCase] = [
    FixtureCase(
      file: "template-unfilled.txt",
      expected: [
        "placeholder": ["3:44", "3:65", "3:88", "10:1"], "generic-greeting": ["1:1"],
        "generic-opener": ["3:1"], "passion-statement": ["3:119"], "hedging": ["3:168"],
        "self-praise": ["3:187", "5:93"], "unbacked-soft-skill": ["5:8", "5:25", "5:63"],
        "limp-closing": ["7:8", "7:70"], "no-next-step": ["7:1"],
      ],
      silent: ["text-after-signature", "missing-sign-off"]),
    FixtureCase(
      file: "notes-after-signature.txt", expected: ["text-after-signature": ["12:3"]],
      silent: ["no-company-hook", "no-quantified-achievement", "no-next-step", "spelling"]),
    FixtureCase(
      file: "two-drafts.txt", expected: ["text-after-signature": ["15:1"]],
      silent: ["generic-greeting", "no-next-step", "missing-greeting", "spelling"]),
    FixtureCase(
      file: "typos-and-spacing.txt",
      expected: [
        "spelling": ["3:127", "5:15", "5:40"], "repeated-word": ["5:62"], "a-or-an": ["5:112"],
        "spacing": ["3:219", "5:137"], "confused-word": ["5:204"],
      ],
      silent: ["generic-greeting", "no-company-hook"]),
    FixtureCase(
      file: "pitch-crlf.txt",
      expected: [
        "missing-greeting": ["1:1"], "missing-sign-off": ["4:1"], "self-praise": ["3:59", "4:25"],
      ],
      silent: ["text-after-signature"]),
    FixtureCase(
      file: "two-sentences.txt",
      expected: [
        "letter-length": ["3:1"], "missing-sign-off": ["3:77"], "no-company-hook": ["3:1"],
      ],
      silent: ["missing-greeting"]),
    FixtureCase(
      file: "unfinished-paragraph.txt",
      expected: [
        "unfinished-sentence": ["4:116"], "missing-greeting": ["1:1"], "generic-opener": ["1:1"],
        "unbacked-soft-skill": ["6:65"], "no-company-hook": ["1:1"],
      ],
      silent: ["missing-sign-off"]),
    FixtureCase(
      file: "hard-wrapped.txt",
      expected: [
        "generic-greeting": ["1:1"], "generic-opener": ["3:1"], "repeated-word": ["16:22"],
        "apology": ["22:37", "22:83"], "passion-statement": ["4:74", "23:41"],
      ],
      silent: ["long-paragraph", "missing-sign-off"]),
    FixtureCase(
      file: "lone-cr.txt", expected: ["letter-length": ["3:1"]],
      silent: ["no-next-step", "no-quantified-achievement", "missing-sign-off"]),
    // "At <employer>, I also …" a third time, two jobs mixed: the frame, not the name, repeats.
    FixtureCase(
      file: "at-employer-also.txt", expected: ["repeated-frame": ["6:62"]],
      silent: ["generic-greeting", "no-next-step", "missing-sign-off"]),
  ]

  @Test(arguments: cases)
  func fixtureIsFlaggedForItsFaults(_ test: FixtureCase) throws {
    let review = Self.reviewer.review(text: try ReviewFixtures.letter(test.file))
    for (rule, positions) in test.expected {
      let found = review.findings.filter { $0.rule == rule }.map { "\($0.line):\($0.column)" }
      #expect(found == positions, "\(rule)")
    }
    for rule in test.silent {
      #expect(!review.findings.contains { $0.rule == rule }, "\(rule) fired")
    }
  }

  @Test func secondDraftIsNotedAndLeftOut() throws {
    let review = Self.reviewer.review(text: try ReviewFixtures.letter("two-drafts.txt"))
    #expect(
      review.notes.first == "a second letter starts at line 15; only the first one was reviewed")
    // "32-bed" and "quick-reference" are one word each, as `candor write` counts them.
    #expect(review.wordCount == 78)
  }

  @Test func lengthFarOutsideTheRangeIsAnError() throws {
    let review = Self.reviewer.review(text: try ReviewFixtures.letter("two-sentences.txt"))
    let length = try #require(review.findings.first { $0.rule == "letter-length" })
    #expect(length.severity == .error)
    #expect(length.message == "expand the letter (limit 250–400 words, found 26)")
    // One error: the categories' 61 points scaled to 59 % of themselves.
    #expect(review.score == 36)
    #expect(
      review.notes.contains {
        $0.hasPrefix("with an error the score is scaled to at most 59, until the errors are")
      })
  }

  @Test func nonEnglishLetterSkipsEnglishRules() throws {
    let review = Self.reviewer.review(
      text: try ReviewFixtures.letter("spanish.txt"), language: "es")
    #expect(review.language == "es")
    #expect(review.findings.map(\.rule) == ["letter-length"])
    #expect(review.notes.first?.contains("'es'") == true)
  }

  @Test func misspellingsInAForeignLetterAreNotListedWordByWord() throws {
    let review = Self.reviewer.review(
      text: try ReviewFixtures.letter("spanish.txt"), language: "en")
    #expect(!review.findings.contains { $0.rule == "spelling" })
  }
}
