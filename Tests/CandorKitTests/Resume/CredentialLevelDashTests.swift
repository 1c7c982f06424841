import Testing

@testable import CandorKit

/// A certification's level written after a dash stays in its name ("AWS Certified
/// Solutions Architect - Professional"), so the level held is the level matched.
@Suite struct CredentialLevelDashTests {
  static func resume(_ certificate: String) throws -> ParsedResume {
    try AskFixture.resume(
      "Experience\nCloud Engineer, Tallowmere Freight, 2019 - Present\n"
        + "- Moved 40 services to AWS\n\nCertifications\n" + certificate)
  }

  @Test(arguments: [
    "AWS Certified Solutions Architect - Professional",
    "AWS Certified Solutions Architect – Professional, 2023",
    "AWS Solutions Architect — Professional",
  ])
  func theLevelAfterADashStaysWithTheName(_ line: String) throws {
    let parsed = try Self.resume(line)
    #expect(parsed.resume.certificates.first?.name?.hasSuffix("Professional") == true)
    #expect(parsed.resume.certificates.first?.issuer == nil)
    let terms = parsed.skills.map(\.term)
    #expect(terms.contains("AWS Certified Solutions Architect Professional"))
    #expect(!terms.contains("AWS Certified Solutions Architect"))
  }

  @Test func anIssuerAfterADashIsStillTheIssuer() throws {
    let parsed = try Self.resume("Forklift Operator Certification - Ridgeway Safety Council")
    #expect(parsed.resume.certificates.first?.issuer == "Ridgeway Safety Council")
  }
}
