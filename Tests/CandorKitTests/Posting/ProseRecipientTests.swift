import Testing

@testable import CandorKit

/// A recipient named in a sentence about applying, after a role and an appositive comma.
@Suite struct ProseRecipientTests {
  static func recipient(_ sentence: String) throws -> String? {
    let text = """
      Bakery Shift Lead
      Crumb & Kettle

      Requirements
      - 2+ years in a bakery

      \(sentence)
      """
    return try PostingFixture.read(text: text).recipient?.name
  }

  @Test(arguments: [
    ("Send your resume to our head-baker-in-charge, Ms. Ilse Varga, CMB.", "Ilse Varga"),
    (
      "Send your resume and cover letter to our pharmacist-in-charge, Dr. Ilse Varga, PharmD.",
      "Ilse Varga"
    ),
    ("Send your portfolio link and a short letter to Art Director Ilse Varga.", "Ilse Varga"),
    ("Send your resume to our Bakery Manager, Ilse Varga.", "Ilse Varga"),
  ])
  func aNameAfterARoleInAnApplySentenceIsTheRecipient(sentence: String, name: String) throws {
    #expect(try Self.recipient(sentence) == name)
  }

  @Test func aRoleWithNoNameGivesNoRecipient() throws {
    #expect(try Self.recipient("Send your resume to our pharmacist-in-charge.") == nil)
  }
}
