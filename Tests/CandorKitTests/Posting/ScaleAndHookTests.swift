import Testing

@testable import CandorKit

@Suite struct ScaleAndHookTests {
  @Test func keepsFiguresAboutUsersTrafficLatencyRevenueAndTeams() throws {
    let figures = try PostingFixture.read("backend-engineer.md").scaleFigures
    #expect(figures.map(\.quantity.text) == ["40,000", "1.2 s", "300 ms", "12"])
    #expect(figures.map(\.quantity.measure) == [.transactions, .latency, .latency, .teamSize])
    #expect(figures.map(\.line) == [9, 17, 17, 18])
    #expect(
      figures[0].sentence == "Larkspur Freight moves 40,000 shipments a week for regional grocers.")
  }

  @Test func leavesYearsOfExperienceOutOfScaleFigures() throws {
    let figures = try PostingFixture.read("jsonld-posting.html").scaleFigures
    #expect(figures.map(\.quantity.text) == ["12,000", "15"])
  }

  struct HookCase: Sendable, CustomTestStringConvertible {
    var file: String
    var text: String
    var kind: CompanyHook.Kind
    var testDescription: String { file }
  }

  static let hooks: [HookCase] = [
    .init(
      file: "backend-engineer.md",
      text: "This year we are rebuilding our routing engine so that drivers get same-day "
        + "reroutes when a road closes.", kind: .initiative),
    .init(
      file: "clinic-nurse.md",
      text: "Harborview Family Clinics is a growing network of 9 community clinics serving "
        + "30,000 patients a year across the valley.", kind: .growth),
    .init(
      file: "printed-page.txt", text: "We are expanding into battery storage this year.",
      kind: .initiative),
  ]

  @Test(arguments: hooks)
  func findsTheCompanysOwnHooks(_ expected: HookCase) throws {
    let hooks = try PostingFixture.read(expected.file).hooks
    let hook = try #require(hooks.first)
    #expect(hook.text == expected.text)
    #expect(hook.kind == expected.kind)
  }

  @Test func takesNoHookFromBoilerplate() throws {
    let hooks = try PostingFixture.read("data-analyst.html").hooks
    #expect(!hooks.contains { $0.text.contains("equal opportunity") })
    #expect(!hooks.contains { $0.text.contains("careers@") })
  }
}
