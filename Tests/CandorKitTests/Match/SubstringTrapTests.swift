import Testing

@testable import CandorKit

/// Keywords match whole words and phrases only: never part of a longer word or name.
@Suite struct SubstringTrapTests {
  struct Case: Sendable, CustomStringConvertible {
    var term: String
    var line: String
    var found: Bool
    var description: String { "\(term) in '\(line)'" }
  }

  static let cases: [Case] = [
    Case(term: "Java", line: "Built a JavaScript front end for the booking flow", found: false),
    Case(term: "Java", line: "Wrote Java services for the booking flow", found: true),
    Case(term: "Go", line: "Kept things going through two reorganisations", found: false),
    Case(term: "Go", line: "Wrote services in Go, Python and SQL", found: true),
    Case(term: "Rust", line: "Restored a Rustic cabin as a weekend project", found: false),
    Case(term: "Rust", line: "Rewrote the parser in Rust", found: true),
    Case(term: "C", line: "Wrote C# services for billing", found: false),
    Case(term: "C", line: "Wrote firmware in C, C++ and Python", found: true),
    Case(term: "C++", line: "Wrote C# services for billing", found: false),
    Case(term: "C#", line: "Wrote C++ services for billing", found: false),
    Case(term: "R", line: "Rated R films were off the list at the film club", found: false),
    Case(term: "R", line: "Ran the statistics in R, Python and SQL", found: true),
    Case(term: "platform engineering", line: "Owned the payments platform", found: false),
    Case(term: "PostgreSQL", line: "Tuned Postgres queries for the driver app", found: true),
    Case(term: "Kubernetes", line: "Ran k8s clusters for twelve teams", found: true),
  ]

  @Test(arguments: cases)
  func matchesWholeWordsOnly(_ trap: Case) throws {
    let posting = try MatchFixture.posting(
      text: "# Engineer\n\n## Requirements\n\n- Experience with \(trap.term)\n- Teamwork\n")
    var resume = Resume()
    var work = Resume.Work()
    work.name = "Fernhill Studio"
    work.position = "Engineer"
    work.highlights = [trap.line]
    resume.work = [work]
    let report = KeywordMatcher.match(
      posting: posting, resume: ParsedResume(resume: resume), lexicon: MatchFixture.lexicon)
    let keyword = try #require(report.keywords.first { $0.term == trap.term })
    #expect(keyword.found == trap.found)
  }
}
