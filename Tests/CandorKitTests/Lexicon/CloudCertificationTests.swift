import Testing

@testable import CandorKit

/// Each AWS, Azure and Google Cloud certification is its own credential: one never meets
/// an ask for another, while any of them meets an ask for the issuer's certification.
@Suite struct CloudCertificationTests {
  static func terms(_ text: String) -> [String] {
    Lexicon.standard.matches(in: text).map(\.term)
  }

  @Test(arguments: [
    ("AWS Certified SysOps Administrator – Associate", "AWS Certified SysOps Administrator"),
    ("AWS Certified Solutions Architect", "AWS Certified Solutions Architect"),
    ("AWS Certified Developer Associate", "AWS Certified Developer"),
    ("AWS Certified Cloud Practitioner", "AWS Certified Cloud Practitioner"),
    ("AZ-104", "Azure Administrator Associate"),
    ("AZ-305", "Azure Solutions Architect Expert"),
    ("Google Cloud Professional Cloud Architect", "Google Cloud Professional Cloud Architect"),
    ("Google Professional Data Engineer", "Google Cloud Professional Data Engineer"),
  ])
  func eachNamedCertificationIsItsOwnTerm(_ written: String, _ term: String) {
    #expect(Self.terms("Holds the \(written) certification").contains(term))
  }

  @Test func aSolutionsArchitectDoesNotMeetASysOpsAsk() throws {
    let report = try AskFixture.report(
      role: "Site Reliability Engineer", asks: ["AWS Certified SysOps Administrator"],
      resume: ["AWS Certified Solutions Architect – Associate (2023)"])
    let sysOps = try #require(
      report.keywords.first { $0.term == "AWS Certified SysOps Administrator" })
    #expect(!sysOps.found)
  }

  @Test func anyAWSCertificationMeetsAnAskForOne() throws {
    let report = try AskFixture.report(
      role: "Site Reliability Engineer", asks: ["An AWS certification"],
      resume: ["AWS Certified SysOps Administrator (2024)"])
    let aws = try #require(report.keywords.first { $0.term == "AWS certification" })
    #expect(aws.found)
    #expect(aws.foundAs == "AWS Certified SysOps Administrator")
  }
}
