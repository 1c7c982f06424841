import Testing

@testable import CandorKit

@Suite struct ExperienceYearsTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    /// "start..end" per role; an empty end is a current role.
    var roles: [String]
    var years: Double
    var testDescription: String { name }
  }

  static let today = PartialDate(year: 2025, month: 6)

  static let cases: [Case] = [
    Case(name: "one closed role", roles: ["2019-01..2020-12"], years: 2.0),
    Case(name: "current role runs to today", roles: ["2023-06.."], years: 2.1),
    Case(
      name: "overlapping roles counted once", roles: ["2018-01..2020-12", "2020-01..2021-12"],
      years: 4.0),
    Case(
      name: "role inside another", roles: ["2010-01..2019-12", "2012-05..2013-04"], years: 10.0),
    Case(
      name: "gap between roles not counted", roles: ["2015-01..2015-12", "2017-01..2017-12"],
      years: 2.0),
    Case(name: "years without months", roles: ["2019..2021", "2017..2019"], years: 4.0),
    Case(name: "full dates", roles: ["2013-12-01..2014-12-01"], years: 1.1),
    Case(name: "undated and future roles ignored", roles: ["..", "2030-01.."], years: 0),
    Case(name: "end before start counts the start month", roles: ["2020-05..2019-01"], years: 0.1),
  ]

  @Test(arguments: cases)
  func mergesOverlapsAndEndsCurrentRolesToday(_ example: Case) {
    let work = example.roles.map { text -> Resume.Work in
      let parts = text.components(separatedBy: "..")
      var work = Resume.Work()
      work.startDate = parts[0].isEmpty ? nil : parts[0]
      work.endDate = parts[1].isEmpty ? nil : parts[1]
      return work
    }
    #expect(ExperienceYears.years(work, today: Self.today) == example.years)
  }
}
