import Testing

@testable import CandorKit

/// A quoted ask reads as English after "You ask for" and "You need" (trial21 P1-12 and
/// P2-17, trial24 P2-9): a bare list takes its "and", a choice drops "one of", a test
/// passed and a CDL take their article, names beside a piece of work take "experience
/// with", a quality alone takes "skills", and plural endorsements are held as they are.
@Suite struct QuotedAskEnglishTests {
  @Test(arguments: [
    ("ARINC 429, MIL-STD-1553, RS-422", "ARINC 429, MIL-STD-1553 and RS-422"),
    ("One of Kotlin or Scala", "Kotlin or Scala"),
    (
      "Pass FAA medical exam and drug test", "the ability to pass an FAA medical exam and drug test"
    ),
    ("Must pass background checks", "the ability to pass background checks"),
    ("Class B CDL with air brakes endorsement", "a Class B CDL with air brakes endorsement"),
    (
      "Splunk and Datadog, and writing runbooks",
      "experience with Splunk and Datadog and with writing runbooks"
    ),
    ("Testing with Cypress or Selenium", "experience testing with Cypress or Selenium"),
    ("Strong Figma and Sketch", "strong Figma and Sketch skills"),
    ("Excellent writing and speaking", "excellent writing and speaking skills"),
    ("Excellent communication skills", "excellent communication skills"),
  ])
  func anAskReadsAsEnglish(_ line: String, _ phrase: String) {
    #expect(SlotValues.requirementPhrase(line, skills: []) == phrase)
  }

  @Test func pluralEndorsementsAreHeldAsWritten() {
    let single = CredentialPhrase("Passenger and School Bus endorsements")
    #expect(single.held == "Passenger and School Bus endorsements")
    #expect(!single.sentences.contains { $0.hasBytes("endorsements credential") })
    let both = CredentialPhrase("Class B CDL (Texas), Passenger and School Bus endorsements")
    #expect(both.items == ["a Class B CDL (Texas)", "Passenger and School Bus endorsements"])
  }
}
