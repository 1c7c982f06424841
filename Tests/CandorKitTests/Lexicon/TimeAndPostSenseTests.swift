import Testing

@testable import CandorKit

/// A degree hyphened after "post" counts time after it ("post-master's experience"), and a
/// soft skill's "-ing" word before one person's title names that post ("a supervising
/// physical therapist"); neither is the skill.
@Suite struct TimeAndPostSenseTests {
  static func terms(_ text: String) -> [String] {
    Lexicon.standard.matches(in: text).map(\.term)
  }

  @Test func postMastersExperienceAsksForNoDegree() {
    let text = "Two years of post-master's experience in a clinical setting"
    #expect(!Self.terms(text).contains("Master's degree"))
    #expect(DegreeRequirement.ask(in: text) == nil)
    #expect(Self.terms("Master's degree in social work").contains("Master's degree"))
    #expect(DegreeRequirement.ask(in: "Master's degree in social work")?.level == 3)
  }

  @Test(arguments: [
    "Works under a supervising physical therapist",
    "Reports to the Supervising Nurse on each unit",
  ])
  func aSupervisingTitleIsNoSupervisionSkill(_ text: String) {
    #expect(!Self.terms(text).contains("supervision"))
  }

  @Test(arguments: [
    "Experience supervising nurses and aides",
    "Supervising physical therapist assistants on two floors",
    "Supervising a team of 6 technicians",
  ])
  func supervisingPeopleKeepsTheSkill(_ text: String) {
    #expect(Self.terms(text).contains("supervision"))
  }
}
