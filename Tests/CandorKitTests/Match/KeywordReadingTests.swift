import Foundation
import Testing

@testable import CandorKit

/// Keyword extraction reuses what the posting reader found (each line's section and
/// lexicon terms) only where that gives the same keywords as working it out again.
@Suite struct KeywordReadingTests {
  @Test(arguments: ["backend-posting.md", "plain-forms-posting.md"])
  func givesTheSameKeywordsWithOrWithoutTheReadersScan(_ name: String) throws {
    let posting = try MatchFixture.posting(name)
    #expect(posting.reading.lexicon != nil)
    var fresh = posting
    fresh.reading = PostingReading()
    let reused = KeywordExtractor.keywords(of: posting, lexicon: MatchFixture.lexicon)
    #expect(!reused.isEmpty)
    #expect(reused == KeywordExtractor.keywords(of: fresh, lexicon: MatchFixture.lexicon))
  }

  @Test func scansAgainWithALexiconOtherThanTheReaders() throws {
    let posting = try MatchFixture.posting("backend-posting.md")
    let other = Lexicon(entries: [.init(term: "Rust", category: .language)])
    let keys = KeywordExtractor.keywords(of: posting, lexicon: other)
      .flatMap(\.options).filter(\.isKnown).map(\.key)
    #expect(keys == ["rust"])
  }

  @Test func usesTheReadersSectionsOnlyForTheLinesItClassified() throws {
    let posting = try MatchFixture.posting("backend-posting.md")
    let reading = posting.reading
    #expect(reading.sections(of: posting.lines)?.count == posting.lines.count)
    var changed = posting.lines
    changed[0].text += " (updated)"
    #expect(reading.sections(of: changed) == nil)
  }

  @Test func leavesTheScanOutOfJSONAndEquality() throws {
    let posting = try MatchFixture.posting("backend-posting.md")
    let json = try JSONEncoder().encode(posting)
    #expect(!String(decoding: json, as: UTF8.self).contains("reading"))
    let decoded = try JSONDecoder().decode(JobPosting.self, from: json)
    #expect(decoded.reading.lexicon == nil)
    var withoutScan = posting
    withoutScan.reading = PostingReading()
    #expect(withoutScan == posting)
  }
}
