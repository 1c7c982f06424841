/// Tells a hyphen that belongs to a word ("end-to-end", "co-founded", "follow-up") from one
/// that only split a word at a line break ("migra-" / "tion"), for joining wrapped lines.
public enum LineBreakHyphen {
  /// First parts that usually form hyphenated compounds ("third-" / "party").
  static let compoundHeads: Set<String> = [
    "self", "well", "third", "first", "cross", "full", "part", "long", "short", "high", "low",
    "real", "end", "non", "multi", "hands", "fast", "state", "world", "best", "top", "front",
    "back", "client", "customer", "user", "data", "cloud", "open", "cost", "time", "team",
    "award", "in", "on", "off", "face", "large", "small", "mid", "co", "ex", "pre", "post",
  ]

  /// Second parts that usually close hyphenated compounds ("follow-" / "up", "data-" /
  /// "driven").
  static let compoundTails: Set<String> = [
    "up", "in", "on", "out", "off", "down", "over", "based", "driven", "facing", "level",
    "scale", "oriented", "related", "specific", "wide", "free", "friendly", "ready", "time",
    "term",
  ]

  /// True when the hyphen between `head` (the word before it) and `tail` (the text after
  /// the line break) stays: after one letter ("e-" / "mail") or an acronym ("ALA-" /
  /// "accredited"), before a capital ("Scikit-" / "Learn"), in a compound that goes on
  /// ("end-" / "to-end", "end-to-" / "end"), after a compound-forming head or before a
  /// compound-closing tail, and when `text` spells the pair with a hyphen elsewhere.
  public static func keeps(head: String, tail: String, in text: String) -> Bool {
    let word = tail.prefix { $0.isLetter || $0 == "-" }
    guard head.count >= 2, let first = word.first, first.isLowercase else { return true }
    if word.contains("-") || head.contains("-") { return true }
    // An acronym opens a compound ("ALA-" / "accredited", "HIPAA-" / "compliant").
    if head.allSatisfy(\.isUppercase) { return true }
    if compoundHeads.contains(head.lowercased()) || compoundTails.contains(String(word)) {
      return true
    }
    return text.hasBytes("\(head)-\(word)")
  }
}
