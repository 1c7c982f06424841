import Testing

@testable import CandorKit

/// An acronym in capitals that is also a lowercase product ("DBT" and dbt, "ADLS" and
/// ADLs): the capitals are the acronym's own, and the product needs its own field's terms
/// around it.
@Suite struct CapitalHomographTests {
  static func skills(_ body: String) throws -> [String] {
    try AskFixture.resume(body).skills.map(\.term)
  }

  @Test func aCounselorsDBTBesideCBTIsTheTherapyNotTheDataTool() throws {
    let skills = try Self.skills(
      """
      Experience
      Counselor, Wrenfield Clinic, 2020 - Present
      - Led 2 weekly skills groups for teens

      Skills
      CBT, DBT, Epic
      """)
    #expect(skills.contains("dialectical behavior therapy"))
    #expect(!skills.contains("dbt"))
  }

  @Test func anAnalystsDBTBesideSQLIsTheDataTool() throws {
    let skills = try Self.skills(
      """
      Experience
      Data Analyst, Wrenfield Foods, 2020 - Present
      - Built 12 sales dashboards

      Skills
      SQL, DBT, Snowflake
      """)
    #expect(skills.contains("dbt"))
    #expect(!skills.contains("dialectical behavior therapy"))
  }

  @Test func lowercaseDbtIsAlwaysTheDataTool() throws {
    let skills = try Self.skills(
      """
      Experience
      Counselor, Wrenfield Clinic, 2020 - Present
      - Rebuilt the clinic's intake reports in dbt
      """)
    #expect(skills.contains("dbt"))
  }

  @Test func aDbtAskIsNotMetByTheTherapy() throws {
    let report = try AskFixture.report(
      role: "Data Analyst", asks: ["Experience with dbt"],
      resume: ["Trained in CBT and DBT (2021)"])
    let dbt = try #require(report.keywords.first { $0.term == "dbt" })
    #expect(!dbt.found)
  }

  @Test func anAideWritingADLSMeansDailyLivingNotTheDataLake() throws {
    let skills = try Self.skills(
      """
      Experience
      Nursing Assistant, Wrenfield Care Home, 2020 - Present
      - Helped 12 residents with ADLS, vital signs and CPR drills
      """)
    #expect(!skills.contains("Azure Data Lake"))
  }
}
