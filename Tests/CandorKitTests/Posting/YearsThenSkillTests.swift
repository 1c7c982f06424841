import Testing

@testable import CandorKit

@Suite struct YearsThenSkillTests {
  @Test func aShortSkillNameRightAfterACountOfYearsIsTheSkill() throws {
    let requirements = try PostingFixture.read("years-then-skill.txt").requirements
    #expect(requirements.map(\.skills) == [["Go"], ["Python"], ["Go"], []])
    #expect(requirements.map(\.years) == [3, 5, 2, nil])
  }

  @Test(arguments: ["Go to the office twice a week", "We go the extra mile for customers"])
  func theSameWordElsewhereIsNoSkill(_ text: String) {
    #expect(PostingFixture.lexicon.matches(in: text).isEmpty)
  }
}
