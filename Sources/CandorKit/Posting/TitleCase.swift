/// Title case for words found in running text ("senior software engineer").
enum TitleCase {
  private static let small: Set<String> = [
    "of", "and", "for", "the", "in", "at", "to", "with", "on", "a", "an", "or", "de", "y", "la",
    "el", "del", "und", "für", "et", "du", "des",
  ]
  private static let acronyms: Set<String> = [
    "ux", "ui", "qa", "it", "hr", "vp", "sre", "cto", "ceo", "cfo", "rn", "lpn", "icu", "api",
    "aws", "sql", "ml", "ai", "bi", "etl", "seo", "pr", "erp", "crm", "ios", "pacu", "ti",
  ]

  static func apply(_ text: String) -> String {
    text.split(separator: " ").enumerated().map { index, word in
      let lower = word.lowercased()
      if acronyms.contains(lower) { return lower == "ios" ? "iOS" : lower.uppercased() }
      if index > 0, small.contains(lower) { return lower }
      guard word.first?.isLowercase == true || word == word.uppercased() else {
        return String(word)
      }
      return lower.prefix(1).uppercased() + lower.dropFirst()
    }.joined(separator: " ")
  }
}
