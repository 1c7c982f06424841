import Testing

@testable import CandorKit

/// Requirements read from a JSON-LD description: each list in its own tier, without the
/// dashes the description used as bullets, and the `qualifications` field read too.
@Suite struct JSONLDRequirementTests {
  @Test func readsEachListInItsTierWithoutDashes() throws {
    let requirements = try PostingFixture.read("jsonld-tiers.html").requirements
    let required = requirements.filter { $0.tier == .required }.map(\.text)
    let preferred = requirements.filter { $0.tier == .preferred }.map(\.text)
    #expect(
      required == [
        "1 year of acute care nursing", "Active New Mexico RN license", "BLS",
        "Graduate of an accredited nursing school",
      ])
    #expect(preferred == ["CNN certification", "ACLS"])
  }

  @Test func aSkillUnderThePreferredListIsPreferred() throws {
    let skills = try PostingFixture.read("jsonld-tiers.html").skills
    #expect(skills.first { $0.term == "ACLS" }?.tier == .preferred)
    #expect(skills.first { $0.term == "BLS" }?.tier == .required)
  }
}
