import Testing

@testable import CandorKit

/// A recipient named after a title that holds a department ("our VP of Growth, …") or an
/// agency's acronym ("Fire Chief …"), and none where only a title is named.
@Suite struct TitledRecipientTests {
  static func recipient(_ sentence: String) throws -> String? {
    let text = """
      Station Dispatcher
      Marlow Valley Fire District

      Requirements
      - 1+ year of dispatch work

      \(sentence)
      """
    return try PostingFixture.read(text: text).recipient?.name
  }

  @Test(arguments: [
    ("Questions? Write to our VP of Growth, Tobiah Vanterpool.", "Tobiah Vanterpool"),
    ("Apply online. Contact: MVFD Chief Petra Lindqvist.", "Petra Lindqvist"),
  ])
  func aNameAfterATitleIsTheRecipient(sentence: String, name: String) throws {
    #expect(try Self.recipient(sentence) == name)
  }

  @Test(arguments: [
    "Questions? Write to our VP of Growth.",
    "Apply online. Contact: MVFD Chief of Operations.",
  ])
  func aTitleWithoutANameGivesNoRecipient(sentence: String) throws {
    #expect(try Self.recipient(sentence) == nil)
  }
}
