import Foundation
import Testing

@testable import CandorKit

@Suite struct LiteralSearchTests {
  /// Haystacks and needles on both sides of the byte-search rule: plain text, dashes and
  /// quotes (searched on bytes), decomposed accents, the Kelvin sign and line breaks (left
  /// to Foundation).
  private static let texts = [
    "Bachelor's degree (Master's preferred)", "Master's preferred", "master's",
    "SQL – Tableau is a plus", "Tableau is a plus", "– Tableau", "It’s great", "’s great",
    "Größler café", "café", "cafe\u{301}", "cafe", "e\u{301}", "\u{212A}elvin", "Kelvin",
    "line\r\nnext", "\nnext", "line\r", "a team of 14 engineers", "team of", "", "x",
  ]

  @Test func answersAsFoundationContainsForEveryPair() {
    for text in Self.texts {
      for needle in Self.texts {
        #expect(text.containsText(needle) == text.contains(needle), "\(text) / \(needle)")
      }
    }
  }

  @Test func findsPlainAndPunctuatedNeedles() {
    #expect("Bachelor's degree (Master's preferred)".containsText("Master's preferred"))
    #expect("SQL – Tableau is a plus".containsText("– Tableau"))
    #expect(!"Bachelor's degree".containsText("master's"))
  }

  @Test func matchesAnAccentWrittenEitherWay() {
    #expect("cafe\u{301}".containsText("café"))
    #expect("Größler café".containsText("café"))
  }
}
