/// "A bachelor's degree is not required", "No prior experience needed", "Knowledge of X is
/// NOT needed": a line that waives what it names asks for nothing, unless it asks for
/// something besides ("… is a plus, but not required", "Must climb ladders (no experience
/// required)").
enum WaivedAsk {
  /// True when `text` waives what it names and has no other cue that asks for something.
  static func matches(_ text: String) -> Bool {
    guard mayHold(text) else { return false }
    let lower = text.lowercased()
    guard let range = waiver.firstRange(in: lower) else { return false }
    let rest = String(lower[..<range.lowerBound]) + " " + String(lower[range.upperBound...])
    return !RequirementCues.hasPreferredCue(rest) && !RequirementCues.hasRequiredCue(rest)
  }

  /// `text` without its waiving clauses: "Knowledge of Objective-C is NOT needed; SQL is a
  /// plus" asks only for SQL. Empty when every clause waives.
  static func kept(_ text: String) -> String {
    guard mayHold(text) else { return text }
    let clauses = text.split(separator: ";").map { $0.trimmingSpaces() }
    let kept = clauses.filter { !matches(String($0)) }
    return kept.count == clauses.count ? text : kept.joined(separator: "; ")
  }

  /// False when `text` surely waives nothing: it has no "no" (nor "not") or "n't" at all.
  static func mayHold(_ text: String) -> Bool {
    text.utf8.count > 8
      && (text.hasBytes("no") || text.hasBytes("No") || text.hasBytes("NO")
        || text.hasBytes("n't"))
  }

  private static let waiver = Pattern(
    joining: [
      #"\b(?:is |are )?not (?:required|needed|necessary|mandatory|expected|essential"#,
      #"|a requirement|a must)\b"#,
      #"|(?:^|[(;,.:] ?)no (?:[\w'’/-]+ ){0,4}(?:required|needed|necessary)\b"#,
      #"|\b(?:do not|don't|does not|doesn't|won't|will not) need\b"#,
    ], requiring: ["no", "n't"])
}
