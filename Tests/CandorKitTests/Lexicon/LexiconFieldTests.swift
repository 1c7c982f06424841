import Foundation
import Testing

@testable import CandorKit

/// An invented posting snippet for one field, the terms it must yield and some it must not.
struct FieldPosting: Decodable, CustomTestStringConvertible, Sendable {
  var field: String
  var text: String
  var present: [String]
  var absent: [String]

  var testDescription: String { field }

  /// The snippets of `Fixtures/lexicon/<name>`.
  /// Records an issue for each `present` term the standard lexicon misses in `text` and
  /// each `absent` one it finds.
  func expectStandardLexiconTerms(sourceLocation: SourceLocation = #_sourceLocation) {
    let found = Set(Lexicon.standard.matches(in: text).map(\.term))
    let missing = present.filter { !found.contains($0) }
    #expect(missing.isEmpty, "missing \(missing)", sourceLocation: sourceLocation)
    let unwanted = absent.filter { found.contains($0) }
    #expect(unwanted.isEmpty, "unwanted \(unwanted)", sourceLocation: sourceLocation)
  }

  static func load(_ name: String = "field-postings.json") -> [FieldPosting] {
    let url = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/lexicon/\(name)")
    guard let data = try? Data(contentsOf: url) else { return [] }
    return (try? JSONDecoder().decode([FieldPosting].self, from: data)) ?? []
  }
}

/// The lexicon finds each field's vocabulary in a realistic posting, not only software.
@Suite struct LexiconFieldTests {
  static let postings = FieldPosting.load()

  @Test func fixtureCoversManyFields() {
    #expect(Self.postings.count >= 12)
  }

  @Test(arguments: postings)
  func findsTheFieldsTerms(_ posting: FieldPosting) {
    posting.expectStandardLexiconTerms()
  }
}
