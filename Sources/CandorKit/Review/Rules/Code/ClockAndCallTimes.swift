import Foundation

/// Numbers in a letter that are not claims about the writer's past: a time of day ("fresh
/// numbers at 7 a.m.", "at 10 on Tuesday", "a las 10", "um 9 Uhr") and the length of a
/// proposed call ("a 30-minute call").
enum ClockAndCallTimes {
  /// Whether the number at `found` in `text` is a clock time or a proposed call's length.
  static func contains(_ found: Range<String.Index>, in text: Substring) -> Bool {
    // "10:00": the minutes of a clock time.
    let before = text[..<found.lowerBound].suffix(2)
    if before.count == 2, before.last == ":", before.first?.isNumber == true { return true }
    if isHour(found, in: text) { return true }
    // "a 20 minute call": the unit may already be part of the number found.
    let own = text[found].lowercased()
    let unit = ["minute", "minutes", "min", "mins", "hour", "hours"].contains { own.hasSuffix($0) }
    let after = (unit ? "-minute" : "") + String(text[found.upperBound...].prefix(32))
    guard !after.isEmpty else { return false }
    return pattern.firstMatch(in: after, range: NSRange(after.startIndex..., in: after)) != nil
  }

  /// "at 10", "a las 10", "um 9", "nine o'clock": an hour (0–24, in digits or English words)
  /// after a word that sets a time, with nothing after it that it could count ("at 10 sites"
  /// counts sites); or any hour followed by "o'clock" or "Uhr". An age is no hour ("At 24, I
  /// …").
  static func isHour(_ found: Range<String.Index>, in text: Substring) -> Bool {
    let written = text[found].lowercased()
    guard let hour = Int(written) ?? NumberWords.english[written].map(Int.init), hour <= 24,
      !PersonalFigures.isAge(found, in: text)
    else { return false }
    let after = String(text[found.upperBound...].prefix(32))
    let range = NSRange(after.startIndex..., in: after)
    if clockWord.firstMatch(in: after, range: range) != nil { return true }
    let lead = text[..<found.lowerBound].suffix(8).lowercased()
    guard timeCue.firstMatch(in: lead, range: NSRange(lead.startIndex..., in: lead)) != nil
    else { return false }
    return afterHour.firstMatch(in: after, range: range) != nil
  }

  /// Words that end a time of day in any language ("10 o'clock", "9 Uhr").
  private static let clockWord = try! NSRegularExpression(
    pattern: #"^\s?(?:o['’]clock|uhr)\b"#, options: [.caseInsensitive])

  /// The words before an hour: "at", "around", "a las", "a la", "às", "um", "alle", "à",
  /// "om", "vers", "gegen".
  private static let timeCue = try! NSRegularExpression(
    pattern: #"(?:^|[^\p{L}])(?:at|around|a las|a la|às|um|alle|à|om|vers|gegen)\s$"#)

  /// What may follow an hour: the end of a clause, "or", "on Tuesday", "in the afternoon",
  /// "tomorrow", "de la mañana", "horas", "heures".
  private static let afterHour = try! NSRegularExpression(
    pattern: #"^(?:\s*(?:[.,;:!?)]|$)|\s+(?:or|and|on|this|next|tomorrow|today|tonight|"#
      + #"sharp|y|o|ou|oder|e|of|en punto|de la (?:mañana|tarde|noche)|del mediodía|"#
      + #"in the (?:morning|afternoon|evening)|heures?|horas?|ore|uur|"#
      + #"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)"#,
    options: [.caseInsensitive])

  private static let pattern = try! NSRegularExpression(
    pattern: #"^(?:\s?[ap]\.?m\.?(?!\w)|:\d\d|[\s-]?(?:minute|min|hour)s?\s+"#
      + #"(?:call|chat|conversation|meeting|interview|walkthrough|video call|phone call)\b)"#,
    options: [.caseInsensitive])
}
