import Foundation
import Testing

@testable import CandorKit

/// Posting keywords name a shared generic word's skill only where the line is about its
/// field, and find a degree written "Master's" or "Bachelor's" as a degree, not a tool.
@Suite struct SharedWordKeywordTests {
  static func keywords(_ name: String) throws -> [PostingKeyword] {
    let url = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/postings/\(name)")
    let text = try String(contentsOf: url, encoding: .utf8)
    let posting = try PostingReader.read(InputFile(name: name, text: text))
    return KeywordExtractor.keywords(of: posting, lexicon: .standard)
  }

  /// The lexicon term each keyword spells ("Building pipeline" is "sales pipeline").
  static func terms(_ name: String) throws -> [String: KeywordCategory] {
    let pairs = try keywords(name).map { keyword in
      (Lexicon.standard.entry(for: keyword.term)?.term ?? keyword.term, keyword.category)
    }
    return Dictionary(pairs, uniquingKeysWith: { first, _ in first })
  }

  @Test func aDataPostingKeepsPipelinesAndWarehouseInItsOwnField() throws {
    let terms = try Self.terms("shared-words-data.md")
    #expect(terms.keys.contains("Snowflake"))
    #expect(terms.keys.contains("Apache Airflow"))
    #expect(!terms.keys.contains("sales pipeline"))
    #expect(!terms.keys.contains("warehouse operations"))
    #expect(!terms.keys.contains("web accessibility"))
  }

  @Test func findsMastersAndBachelorsAsDegrees() throws {
    let terms = try Self.terms("shared-words-data.md")
    #expect(terms["Bachelor's degree in Statistics"] == .degree)
    #expect(terms["master's in Computer Science"] == .degree)
    let tools = terms.filter { $0.value == .tool }.map(\.key)
    #expect(!tools.contains { $0.lowercased().hasPrefix("master") }, "\(tools)")
  }

  @Test func aSalesPostingStillFindsItsPipelineAndAWarehouseLineItsOperations() throws {
    let terms = try Self.terms("shared-words-sales.md")
    #expect(terms.keys.contains("sales pipeline"))
    #expect(terms.keys.contains("warehouse operations"))
    #expect(!terms.keys.contains("data pipelines"))
  }
}
