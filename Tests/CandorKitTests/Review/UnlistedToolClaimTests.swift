import Testing

@testable import CandorKit

/// Load-testing tools the resume lacks are claims like any other tool: the lexicon knows
/// Gatling, k6, REST Assured and Locust, and a name it does not know that the writer says
/// they worked with ("I load-tested with Flarequest") is worth a check.
@Suite struct UnlistedToolClaimTests {
  @Test(arguments: [
    ("I load-tested with Gatling at Norvale Systems.", ["Gatling"]),
    ("I load-tested the API with k6 and REST Assured.", ["k6", "REST Assured"]),
    ("I ran load tests in Locust.", ["Locust"]),
    ("I used Toast for orders.", ["Toast"]),
  ])
  func aKnownToolTheResumeLacksIsAnError(sentence: String, tools: [String]) throws {
    let expected = Dictionary(uniqueKeysWithValues: tools.map { ($0, Severity.error) })
    #expect(try InventedFacts.claims(sentence) == expected)
  }

  @Test func aToolsNameThatIsAlsoAPhraseNamesNoTool() throws {
    #expect(try InventedFacts.claims("Rest assured, I test every release.") == [:])
    #expect(try InventedFacts.claims("I saw a locust of bugs arrive at release.") == [:])
  }

  @Test func anUnknownNameTheWriterWorkedWithIsAWarning() throws {
    #expect(
      try InventedFacts.claims("I load-tested the API with Flarequest and Vortexa.")
        == ["Flarequest": .warning, "Vortexa": .warning])
    #expect(
      try InventedFacts.claims("I built the dashboards in Lookerly.") == ["Lookerly": .warning])
  }

  @Test(arguments: [
    "I wrote the tests with Selenium.",
    "I tested releases in Denver.",
    "I tested the checkout in March.",
    "I built it with Norvale Systems.",
  ])
  func aKnownToolPlaceMonthOrEmployerIsNoUnknownName(sentence: String) throws {
    #expect(try InventedFacts.claims(sentence) == [:])
  }
}
