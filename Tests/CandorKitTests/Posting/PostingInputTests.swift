import Testing

@testable import CandorKit

@Suite struct PostingInputTests {
  @Test func rejectsJSONThatIsNotAJobPosting() {
    let file = InputFile(name: "resume.json", text: #"{"basics": {"name": "A. Person"}}"#)
    #expect(throws: CandorError.self) {
      try PostingReader.read(file, lexicon: PostingFixture.lexicon)
    }
    do {
      _ = try PostingReader.read(file, lexicon: PostingFixture.lexicon)
    } catch {
      #expect(error.message.hasPrefix("resume.json: not a usable job posting"))
    }
  }

  @Test func reportsInvalidJSON() {
    let file = InputFile(name: "job.json", text: #"{"title": "Nurse", "#)
    #expect(throws: CandorError.self) { try PostingReader.read(file) }
  }

  @Test func readsAPostingWithNoHeadingsAtAll() throws {
    let posting = try PostingFixture.read(
      text: "We are seeking a senior data engineer to join Quarry Labs in Boise, ID.")
    #expect(posting.title == "Senior Data Engineer")
    #expect(posting.recipient == nil)
    #expect(posting.level == .senior)
  }

  @Test func keepsEveryLineOfTheMainPostingWithItsSourceLine() throws {
    let posting = try PostingFixture.read("glassdoor-scrape.txt")
    #expect(posting.lines.first == TextLine("Job Title: Claims Data Analyst", line: 1))
    #expect(posting.lines.map(\.line) == posting.lines.map(\.line).sorted())
  }
}
