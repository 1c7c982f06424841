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

  @Test(arguments: [
    (#"{"title": 5, "company": "Alder Clinic"}"#, "the field 'title' (line 1) is a number"),
    (#"{"title": "Nurse", "company": ["x"]}"#, "the field 'company' (line 1) is a list"),
  ])
  func rejectsAJobSchemaFieldOfTheWrongType(_ json: String, _ reason: String) {
    do {
      _ = try PostingReader.read(InputFile(name: "job.json", text: json))
      Issue.record("read a posting whose fields have the wrong type")
    } catch {
      #expect(error.message.contains(reason))
    }
  }

  @Test func readsACompanyGivenAsAnObjectWithItsName() throws {
    let file = InputFile(
      name: "job.json", text: #"{"title": "Nurse", "company": {"name": "Alder Clinic"}}"#)
    #expect(try PostingReader.read(file).company == "Alder Clinic")
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

  @Test func letsJSONLDWinOverTheVisiblePage() throws {
    let html = """
      <html><head><script type="application/ld+json">
      {"@type": "JobPosting", "title": "Dispatch Coordinator",
       "hiringOrganization": {"name": "Gullwing Transit"}, "jobLocationType": "TELECOMMUTE"}
      </script></head><body>
      <h1>Careers at Gullwing</h1><h2>Dispatcher</h2>
      <p>Gullwing Transit runs 60 buses. Plan routes with our drivers every day of the week.</p>
      <p>Schedule routes for drivers and keep riders informed when plans change.</p>
      </body></html>
      """
    let posting = try PostingFixture.read(text: html, name: "job.html")
    #expect(posting.title == "Dispatch Coordinator")
    #expect(posting.company == "Gullwing Transit")
    #expect(posting.location == "Remote")
    #expect(posting.notes.isEmpty, "the page text is kept when it shows the posting")
  }

  @Test(arguments: [
    ("Devops", "# Devops/Supporting Engineer", "Devops/Supporting Engineer"),
    ("Backend Engineer", "# Backend Engineer, Routing Platform", "Backend Engineer"),
    ("Lead Software Engineer", "# Server-Side Developer - Core Services", "Lead Software Engineer"),
  ])
  func letsFrontMatterTitlesWinUnlessTheHeadingNamesMoreOfTheRole(
    _ sample: (String, String, String)
  ) throws {
    let text = "---\ntitle: \(sample.0)\n---\n\n\(sample.1)\n\nWe build tools.\n"
    #expect(try PostingFixture.read(text: text, name: "job.md").title == sample.2)
  }

  @Test func dropsNavigationAndFootersFromHTML() throws {
    let text = try PostingFixture.read("data-analyst.html").lines.map(\.text)
    #expect(!text.contains { $0.contains("All jobs") || $0.contains("Privacy") })
    #expect(text.contains("Advanced SQL & Python"))
  }

  @Test(arguments: [
    (
      "Pearlstone Learning Group", "At Pearlstone, we build reading apps for schools.", "Pearlstone"
    ),
    (
      "Pearlstone Learning Group", "Pearlstone Learning Group builds reading apps.",
      "Pearlstone Learning Group"
    ),
    (
      "Pearlstone Learning Group", "We build reading apps for schools.", "Pearlstone Learning Group"
    ),
  ])
  func writesTheCompanyAsThePostingCallsIt(_ sample: (String, String, String)) throws {
    let text = "---\ntitle: Reading Coach\ncompany: \(sample.0)\n---\n\n\(sample.1)\n"
    let posting = try PostingFixture.read(text: text, name: "job.md")
    #expect(posting.company == sample.2)
    #expect(
      posting.notes.contains { $0.hasPrefix("the posting calls the company") }
        == (sample.2 != sample.0))
  }
}
