import Foundation

@testable import CandorKit

/// Loads the posting fixtures in `Tests/Fixtures/postings` and reads them with a small
/// lexicon, so results do not move when the shipped lexicon grows.
enum PostingFixture {
  static func url(_ name: String, file: String = #filePath) -> URL {
    URL(fileURLWithPath: file).deletingLastPathComponent()  // Posting
      .deletingLastPathComponent()  // CandorKitTests
      .deletingLastPathComponent()  // Tests
      .appendingPathComponent("Fixtures/postings/\(name)")
  }

  static func file(_ name: String) throws -> InputFile {
    let data = try Data(contentsOf: url(name))
    return InputFile(name: name, text: try InputFile.decode(data, name: name))
  }

  static func read(_ name: String) throws -> JobPosting {
    try PostingReader.read(file(name), lexicon: lexicon)
  }

  /// A posting given as text, read as if from a file called `name`.
  static func read(text: String, name: String = "posting.txt") throws -> JobPosting {
    try PostingReader.read(InputFile(name: name, text: text), lexicon: lexicon)
  }

  static let lexicon = Lexicon(entries: [
    .init(
      term: "Go", aliases: ["Golang"], category: .language, caseSensitive: true, ambiguous: true),
    .init(term: "Python", category: .language),
    .init(term: "Java", category: .language, caseSensitive: true),
    .init(term: "SQL", category: .language),
    .init(term: "PostgreSQL", aliases: ["Postgres"], category: .database),
    .init(term: "Oracle", category: .database),
    .init(term: "Kubernetes", aliases: ["k8s"], category: .cloud),
    .init(term: "AWS", category: .cloud, caseSensitive: true),
    .init(term: "Spring Boot", category: .framework),
    .init(term: "Excel", category: .tool, caseSensitive: true),
    .init(term: "Tableau", category: .tool),
    .init(term: "Zendesk", category: .tool),
    .init(term: "Power BI", category: .tool),
    .init(term: "Looker", category: .tool),
    .init(term: "NetSuite", category: .tool),
    .init(term: "BLS", category: .certification, caseSensitive: true),
    .init(term: "ACLS", category: .certification, caseSensitive: true),
  ])
}
