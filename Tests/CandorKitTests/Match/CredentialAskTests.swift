import Testing

@testable import CandorKit

/// A credential asked for by the work it certifies ("MTM certification") is met only by a
/// credential: a certificate, "certified in MTM" or "MTM-certified", never by the work alone
/// ("Ran MTM reviews"), which the report gives as the nearest evidence instead.
@Suite struct CredentialAskTests {
  static func report(highlight: String, certificates: [String] = []) throws -> MatchReport {
    let posting = try PostingReader.read(
      InputFile(
        name: "posting.md",
        text: """
          # Clinical Pharmacist

          Hollowbay Pharmacy is hiring.

          ## Requirements

          - MTM certification
          - 2+ years of retail work
          """))
    let certified = certificates.isEmpty ? "" : "\n\nCertifications\n"
    let resume = try AskFixture.resume(
      "Experience\nPharmacist, Copperline Pharmacy, 2020 - Present\n- \(highlight)"
        + certified + certificates.joined(separator: "\n"))
    return KeywordMatcher.match(posting: posting, resume: resume)
  }

  static func mtm(_ report: MatchReport) -> KeywordResult? {
    report.keywords.first { $0.term == "MTM" }
  }

  @Test func theWorkAloneDoesNotMeetTheCredentialAsk() throws {
    let report = try Self.report(highlight: "Ran MTM reviews for 40 patients a week")
    #expect(Self.mtm(report)?.category == .certification)
    #expect(Self.mtm(report)?.found == false)
    let nearest = report.recommendations.first { $0.kind == .showCredential }
    #expect(nearest?.term == "MTM")
    #expect(
      nearest?.message
        == "'MTM' is asked for as a credential, and your resume shows only the work "
        + "(Experience: Copperline Pharmacy): list the credential if you hold it")
  }

  @Test(arguments: [
    "Certified in MTM by APhA; ran 40 reviews a week", "MTM-certified pharmacist for 3 years",
  ])
  func aCredentialWordBesideTheNameMeetsIt(_ highlight: String) throws {
    #expect(Self.mtm(try Self.report(highlight: highlight))?.found == true)
  }

  @Test func aCertificateMeetsIt() throws {
    let report = try Self.report(
      highlight: "Ran MTM reviews for 40 patients a week", certificates: ["MTM, APhA, 2021"])
    #expect(Self.mtm(report)?.found == true)
    #expect(!report.recommendations.contains { $0.kind == .showCredential })
  }
}
