import Testing

@testable import CandorKit

/// A recipient named outside the body's sentences: in Markdown front matter, or in the
/// page text beside a JSON-LD description that replaced it.
@Suite struct RecipientSourcesTests {
  static let frontMatterKeys = [
    "contact", "contact_name", "recipient", "hiring_manager", "hiringManager", "hiring-manager",
  ]

  @Test(arguments: frontMatterKeys)
  func readsTheRecipientFromFrontMatter(_ key: String) throws {
    let text = """
      ---
      title: "Dock Supervisor"
      company: "Larkspur Freight"
      \(key): "Tomasz Wren"
      ---

      Larkspur Freight moves produce for 40 grocers.

      ## Requirements

      - 2 years leading a dock crew
      """
    let posting = try PostingFixture.read(text: text, name: "posting.md")
    #expect(posting.recipient?.name == "Tomasz Wren")
    #expect(posting.recipient?.line == 4)
  }

  @Test func aFrontMatterContactThatNamesNoPersonIsNoRecipient() throws {
    let text = """
      ---
      title: "Dock Supervisor"
      contact: "Talent Team"
      ---

      Larkspur Freight moves produce for 40 grocers.
      """
    #expect(try PostingFixture.read(text: text, name: "posting.md").recipient == nil)
  }

  @Test func readsTheHiringManagerFromThePageBesideAJSONLDDescription() throws {
    let description =
      "<p>Quarry Ridge Bank lends to 3,000 farms across the plains.</p>"
      + "<h3>Requirements</h3><ul><li>4+ years of credit analysis</li>"
      + "<li>Advanced Excel</li><li>Experience with farm lending and loan review</li>"
      + "<li>Bachelor's degree in finance or agricultural economics</li></ul>"
    let html = """
      <html><head><script type="application/ld+json">
      {"@type": "JobPosting", "title": "Credit Analyst",
       "hiringOrganization": {"name": "Quarry Ridge Bank"},
       "description": "\(description)"}
      </script></head><body>
      <h1>Credit Analyst</h1>
      <p>Hiring manager: Imogen Ashby, VP of Credit</p>
      </body></html>
      """
    let posting = try PostingFixture.read(text: html, name: "posting.html")
    #expect(posting.recipient?.name == "Imogen Ashby")
  }
}
