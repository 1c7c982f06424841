import Foundation

@testable import CandorKit

/// Fixtures in `Tests/Fixtures/match` and a small lexicon, so results do not move when the
/// shipped lexicon grows.
enum MatchFixture {
  static func url(_ name: String, file: String = #filePath) -> URL {
    URL(fileURLWithPath: file).deletingLastPathComponent()  // Match
      .deletingLastPathComponent()  // CandorKitTests
      .deletingLastPathComponent()  // Tests
      .appendingPathComponent("Fixtures/match/\(name)")
  }

  static func file(_ name: String) throws -> InputFile {
    let data = try Data(contentsOf: url(name))
    return InputFile(name: name, text: try InputFile.decode(data, name: name))
  }

  static func posting(_ name: String) throws -> JobPosting {
    try PostingReader.read(file(name), lexicon: lexicon)
  }

  /// A posting given as text, read as if from a Markdown file.
  static func posting(text: String) throws -> JobPosting {
    try PostingReader.read(InputFile(name: "posting.md", text: text), lexicon: lexicon)
  }

  static func keywords(_ name: String) throws -> [PostingKeyword] {
    KeywordExtractor.keywords(of: try posting(name), lexicon: lexicon)
  }

  static func keywords(text: String) throws -> [PostingKeyword] {
    KeywordExtractor.keywords(of: try posting(text: text), lexicon: lexicon)
  }

  static let lexicon = Lexicon(entries: [
    .init(
      term: "Go", aliases: ["Golang"], category: .language, caseSensitive: ["Go"],
      ambiguous: ["Go"]),
    .init(term: "Python", category: .language),
    .init(term: "Java", category: .language),
    .init(term: "JavaScript", aliases: ["JS"], category: .language, caseSensitive: ["JS"]),
    .init(term: "Rust", category: .language, caseSensitive: true),
    .init(term: "C", category: .language, caseSensitive: true, ambiguous: true),
    .init(term: "C#", aliases: ["C Sharp"], category: .language),
    .init(term: "C++", category: .language),
    .init(term: "R", category: .language, caseSensitive: true, ambiguous: true),
    .init(term: "SQL", category: .language),
    .init(term: "PostgreSQL", aliases: ["Postgres"], category: .database),
    .init(term: "Kubernetes", aliases: ["k8s"], category: .cloud),
    .init(term: "AWS", aliases: ["Amazon Web Services"], category: .cloud, caseSensitive: ["AWS"]),
    .init(term: "GCP", aliases: ["Google Cloud"], category: .cloud),
    .init(term: "Docker", category: .tool),
    .init(term: "Jenkins", category: .tool),
    .init(term: "CircleCI", category: .tool),
    .init(term: "CI/CD", aliases: ["continuous integration"], category: .method),
    .init(term: "Excel", category: .tool, caseSensitive: true),
    .init(term: "platform engineering", category: .domain),
    .init(term: "computer science", category: .domain),
    .init(term: "mathematics", aliases: ["math"], category: .domain),
    .init(term: "customer success", category: .domain),
    .init(term: "routing", category: .domain),
    .init(
      term: "Bachelor's degree", aliases: ["BS", "B.S", "bachelor's", "Bachelor of Science"],
      category: .degree,
      caseSensitive: ["BS"]),
    .init(term: "communication", aliases: ["communication skills"], category: .softSkill),
    .init(term: "teamwork", aliases: ["team player"], category: .softSkill),
    .init(term: "integrity", aliases: ["honesty"], category: .softSkill),
    .init(term: "Backend Engineer", aliases: ["back-end engineer"], category: .domain),
    .init(term: "ownership", aliases: ["take ownership"], category: .softSkill),
    .init(
      term: "distributed teams", aliases: ["working with distributed teams"],
      category: .softSkill),
    .init(
      term: "high school diploma", aliases: ["high school diploma or equivalent"],
      category: .degree),
  ])
}
