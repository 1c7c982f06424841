import Testing

@testable import CandorKit

/// A way of working printed with its area near the top gives the location, the way kept.
@Suite struct ArrangementLocationTests {
  @Test(arguments: [
    ("Remote (US)", "Remote (US)"), ("Remote - EU", "Remote (EU)"),
    ("Remote, United States", "Remote (United States)"), ("Hybrid (Berlin)", "Hybrid (Berlin)"),
    ("Denver, CO (Remote)", "Denver, CO (Remote)"), ("Acme Corp · Remote (US)", "Remote (US)"),
    ("Acme Corp | London, UK | Hybrid", "London, UK (Hybrid)"),
  ])
  func aLineNearTheTopGivesThePlaceAndTheWayOfWorking(_ line: String, _ location: String) throws {
    let text = "Backend Engineer\nAcme Corp\n\(line)\n\nRequirements\n- Experience with Java\n"
    #expect(try PostingFixture.read(text: text).location == location)
  }

  @Test(arguments: ["Remote - Full-time", "Hybrid (3 days a week in the office)"])
  func aTermOfEmploymentIsNoArea(_ line: String) throws {
    let text = "Backend Engineer\nAcme Corp\n\(line)\n\nRequirements\n- Experience with Java\n"
    #expect(try PostingFixture.read(text: text).location == nil)
  }
}
