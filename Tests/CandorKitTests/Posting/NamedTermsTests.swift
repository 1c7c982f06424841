import Testing

@testable import CandorKit

/// A term that is only a word of a company's or product's name is no skill the posting asks
/// for: "AI" in "Acme AI Studio" or in the company "Orrin AI".
@Suite struct NamedTermsTests {
  static func posting(_ intro: String, asks: [String], title: String = "Data Analyst") throws
    -> JobPosting
  {
    try PostingReader.read(
      InputFile(
        name: "posting.md",
        text: """
          # \(title)

          \(intro)

          ## Requirements

          \(asks.map { "- " + $0 }.joined(separator: "\n"))
          """))
  }

  @Test func aTermInsideAProductsNameIsNoSkill() throws {
    let posting = try Self.posting(
      "Brindle Labs builds Acme AI Studio, a tool used by 2,000 design teams.",
      asks: ["3+ years of SQL and Python"])
    #expect(posting.skills.map(\.term) == ["SQL", "Python"])
    let resume = "Odalys Brennick\n\nExperience\nAnalyst, Copperline, 2020 - Present\n- Wrote SQL\n"
    let report = KeywordMatcher.match(
      posting: posting, resume: try ResumeReader.read(InputFile(name: "resume.txt", text: resume)))
    #expect(!report.keywords.contains { $0.term == "AI" })
  }

  @Test func aTermInsideTheCompanysNameIsNoSkill() throws {
    let posting = try Self.posting(
      "Orrin AI is a growing team of 40 analysts.\n\nCompany: Orrin AI",
      asks: ["3+ years of SQL"])
    #expect(posting.company == "Orrin AI")
    #expect(!posting.skills.contains { $0.term == "artificial intelligence" })
  }

  @Test func aTermAskedForOrInATitleIsStillASkill() throws {
    let posting = try Self.posting(
      "Brindle Labs is hiring a Senior Python Developer to build AI Studio features.",
      asks: ["Experience applying AI to search", "Strong Python"])
    let terms = posting.skills.map(\.term)
    #expect(terms.contains("artificial intelligence"))
    #expect(terms.contains("Python"))
    #expect(posting.skills.first { $0.term == "Python" }?.lines == [3, 8])
  }

  /// A line is prose when most of its words' first letters are lowercase; an ASCII line is
  /// read on bytes and any other by characters, and both readings must agree.
  @Test func proseIsTheSameReadOnBytesOrCharacters() {
    #expect(NamedTerms.isProse("Brindle Labs builds tools for small teams."))
    #expect(!NamedTerms.isProse("Senior Python Developer (Remote)"))
    #expect(!NamedTerms.isProse("Acme AI  Studio  ships"))
    #expect(NamedTerms.isProse("(3) years of 2x growth at Acme"))
    #expect(!NamedTerms.isProse("123 456 --"))
    let words = ["Acme", "builds", "(tools)", "AI", "for", "4x", "Teams", "--", "data", "", "Q3"]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<500 {
      let count = Int.random(in: 0...9, using: &generator)
      let line = (0..<count).map { _ in words.randomElement(using: &generator)! }
        .joined(separator: " ")
      // A closing quote makes the line non-ASCII, so it is read by characters; it adds no
      // letter, so the answer must not change.
      #expect(NamedTerms.isProse(line) == NamedTerms.isProse(line + "’"), "\(line)")
    }
  }
}
