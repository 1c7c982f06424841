import Foundation

/// Numbers about the writer's life, not their work: an age ("At 24, I ran …", "at age 24",
/// "24 years old"), how far from the job they live ("I live twenty minutes from the
/// airport") and how long they have lived there ("Chattanooga has been my home for ten
/// years"). A resume gives none of them, so none is a claim to check against it.
enum PersonalFigures {
  /// Whether the number at `found` in the sentence `text` is an age or a fact of home.
  static func contains(_ found: Range<String.Index>, in text: Substring) -> Bool {
    isAge(found, in: text) || isDistance(found, in: text) || isResidence(found, in: text)
  }

  /// "At 24, I …", "at age 24", "aged 24", "when I was 24", "24 years old"; a named cue
  /// ("at the age of twelve") marks a child's age too.
  static func isAge(_ found: Range<String.Index>, in text: Substring) -> Bool {
    let written = text[found].lowercased()
    guard let value = Int(written) ?? NumberWords.english[written].map(Int.init),
      (1...99).contains(value)
    else { return false }
    let lead = String(text[..<found.lowerBound].suffix(24))
    let after = String(text[found.upperBound...].prefix(16))
    if matches(ageCue, lead) { return true }
    guard value >= 13 else { return false }
    if matches(yearsOld, after) { return true }
    return matches(openingAt, lead) && matches(writerAfter, after)
  }

  /// "my home for ten years", "I have lived in Leeds for 6 years": years of residence.
  private static func isResidence(_ found: Range<String.Index>, in text: Substring) -> Bool {
    let lead = String(text[..<found.lowerBound].suffix(64))
    let after = String(text[found.upperBound...].prefix(16))
    return matches(residence, lead) && matches(yearsAfter, after)
  }

  /// "twenty minutes from the airport", "3 miles away", in a sentence about where the
  /// writer lives.
  static func isDistance(_ found: Range<String.Index>, in text: Substring) -> Bool {
    let own = text[found].lowercased()
    let hasUnit = distanceUnits.contains { own.hasSuffix($0) }
    let after = (hasUnit ? " minutes" : "") + String(text[found.upperBound...].prefix(32))
    return matches(distance, after) && matches(home, String(text))
  }

  private static let distanceUnits = ["minutes", "minute", "miles", "mile", "km", "hours"]

  private static func matches(_ regex: NSRegularExpression, _ text: String) -> Bool {
    regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
  }

  private static let ageCue = try! NSRegularExpression(
    pattern: #"(?:^|[^\p{L}])(?:at age|aged|age|at the age of|when i was|i was only)\s$"#,
    options: [.caseInsensitive])

  private static let residence = try! NSRegularExpression(
    pattern: #"\b(?:my home|home to me|lived|live|living|resided|reside)\b[^.;:]*"#
      + #"\bfor(?: the (?:past|last))?\s+$"#, options: [.caseInsensitive])

  private static let yearsAfter = try! NSRegularExpression(
    pattern: #"^[\s-]+(?:years?|decades?)\b"#, options: [.caseInsensitive])

  private static let yearsOld = try! NSRegularExpression(
    pattern: #"^[\s-]+years?[\s-]+old\b"#, options: [.caseInsensitive])

  /// "At" opening the sentence or a clause: "At 24, I …", "…; at 19, I …".
  private static let openingAt = try! NSRegularExpression(
    pattern: #"(?:^|[,;]\s)at\s$"#, options: [.caseInsensitive])

  private static let writerAfter = try! NSRegularExpression(
    pattern: #"^(?:,\s*|\s+)(?:i|my)\b"#, options: [.caseInsensitive])

  private static let distance = try! NSRegularExpression(
    pattern: #"^[\s-]+(?:minutes?|mins?|miles?|kilomet(?:er|re)s?|km|blocks?|hours?)"#
      + #"\s+(?:away|from)\b"#, options: [.caseInsensitive])

  private static let home = try! NSRegularExpression(
    pattern: #"\b(?:live|lives|lived|living|based|located|commute|commuting|home|house|"#
      + #"apartment|reside|resides)\b"#, options: [.caseInsensitive])
}
