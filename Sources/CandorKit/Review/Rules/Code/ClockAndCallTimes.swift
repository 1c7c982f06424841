import Foundation

/// Numbers in a letter that are not claims about the writer's past: a time of day ("fresh
/// numbers at 7 a.m.") and the length of a proposed call ("a 30-minute call").
enum ClockAndCallTimes {
  /// Whether the number at `found` in `text` is a clock time or a proposed call's length.
  static func contains(_ found: Range<String.Index>, in text: Substring) -> Bool {
    // "10:00": the minutes of a clock time.
    let before = text[..<found.lowerBound].suffix(2)
    if before.count == 2, before.last == ":", before.first?.isNumber == true { return true }
    // "a 20 minute call": the unit may already be part of the number found.
    let own = text[found].lowercased()
    let unit = ["minute", "minutes", "min", "mins", "hour", "hours"].contains { own.hasSuffix($0) }
    let after = (unit ? "-minute" : "") + String(text[found.upperBound...].prefix(32))
    guard !after.isEmpty else { return false }
    return pattern.firstMatch(in: after, range: NSRange(after.startIndex..., in: after)) != nil
  }

  private static let pattern = try! NSRegularExpression(
    pattern: #"^(?:\s?[ap]\.?m\.?(?!\w)|:\d\d|[\s-]?(?:minute|min|hour)s?\s+"#
      + #"(?:call|chat|conversation|meeting|interview|walkthrough|video call|phone call)\b)"#,
    options: [.caseInsensitive])
}
