import Testing

@testable import CandorKit

/// Cookie banners, escaped markup in HTML and short non-English postings.
@Suite struct PageNoiseKindsTests {
  @Test func cookieBannersAreNoiseAndEscapedMarkupStaysText() throws {
    let posting = try PostingFixture.read("banner-and-entities.html")
    #expect(
      posting.requirements.map(\.text) == [
        "Valid driver's license", "2 years repairing HVAC units",
      ])
    #expect(posting.lines.contains { $0.text == "Halvorsen & Daughters <Ltd> — Fargo, ND" })
    #expect(posting.company == "Halvorsen & Daughters")
    #expect(posting.location == "Fargo, ND")
  }

  @Test func aShortSpanishPostingIsSpanish() throws {
    #expect(try PostingFixture.read("short-spanish.txt").language == "es")
  }

  @Test(arguments: [
    ("We use cookies to improve your experience. Accept all", true),
    ("Cookie settings", true),
    ("Bake cookies and pastries for the morning rush", false),
    ("Accept deliveries and stock the cookie shelf", false),
  ])
  func consentBannersAreToldFromWorkAboutCookies(_ text: String, _ isBanner: Bool) {
    #expect(ConsentBanner.matches(text) == isBanner)
  }
}
