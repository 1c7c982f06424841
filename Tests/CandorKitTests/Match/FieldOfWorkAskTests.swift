import Testing

@testable import CandorKit

/// An ask for years in a field of work ("3+ years in a SOC or incident response role") is
/// met by a role whose lines show that work, and a field asked for by name is met by a
/// role's title or a degree's field: the letter's note and `match` agree, and neither calls
/// a gap what the resume shows.
@Suite struct FieldOfWorkAskTests {
  static let posting = """
    # Security Operations Analyst

    Pinecrest Savings Bank is hiring.

    ## Requirements

    - 3+ years in a SOC or incident response role
    - Experience with a SIEM (Splunk preferred)
    - Scripting in Python
    """

  static func resume(_ highlights: [String]) throws -> ParsedResume {
    try AskFixture.resume(
      """
      Experience
      Security Analyst, Fernhollow Medical Center, June 2021 - Present
      \(highlights.map { "- " + $0 }.joined(separator: "\n"))
      - Wrote Python scripts to enrich 200 alerts a day
      """)
  }

  static func letter(_ highlights: [String]) throws -> Letter {
    try LetterWriter.write(
      posting: try PostingReader.read(InputFile(name: "posting.md", text: posting)),
      resume: try resume(highlights), options: LetterOptions(), today: "2026-12-01")
  }

  static func match(_ highlights: [String]) throws -> MatchReport {
    KeywordMatcher.match(
      posting: try PostingReader.read(InputFile(name: "posting.md", text: posting)),
      resume: try resume(highlights))
  }

  static let socWork = [
    "Triaged about 90 Splunk alerts a shift", "Led response to 12 phishing incidents in 2025",
  ]

  @Test func rolesShowingTheFieldMeetAYearsAskAndASIEMAsk() throws {
    #expect(try Self.letter(Self.socWork).plan.unmetRequirements == [])
    let report = try Self.match(Self.socWork)
    let found = Dictionary(report.keywords.map { ($0.term, $0.found) }) { a, _ in a }
    #expect(found["SIEM"] == true)
    #expect(found["incident response"] == true)
    #expect(!report.gaps.contains("SIEM"))
  }

  @Test func aRoleThatNeverShowsTheFieldLeavesTheYearsAskInTheNote() throws {
    let work = ["Resolved about 40 help desk tickets a day", "Triaged 90 Splunk alerts a shift"]
    #expect(
      try Self.letter(work).plan.unmetRequirements == [
        "3+ years in a SOC or incident response role"
      ])
    let report = try Self.match(work)
    #expect(report.keywords.first { $0.term == "incident response" }?.found == false)
  }

  @Test func aTitleOrADegreeFieldShowsAFieldAskedByName() throws {
    let title = try AskFixture.report(
      role: "Data Engineer II", asks: ["Background in data engineering"], resume: [])
    #expect(title.keywords.first { $0.term == "data engineering" }?.found == true)
    let analyst = try AskFixture.report(
      role: "Data Analyst", asks: ["Background in data engineering"], resume: [])
    #expect(analyst.keywords.first { $0.term == "data engineering" }?.found == false)
  }

  @Test func aDegreeFieldShowsAFieldAskedByName() throws {
    let posting = try PostingReader.read(
      InputFile(
        name: "posting.md",
        text: """
          # Junior Underwriter

          Alder Mutual is hiring.

          ## Requirements

          - Knowledge of economics
          - 1+ years of office work
          """))
    let economist = try AskFixture.resume(
      "Education\nB.A. in Economics, Tamarack State University, 2025\n")
    let report = KeywordMatcher.match(posting: posting, resume: economist)
    #expect(report.keywords.first { $0.term == "economics" }?.found == true)
    let chemist = try AskFixture.resume(
      "Education\nB.S. in Chemistry, Tamarack State University, 2025\n")
    let other = KeywordMatcher.match(posting: posting, resume: chemist)
    #expect(other.keywords.first { $0.term == "economics" }?.found == false)
  }
}

/// A degree ask listing fields the lexicon lacks after one it knows ("in supply chain,
/// business or engineering") is met by a degree in any of them.
@Suite struct ListedDegreeFieldTests {
  static func found(_ degree: String) throws -> Bool? {
    let posting = try PostingReader.read(
      InputFile(
        name: "posting.md",
        text: """
          # Supply Planner

          Larkspur Outfitters is hiring.

          ## Requirements

          - Bachelor's degree in supply chain, business or engineering
          - 2+ years of planning work
          """))
    let resume = try AskFixture.resume("Education\n\(degree), Tamarack State University, 2019\n")
    let report = KeywordMatcher.match(posting: posting, resume: resume)
    return report.keywords.first { $0.category == .degree }?.found
  }

  @Test func aDegreeInALaterListedFieldMeetsTheAsk() throws {
    #expect(try Self.found("B.S. Industrial Engineering") == true)
    #expect(try Self.found("B.S. in Chemistry") == false)
  }
}
