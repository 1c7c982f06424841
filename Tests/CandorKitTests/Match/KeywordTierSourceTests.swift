import Testing

@testable import CandorKit

/// `match` gives each keyword the tier `parse job` gives its skill: a must-have read with
/// its label ("Required: …") or split from a bracket ("(Splunk preferred)") keeps its tier.
@Suite struct KeywordTierSourceTests {
  @Test(arguments: [
    (
      "posting.txt",
      """
      Supply Planner
      Larkspur Outfitters

      Qualifications
        Required: Experience with an ERP system (SAP or NetSuite)
        Required: Advanced Excel
        Preferred: Kinaxis experience
      """
    ),
    (
      "posting.md",
      """
      # Security Analyst

      Pinecrest Savings Bank is hiring.

      ## Requirements

      - Experience with a SIEM (Splunk preferred)
      - Scripting in Python
      """
    ),
  ])
  func matchTiersAreTheParsedTiers(_ name: String, _ text: String) throws {
    let posting = try PostingReader.read(InputFile(name: name, text: text))
    let tiers = Dictionary(posting.skills.map { (KeywordKey.normalized($0.term), $0.tier) }) {
      min($0, $1)
    }
    let keywords = KeywordExtractor.keywords(of: posting).filter { $0.category != .title }
    let compared = keywords.compactMap { keyword in
      tiers[keyword.options[0].key].map { (keyword.term, keyword.tier, $0) }
    }
    #expect(compared.count >= 3)
    for (term, tier, parsed) in compared {
      #expect(tier == parsed, "\(term)")
    }
    #expect(compared.contains { $0.1 == .required })
  }
}
