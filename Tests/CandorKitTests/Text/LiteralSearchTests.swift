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

  /// Where both strings have one spelling and the needle no line break, a byte search finds
  /// the range Foundation's `range(of:)` finds (what `DegreeRequirement.ask` relies on).
  @Test func findsFoundationsRangeWhereBothHaveOneSpelling() {
    for text in Self.texts where text.hasOneSpelling {
      for needle in Self.texts
      where needle.hasOneSpelling && !needle.isEmpty
        && !needle.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D })
      {
        #expect(text.byteRange(of: needle) == text.range(of: needle), "\(text) / \(needle)")
      }
    }
    #expect(!"cafe\u{301}".hasOneSpelling)
    #expect("SQL – Tableau’s".hasOneSpelling)
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
