@testable import CandorKit

/// A posting that asks for the given items and a resume that lists the given certificates,
/// matched, for tests of how one ask is met.
enum AskFixture {
  static func report(
    role: String = "Field Technician", employer: String = "Brindle Harbor Services",
    asks: [String], resume lines: [String]
  ) throws -> MatchReport {
    let posting = try PostingReader.read(
      InputFile(
        name: "posting.md",
        text: """
          # \(role)

          \(employer) is hiring.

          ## Requirements

          \(asks.map { "- " + $0 }.joined(separator: "\n"))
          - 2+ years of related work
          """))
    let resume = try ResumeReader.read(
      InputFile(
        name: "resume.txt",
        text: """
          Odalys Brennick
          odalys.brennick@example.com

          Experience
          \(role), Copperline Works, 2020 - Present
          - Served 40 customers a day

          Certifications
          \(lines.joined(separator: "\n"))
          """))
    return KeywordMatcher.match(posting: posting, resume: resume)
  }

  /// A text resume of Odalys Brennick's name and email, then `body` (its sections).
  static func resume(_ body: String) throws -> ParsedResume {
    try ResumeReader.read(
      InputFile(
        name: "resume.txt", text: "Odalys Brennick\nodalys.brennick@example.com\n\n" + body))
  }
}
