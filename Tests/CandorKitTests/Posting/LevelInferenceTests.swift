import Testing

@testable import CandorKit

@Suite struct LevelInferenceTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var title: String
    var years: Double?
    var text = ""
    var level: ExperienceLevel
    var testDescription: String { title }
  }

  static let cases: [Case] = [
    .init(title: "Principal Developer Tools Engineer", level: .lead),
    .init(title: "VP of Engineering", level: .lead),
    .init(title: "Data Operations Lead", level: .lead),
    .init(title: "Graphics and Marketing Supervisor", level: .lead),
    .init(title: "Human Resources Manager", level: .lead),
    .init(title: "Senior Engineering Manager", level: .lead),
    .init(title: "Senior Product Manager", level: .senior),
    .init(title: "Project Manager", level: .mid),
    .init(
      title: "Client Success Manager", text: "You will supervise a team of 5 coordinators.",
      level: .lead),
    .init(title: "Senior Developer", level: .senior),
    .init(title: "Data Scientist (Sr.)", level: .senior),
    .init(title: "Marketing Intern", level: .entry),
    .init(title: "Practicante data Analytics", level: .entry),
    .init(title: "Customer Service Representative", level: .entry),
    .init(title: "Intermediate Developer", years: 6, level: .mid),
    .init(title: "Visual Designer", years: 5, level: .senior),
    .init(title: "Data Engineer", years: 3, level: .mid),
    .init(title: "Medical Laboratory Scientist", years: 1, level: .entry),
    .init(title: "Data Engineer", level: .mid),
  ]

  @Test(arguments: cases)
  func infersLevelFromTitleThenManagementThenYears(_ expected: Case) {
    let requirements = expected.years.map {
      [Requirement(text: "experience", tier: .required, years: $0, line: 1)]
    }
    let level = LevelInference.infer(
      title: expected.title, stated: nil, requirements: requirements ?? [], text: expected.text)
    #expect(level == expected.level)
  }
}
