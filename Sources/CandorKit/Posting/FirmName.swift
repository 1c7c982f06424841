/// Tells a firm's name that holds a job-title word ("Hollis & Associates", "Redwood Partners
/// LLC", "Teller Family Farms", "Chef's Table Catering") from a job title: a firm word ends
/// it, or a title word in it is possessive.
enum FirmName {
  /// True when `text`, whose lowercased words are `words`, reads as a firm's name although
  /// a title noun is in it. A title's qualifier after a separator ("Manager, Client
  /// Services", "Director of Theater") keeps it a title.
  static func matches(_ text: String, words: [String]) -> Bool {
    guard let last = words.last, text.utf8.count <= 60 else { return false }
    if text.hasBytes("'s ") || text.hasBytes("’s ") { return possessiveTitleWord(text) }
    guard firmWords.contains(last) else { return false }
    return !text.hasBytes(",") && !text.hasBytes(" of ") && !text.hasBytes(" - ")
      && !text.hasBytes(" – ") && !text.hasBytes(" — ") && !text.hasBytes("|")
  }

  /// "Chef's Table Catering", "Director's Guild Theater": a title noun owning a name.
  private static func possessiveTitleWord(_ text: String) -> Bool {
    text.split(separator: " ").contains { word in
      let lower = word.lowercased()
      guard let mark = lower.range(of: "'s") ?? lower.range(of: "’s"),
        mark.upperBound == lower.endIndex
      else { return false }
      return PostingRoleWords.nouns.contains(String(lower[..<mark.lowerBound]))
    }
  }

  /// Words that end a firm's name and never a job title: legal forms, the plurals a
  /// practice names itself by, and kinds of business.
  private static let firmWords: Set<String> = [
    "llc", "inc", "ltd", "llp", "corp", "co", "company", "corporation", "partners",
    "associates", "advisors", "advisers", "consultants", "farms", "catering", "theater",
    "theatre", "guild", "outfitters", "holdings", "industries", "enterprises", "studios",
    "ventures", "brewery", "bakery",
  ]
}
