import Testing

@testable import CandorKit

/// The company and place job boards print under the title, in the shapes they use.
@Suite struct HeaderBylineTests {
  static let headers: [(line: String, company: String?, location: String?)] = [
    ("Harbor Labs - Denver, CO", "Harbor Labs", "Denver, CO"),
    ("Harbor Labs - Denver, CO (Remote)", "Harbor Labs", "Denver, CO (Remote)"),
    ("Harbor Labs · Charlotte, NC (On-site)", "Harbor Labs", "Charlotte, NC (On-site)"),
    ("Harbor Labs4.1 ★ - Austin, TX", "Harbor Labs", "Austin, TX"),
    ("Smith & Sons Ltd - Leeds, UK", "Smith & Sons", "Leeds, UK"),
    ("Pixel Harbor", "Pixel Harbor", nil),
    ("Lumen & Co.", "Lumen & Co.", nil),
  ]

  @Test(arguments: headers)
  func readsTheLineUnderTheTitle(_ sample: (line: String, company: String?, location: String?))
    throws
  {
    let text = "Backend Engineer\n\(sample.line)\n\nRequirements\n- Experience with Java\n"
    let posting = try PostingFixture.read(text: text)
    #expect(posting.title == "Backend Engineer")
    #expect(posting.company == sample.company)
    #expect(posting.location == sample.location)
  }

  @Test func aStatedCompanyKeepsItsAmpersandAndForm() throws {
    let text = "---\ntitle: iOS Engineer\ncompany: Lumen & Co.\n---\n\n## Must have\n- Swift\n"
    #expect(try PostingFixture.read(text: text, name: "posting.md").company == "Lumen & Co.")
  }

  @Test func anEntityWithoutASemicolonIsDecodedAsBrowsersDo() {
    #expect(HTMLEntities.decode("Granite Freight &amp Logistics") == "Granite Freight & Logistics")
    #expect(HTMLEntities.decode("R&D &ampersand") == "R&D &ampersand")
  }

  @Test func aCueToldNotToContactNamesNoRecipient() throws {
    let text = """
      Backend Engineer
      Acme Corp - Boston, MA

      Requirements
      - Experience with Java

      Apply via our portal. Do not contact Mark Smith directly.
      """
    #expect(try PostingFixture.read(text: text).recipient == nil)
  }
}
