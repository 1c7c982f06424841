/// How and where the job is worked, printed as a line of its own near the top or as one
/// part of a byline: "Remote (US)", "Remote - EU", "Remote, United States",
/// "Hybrid (Berlin)", "Acme Corp · Remote (US)". The value keeps the way of working first
/// and the area in brackets: "Remote (EU)".
enum ArrangementLine {
  /// The first such line in `top`, the first few lines, among those not list items.
  static func find(_ top: [TextLine]) -> SourcedValue? {
    for line in top where line.kind != .bullet && namesArrangement(line.text) {
      let parts = PlaceLine.bylineParts(line.text).flatMap { splitAside(String($0).trimmed) }
      for (index, part) in parts.enumerated() {
        guard let (mode, rest) = arrangement(part) else { continue }
        let area = rest ?? (index + 1 < parts.count ? parts[index + 1] : "")
        if isArea(area) { return SourcedValue(text: "\(mode) (\(area))", line: line.line) }
      }
    }
    return nil
  }

  /// "Quillstone (Remote, US or Canada)" → ["Quillstone", "Remote, US or Canada"]: a way
  /// of working in brackets after a name is a part of the byline of its own.
  static func splitAside(_ part: String) -> [String] {
    guard part.hasSuffix(")"), let open = part.range(of: " (", options: .backwards) else {
      return [part]
    }
    let inside = String(part[open.upperBound...].dropLast()).trimmed
    let head = String(part[..<open.lowerBound]).trimmed
    guard !head.isEmpty, !inside.contains("("),
      modes.contains(where: { inside.lowercased().hasPrefix($0) })
    else { return [part] }
    return [head, inside]
  }

  /// A byte check before any other work: nearly every line names no way of working.
  private static func namesArrangement(_ text: String) -> Bool {
    ["emote", "EMOTE", "ybrid", "YBRID", "-site", "-Site", "-SITE"].contains { text.hasBytes($0) }
  }

  /// "Remote (US)" → ("Remote", "US"); "Remote" alone → ("Remote", nil), its area in the
  /// next part of the byline ("Remote - EU"); nil when the part does not open with a way
  /// of working followed by an area.
  private static func arrangement(_ part: String) -> (String, String?)? {
    let lower = part.lowercased()
    guard let word = modes.first(where: { lower.hasPrefix($0) }) else { return nil }
    let mode = String(part.prefix(word.count))
    let rest = String(part.dropFirst(word.count)).trimmed
    if rest.isEmpty { return (mode, nil) }
    if rest.hasPrefix("("), rest.hasSuffix(")") {
      return (mode, String(rest.dropFirst().dropLast()).trimmed)
    }
    guard let first = rest.first, "-–—:,/".contains(first) else { return nil }
    return (mode, String(rest.dropFirst()).trimmed)
  }

  private static let modes = ["remote", "hybrid", "on-site", "onsite"]

  /// "US", "EU", "United States", "Berlin", "US only": capitalised, short, no digits, and
  /// not a term of employment ("Remote - Full-time").
  private static func isArea(_ text: String) -> Bool {
    guard let first = text.first, first.isUppercase, text.hasAtMostCharacters(40),
      !text.contains(where: \.isNumber), text.wordCount <= 5,
      !terms.contains(text.lowercased()), !PostingRoleWords.isTitleLike(text)
    else { return false }
    return true
  }

  private static let terms: Set<String> = [
    "full-time", "full time", "part-time", "part time", "contract", "permanent", "temporary",
    "freelance", "flexible", "optional", "friendly", "first", "ok", "possible", "only",
  ]
}
