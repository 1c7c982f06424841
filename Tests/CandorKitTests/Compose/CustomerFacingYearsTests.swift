import Testing

@testable import CandorKit

/// Years in a customer-facing role are years of customer service, though no line of the
/// resume says "customer service".
@Suite struct CustomerFacingYearsTests {
  static func isMet(role: String) throws -> Bool {
    let posting = try PostingReader.read(
      InputFile(
        name: "posting.md",
        text: """
          # Front Desk Agent

          Birchlow Inn is hiring.

          ## Requirements
          - 1 year of customer service
          """))
    let resume = try ResumeReader.read(
      InputFile(
        name: "resume.txt",
        text: """
          Ines Marvale
          ines@example.com

          Experience
          \(role), Lakeview Hotel, 2019 - 2022
          - Checked in 80 people a day
          """))
    let ask = try #require(posting.requirements.first { $0.years != nil })
    return FieldYears.isMet(ask, terms: ["customer service"], by: resume, known: [])
  }

  @Test func aGuestServicesAgentHasCustomerServiceYears() throws {
    #expect(try Self.isMet(role: "Guest Services Agent"))
    #expect(try Self.isMet(role: "Cashier"))
  }

  @Test func aRoleServingNoCustomersHasNone() throws {
    #expect(try Self.isMet(role: "Night Auditor") == false)
  }
}
