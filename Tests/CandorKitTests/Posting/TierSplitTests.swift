import Testing

@testable import CandorKit

/// A requirement line that also prefers something is read as two requirements.
@Suite struct TierSplitTests {
  @Test func aPreferredPartOfARequiredLineIsPreferred() throws {
    let posting = try PostingFixture.read("tier-split-lines.txt")
    #expect(
      posting.requirements.map { "\($0.tier): \($0.text)" } == [
        "required: Bachelor's degree in Statistics, Economics or similar",
        "preferred: Master's preferred",
        "required: 5+ years of SQL required", "preferred: MBA preferred",
        "required: Python and SQL", "preferred: Tableau is a plus",
        "required: Excel and Looker", "preferred: Power BI",
        "preferred: Tableau or Looker (preferred)", "preferred: Python is a plus",
        "preferred: Experience with Zendesk is nice to have but not required",
        "required: SQL, Python or Go",
      ])
  }

  @Test func aSkillTakesTheTierOfThePartThatNamesIt() throws {
    let skills = try PostingFixture.read("tier-split-lines.txt").skills
    let tiers = Dictionary(uniqueKeysWithValues: skills.map { ($0.term, $0.tier) })
    #expect(tiers["SQL"] == .required)
    #expect(tiers["Power BI"] == .preferred)
    #expect(tiers["Excel"] == .required)
    #expect(tiers["Zendesk"] == .preferred)
  }
}

/// A short code in brackets inside a noun phrase does not end a clause, so the line is not
/// cut there ("Hazmat (H" and "endorsement preferred").
@Suite struct BracketCodeTierTests {
  @Test func aBracketedCodeKeepsItsLineWholeAndPreferred() throws {
    let text = """
      Regional Driver
      Kestrel Freight

      Requirements
      - Valid Class A CDL
      - Hazmat (H) endorsement preferred
      - Conversational Spanish (B1) a plus
      - Bachelor's degree (Master's preferred)
      - 3+ years of dispatch experience, with cold-chain experience a plus
      """
    let requirements = try PostingFixture.read(text: text).requirements
    #expect(
      requirements.map { "\($0.tier): \($0.text)" } == [
        "required: Valid Class A CDL", "preferred: Hazmat (H) endorsement preferred",
        "preferred: Conversational Spanish (B1) a plus", "required: Bachelor's degree",
        "preferred: Master's preferred", "required: 3+ years of dispatch experience",
        "preferred: with cold-chain experience a plus",
      ])
  }
}
