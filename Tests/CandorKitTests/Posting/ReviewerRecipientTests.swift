import Testing

@testable import CandorKit

/// A recipient named as the one who reviews applications ("… will be reviewed by our HR
/// Director, …") or by an initial and a surname ("Recruiter: J. Thompson") (trial21 P2-22).
@Suite struct ReviewerRecipientTests {
  static func recipient(_ sentence: String) throws -> String? {
    let text = """
      Payroll Coordinator
      Brindlewood Outfitters

      Requirements
      - 2+ years of payroll work

      \(sentence)
      """
    return try PostingFixture.read(text: text).recipient?.name
  }

  @Test(arguments: [
    ("Your application will be reviewed by our HR Director, Odalys Brenner.", "Odalys Brenner"),
    ("Applications are read by the Payroll Manager, Kwame Isaksen.", "Kwame Isaksen"),
    ("Recruiter: K. Vandermolen", "K. Vandermolen"),
  ])
  func aReviewerOrAnInitialledNameIsTheRecipient(sentence: String, name: String) throws {
    #expect(try Self.recipient(sentence) == name)
  }

  @Test(arguments: [
    "Your application will be reviewed by our HR team.",
    "Recruiter: K.",
  ])
  func noNamedPersonGivesNoRecipient(sentence: String) throws {
    #expect(try Self.recipient(sentence) == nil)
  }
}
