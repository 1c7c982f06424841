import Testing

@testable import CandorKit

/// A group the posting asks letters to be addressed to, greeted as written (trial21 P2-22),
/// and a company paragraph only a page's JSON-LD description holds, read as a hook.
@Suite struct AddressedGroupTests {
  static func posting(_ sentence: String) throws -> JobPosting {
    try PostingFixture.read(
      text: """
        Grants Officer
        Tamsin Valley Foundation

        Requirements
        - 3+ years of grant administration

        \(sentence)
        """)
  }

  @Test(arguments: [
    ("Address cover letters to the Hiring Committee.", "Hiring Committee"),
    ("Please direct all applications to the Grants Search Committee.", "Grants Search Committee"),
  ])
  func aNamedGroupIsTheAddressee(sentence: String, group: String) throws {
    let posting = try Self.posting(sentence)
    #expect(posting.addressee?.text == group)
    #expect(posting.recipient == nil)
  }

  @Test func theLetterGreetsTheGroup() throws {
    let posting = try Self.posting("Address cover letters to the Hiring Committee.")
    let plan = try LetterPlanner(
      posting: posting, resume: ComposeSamples.resume, options: LetterOptions(),
      today: "2026-12-04"
    ).plan()
    #expect(plan.recipient.addressee == "Hiring Committee")
  }

  @Test func aNamedPersonWinsOverAGroupAndLowercaseWordsAreNoGroup() throws {
    let named = try Self.posting(
      "Address cover letters to the Hiring Committee, c/o Ms. Ilse Varga.")
    #expect(named.recipient?.name == "Ilse Varga")
    #expect(named.addressee == nil)
    #expect(try Self.posting("Address your questions to the board.").addressee == nil)
  }

  @Test func aParagraphOnlyTheJSONLDDescriptionHoldsGivesAHook() throws {
    let html = """
      <html><head><script type="application/ld+json">
      {"@context": "https://schema.org/", "@type": "JobPosting", "title": "Pipefitter",
       "description": "<p>Orrin Mechanical is building the new 9-story Lakeshore Clinic \
      tower, opening in 2027.</p><ul><li>5+ years of pipefitting</li></ul>",
       "hiringOrganization": {"@type": "Organization", "name": "Orrin Mechanical"}}
      </script></head><body><h1>Pipefitter</h1><p>Orrin Mechanical</p>
      <h2>Requirements</h2><ul><li>5+ years of pipefitting</li><li>OSHA 10 card</li></ul>
      </body></html>
      """
    let posting = try PostingFixture.read(text: html, name: "job.html")
    #expect(posting.hooks.contains { $0.text.contains("Lakeshore Clinic") })
  }
}
