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

  /// "(515) 555-0172", "555-XXXX", "1420 Elm Street", a figure inside an e-mail address:
  /// the writer's contact details, which a resume's header gives and no claim rests on.
  static func isContact(_ found: Range<String.Index>, in text: Substring) -> Bool {
    let line = String(text)
    let range = NSRange(found, in: text)
    return [phone, street, email].contains { pattern in
      pattern.matches(in: line, range: NSRange(line.startIndex..., in: line)).contains {
        NSIntersectionRange($0.range, range).length > 0
      }
    }
  }

  private static let phone = try! NSRegularExpression(
    pattern: #"(?<![\d,.$])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\d{3}[\s.-])?"#
      + #"\d{3}[.-][\dX]{4}(?![\d%])"#, options: [])

  private static let street = try! NSRegularExpression(
    pattern: #"\b\d{1,5}\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|"#
      + #"Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl)\b"#, options: [])

  private static let email = try! NSRegularExpression(
    pattern: #"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"#, options: [])

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
