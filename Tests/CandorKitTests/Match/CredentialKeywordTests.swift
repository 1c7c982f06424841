import Testing

@testable import CandorKit

/// Licences and designations a posting asks for are credential keywords, met by the
/// credential the resume lists, never by a neighbour of the same issuer.
@Suite struct CredentialKeywordTests {
  @Test(arguments: [
    ("FAA Airframe and Powerplant (A&P) certificate", "FAA Airframe and Powerplant Certificate"),
    ("FCC General Radiotelephone Operator License", "FCC GROL, 2025"),
    ("Active Oregon pharmacist license", "Oregon Registered Pharmacist, 2023"),
    ("Progress toward CPCU or AU designation", "Chartered Property Casualty Underwriter, 2024"),
  ])
  func aHeldCredentialMeetsItsAsk(_ ask: String, _ held: String) throws {
    let report = try AskFixture.report(asks: [ask], resume: [held])
    let asked = report.keywords.filter { $0.tier == .required && $0.category != .title }
    #expect(asked.first?.category == .certification)
    #expect(asked.first?.found == true)
    #expect(!asked.contains { $0.category == .tool })
  }

  @Test func oneAPICSCredentialDoesNotMeetAnother() throws {
    let report = try AskFixture.report(asks: ["CSCP certification"], resume: ["APICS CPIM, 2023"])
    #expect(report.keywords.first { $0.category == .certification }?.found == false)
  }
}
