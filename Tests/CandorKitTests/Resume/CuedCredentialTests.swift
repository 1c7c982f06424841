import Testing

@testable import CandorKit

/// A credential the lexicon lacks is found where a credential's word marks it: joined to
/// "-certified" ("PLXE-certified") or as the board that licenses ("Licensed by the VNBC").
@Suite struct CuedCredentialTests {
  @Test(arguments: [
    ("PLXE-certified pharmacist since 2019", ["PLXE"]),
    ("Licensed by the VNBC; certified through QRTA", ["VNBC", "QRTA"]),
    ("Certified with SCTST-JAVA from a training school", ["SCTST-JAVA"]),
    ("Board-certified in family medicine", []),
    ("Licensed by the state of Ohio", []),
    ("Ran PLXE reviews", []),
  ])
  func namesMarkedAsCredentials(_ text: String, _ names: [String]) {
    #expect(CredentialCue.names(in: text) == names)
  }

  @Test func aResumeListsThemAsCredentials() throws {
    let resume = try AskFixture.resume(
      """
      Summary
      PLXE-certified pharmacist. Licensed by the VNBC since 2019.

      Experience
      Pharmacist, Copperline Pharmacy, 2020 - Present
      - Counseled 40 patients a day on new prescriptions
      """)
    let credentials = resume.skills.filter { $0.category == .certification }
    #expect(credentials.map(\.term) == ["PLXE", "VNBC"])
    #expect(credentials.allSatisfy { !$0.isKnown && $0.lines == [5] })
  }

  @Test func aPostingsAskIsACredentialKeywordTheResumeMeets() throws {
    let report = try AskFixture.report(
      role: "Pharmacist", employer: "Hollowbay Pharmacy",
      asks: ["Must be NATE-certified", "Licensed by the VNBC"],
      resume: ["NATE-certified, 2021", "Licensed by the VNBC"])
    let nate = report.keywords.first { $0.term == "NATE" }
    #expect(nate?.category == .certification)
    #expect(nate?.found == true)
    #expect(report.keywords.first { $0.term == "VNBC" }?.found == true)
  }
}
