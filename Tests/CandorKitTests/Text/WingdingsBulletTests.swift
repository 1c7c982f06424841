import Testing

@testable import CandorKit

/// A Symbol or Wingdings bullet a PDF keeps in the private-use area, raw or misread as
/// Windows-1252 ("ï‚§"), is a bullet, not an icon to drop (trial23 P2-10): dropping it
/// glued two highlights into one.
@Suite struct WingdingsBulletTests {
  @Test(arguments: [
    "\u{00EF}\u{201A}\u{00A7} Managed logs", "\u{F0A7} Managed logs", "\u{F0B7} Managed logs",
  ])
  func aPrivateUseBulletStaysABullet(_ line: String) {
    #expect(TextCleaner.clean(line) == "• Managed logs")
  }

  @Test func anIconGlyphIsStillDropped() {
    #expect(TextCleaner.clean("\u{F0E0} ana@example.com") == " ana@example.com")
  }
}
