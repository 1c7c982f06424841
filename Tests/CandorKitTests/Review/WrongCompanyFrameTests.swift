import Testing

@testable import CandorKit

/// Another organisation written as the letter's target: after "asset to", after "help" when
/// it ends as an organisation's name does, or sharing the company's first word under another
/// name ("Fernwood Credit Union" for Fernwood Public Library).
@Suite struct WrongCompanyFrameTests {
  static func wrongCompanies(_ sentence: String) -> [String] {
    let text = "Dear Odile Marchetti,\n\nAt Millbrook I ran the holds desk. \(sentence)\n"
    return TrialFiveReviewTests.review(text).findings
      .filter { $0.rule == "wrong-company" }.map(\.excerpt)
  }

  @Test func anotherOrganisationAsTheTargetIsTheWrongCompany() {
    #expect(Self.wrongCompanies("I would be a valuable asset to Riverton.") == ["Riverton"])
    #expect(
      Self.wrongCompanies("I would like to help Harbor Point Credit Union grow.")
        == ["Harbor Point Credit Union"])
    #expect(
      Self.wrongCompanies("Fernwood Credit Union's new branch caught my eye.")
        == ["Fernwood Credit Union's"])
  }

  @Test func theCompanyOrAPersonAsTheTargetIsNot() {
    #expect(Self.wrongCompanies("I would be a valuable asset to Fernwood Public Library.") == [])
    #expect(Self.wrongCompanies("I would like to help Spanish-speaking patrons.") == [])
    #expect(Self.wrongCompanies("Fernwood's new branch caught my eye.") == [])
    #expect(Self.wrongCompanies("I helped Millbrook patrons find 300 holds.") == [])
  }
}
