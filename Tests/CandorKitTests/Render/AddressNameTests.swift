import Testing

@testable import CandorKit

/// The address block names the recipient as the greeting does: with the honorific the
/// greeting uses before the surname, and the full name otherwise.
@Suite struct AddressNameTests {
  @Test(arguments: [
    ("Colleen Ashdown", "Dr. Ashdown", "Dr. Colleen Ashdown"),
    ("Tomas Reyes", "Tomas Reyes", "Tomas Reyes"),
    ("Dr. Imani Okafor", "Dr. Okafor", "Dr. Imani Okafor"),
    ("Ruth Bale", "Prof. Bale", "Prof. Ruth Bale"),
  ])
  func theAddressBlockAgreesWithTheGreeting(_ name: String, _ greeting: String, _ line: String) {
    let recipient = PlannedRecipient(name: name, addressee: greeting)
    #expect(LetterDocument.addressName(recipient) == line)
  }

  @Test func aTeamGreetingLeavesNoName() {
    let recipient = PlannedRecipient(name: nil, addressee: "Bramble Labs team")
    #expect(LetterDocument.addressName(recipient) == nil)
  }

  @Test(arguments: [
    ("Tampa, FL (field, travel up to 50%)", "Tampa, FL"),
    ("Ogden, UT [on site]", "Ogden, UT"),
    ("Des Moines, IA", "Des Moines, IA"),
    ("Remote (United States)", nil),
    ("Hybrid - Leeds", nil),
    ("Berlin, Toronto, or San Francisco", nil),
    ("Austin / Dallas", nil),
    ("(anywhere)", nil),
  ])
  func theAddressBlockShowsOnePlaceWithoutNotes(_ location: String, _ line: String?) {
    #expect(LetterDocument.addressPlace(location) == line)
  }
}
