import Testing

@testable import CandorKit

/// A line that waives what it names ("… is not required", "No … needed", "NOT needed") is
/// no requirement and names no skill the posting asks for (trial23 P2-1); a waiver beside
/// another cue ("a plus, but not required", "Must …(no experience required)") keeps the line.
@Suite struct WaivedAskTests {
  static let posting = """
    Data Clerk
    Marlow Freight

    Requirements
    - Two years of data entry experience
    - Knowledge of Java is NOT needed
    - A degree in statistics is not required
    - No prior Python experience needed; we teach it on the job
    - You don't need Kubernetes experience
    - Oracle experience is a plus, but not required
    - Must lift 40 lb (no experience required)
    """

  @Test func aWaivedLineIsNoRequirement() throws {
    let requirements = try PostingFixture.read(text: Self.posting).requirements
    #expect(
      requirements.map(\.text) == [
        "Two years of data entry experience", "Oracle experience is a plus, but not required",
        "Must lift 40 lb (no experience required)",
      ])
    #expect(requirements.map(\.tier) == [.required, .preferred, .required])
  }

  @Test func aWaivedLineNamesNoSkill() throws {
    let skills = try PostingFixture.read(text: Self.posting).skills.map(\.term)
    #expect(skills.contains("Oracle"))
    #expect(skills.allSatisfy { !["Java", "Python", "Kubernetes"].contains($0) })
  }

  @Test func aWaivedClauseLeavesTheRestOfTheLine() throws {
    let text = """
      Data Clerk
      Marlow Freight

      Requirements
      - Two years of data entry experience
      - Knowledge of Java is NOT needed; SQL is a plus
      """
    let posting = try PostingFixture.read(text: text)
    #expect(posting.requirements.last?.text == "SQL is a plus")
    #expect(posting.requirements.last?.tier == .preferred)
    #expect(!posting.skills.map(\.term).contains("Java"))
  }

  @Test(arguments: [
    "Experience with shell scripts is not needed", "No degree necessary",
    "Bilingual skills are not a requirement",
  ])
  func waiversAreRead(_ line: String) {
    #expect(WaivedAsk.matches(line))
  }

  @Test(arguments: [
    "Zendesk experience a bonus, but not required", "Must not require supervision",
    "Knowledge of SQL is required", "Notary commission preferred",
  ])
  func asksAreNoWaivers(_ line: String) {
    #expect(!WaivedAsk.matches(line))
  }
}
