import Testing

@testable import CandorKit

/// A school the letter says the writer attended or trained at must be the resume's; an
/// invented one is an error, wherever its school noun stands in the name.
@Suite struct InventedSchoolClaimTests {
  @Test(arguments: [
    ("I trained at the Culinary Institute of America.", "Culinary Institute of America"),
    (
      "My training at the Culinary Institute of America taught me speed.",
      "Culinary Institute of America"
    ),
    ("I attended Marlow College before Norvale Systems.", "Marlow College"),
    ("I studied at Marlow University.", "Marlow University"),
  ])
  func anInventedSchoolIsAnError(sentence: String, school: String) throws {
    #expect(try InventedFacts.claims(sentence) == [school: .error])
  }

  @Test(arguments: [
    "I attended Harlow State University.",
    "I trained at the Harlow State University clinic.",
    "I attended Dreamforce in 2023.",
  ])
  func theResumesSchoolOrAnEventIsNoSchoolClaim(sentence: String) throws {
    #expect(try InventedFacts.claims(sentence) == [:])
  }
}
