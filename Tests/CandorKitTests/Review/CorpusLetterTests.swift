import CandorSpelling
import Foundation
import Testing

@testable import CandorKit

/// A real letter from the shared corpus and the faults its MANIFEST note describes.
struct CorpusLetterCase: CustomTestStringConvertible, Sendable {
  let prefix: String
  let rules: [String]
  var testDescription: String { prefix }
}

/// The shared corpus's letters folder, when it is checked out next to the project.
enum CorpusLetters {
  /// `$CANDOR_CORPUS/letters`, or `../shared/corpus/letters` beside the project (or beside
  /// the folder of worktrees it sits in).
  static let folder: URL? = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../..").standardized
    var candidates = ["../shared/corpus", "../../shared/corpus"].map {
      root.appendingPathComponent($0)
    }
    if let corpus = ProcessInfo.processInfo.environment["CANDOR_CORPUS"] {
      candidates.insert(URL(fileURLWithPath: corpus), at: 0)
    }
    return candidates.map { $0.appendingPathComponent("letters").standardized }
      .first { FileManager.default.fileExists(atPath: $0.path) }
  }()
}

/// Runs only where the shared corpus is present; the project's own fixtures cover the same
/// kinds of fault.
@Suite(.enabled(if: CorpusLetters.folder != nil))
struct CorpusLetterTests {
  static let reviewer = LetterReviewer(spellChecker: HunspellChecker.englishUS)

  static let cases: [CorpusLetterCase] = [
    .init(
      prefix: "001",
      rules: [
        "generic-greeting", "spelling", "confused-word", "text-after-signature",
        "passion-statement", "generic-opener",
      ]),
    .init(prefix: "002", rules: ["generic-opener", "passion-statement", "unbacked-soft-skill"]),
    .init(prefix: "004", rules: ["generic-greeting", "spacing"]),
    .init(prefix: "005", rules: ["self-praise", "missing-greeting", "missing-sign-off"]),
    .init(
      prefix: "007",
      rules: ["placeholder", "passion-statement", "spelling", "text-after-signature"]),
    .init(prefix: "008", rules: ["placeholder", "spelling", "generic-opener"]),
    .init(prefix: "010", rules: ["placeholder", "generic-greeting"]),
    .init(prefix: "011", rules: ["letter-length", "no-company-hook", "missing-sign-off"]),
    .init(
      prefix: "013",
      rules: [
        "generic-greeting", "placeholder", "passion-statement", "no-quantified-achievement",
      ]),
    .init(prefix: "014", rules: ["placeholder", "generic-greeting", "no-quantified-achievement"]),
    .init(
      prefix: "016", rules: ["missing-greeting", "no-company-hook", "unfinished-sentence"]),
    .init(prefix: "017", rules: ["placeholder", "generic-opener"]),
    .init(
      prefix: "019",
      rules: ["unbacked-soft-skill", "text-after-signature", "long-sentence", "letter-length"]),
    .init(prefix: "020", rules: ["generic-greeting", "apology", "informal-word", "letter-length"]),
    .init(prefix: "022", rules: ["text-after-signature", "a-or-an", "generic-opener"]),
  ]

  static func review(_ prefix: String) throws -> Review {
    let folder = try #require(CorpusLetters.folder)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    let name = try #require(names.first { $0.hasPrefix(prefix + "-") })
    let file = try InputFile.read(folder.appendingPathComponent(name).path)
    return reviewer.review(file)
  }

  @Test(arguments: cases)
  func letterIsFlaggedForTheFaultsItsNoteDescribes(_ test: CorpusLetterCase) throws {
    let found = Set(try Self.review(test.prefix).findings.map(\.rule))
    for rule in test.rules {
      #expect(found.contains(rule), "\(rule) not reported")
    }
  }

  /// 004 is the goodish one; 002 (short, passion, unbacked "team player") may edge past it
  /// now that 004's "Thank you for considering my candidacy" counts as a limp closing.
  @Test func theGoodishLetterScoresInTheTopTwoAndHasNoErrors() throws {
    let scores = try Dictionary(
      uniqueKeysWithValues: Self.cases.map { ($0.prefix, try Self.review($0.prefix)) })
    let good = try #require(scores["004"])
    #expect(!good.hasErrors)
    #expect(scores.values.filter { $0.score > good.score }.count <= 1)
    #expect(good.findings.contains { $0.rule == "limp-closing" })
  }

  @Test func letterWithTwoSamplesReviewsOnlyTheFirst() throws {
    let review = try Self.review("022")
    #expect(review.notes.contains { $0.hasPrefix("a second letter starts at line") })
  }
}
