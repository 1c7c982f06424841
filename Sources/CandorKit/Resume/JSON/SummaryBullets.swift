/// Splits text that carries its own bullet lines ("- Built…\n- Led…"), as JSON resumes
/// often put in `summary`, into an introduction and list items.
enum SummaryBullets {
  /// The text before the first bullet and the bullet items, or nil when the text has no
  /// bullet lines. Lines without a mark after an item continue that item.
  static func split(_ text: String) -> (intro: String?, items: [String])? {
    let lines = text.newlineLines.map {
      $0.trimmingSpaces()
    }.filter { !$0.isEmpty }
    let marked = lines.map { BulletMarker.strip($0) }
    guard lines.count >= 2, marked.contains(where: { $0 != nil }) else { return nil }
    var intro: [String] = []
    var items: [String] = []
    for (line, item) in zip(lines, marked) {
      if let item {
        items.append(item)
      } else if items.isEmpty {
        intro.append(line)
      } else {
        items[items.count - 1] += " " + line
      }
    }
    let introText = intro.joined(separator: " ")
    return (introText.isEmpty ? nil : introText, items.map(tidy))
  }

  /// A list given as one text: one item per line, bullet marks removed.
  static func lines(_ text: String) -> [String] {
    if let (intro, items) = split(text) { return (intro.map { [$0] } ?? []) + items }
    return text.newlineLines.map { tidy(String($0)) }
  }

  /// "Wrote 45 proposals a year.\nSecured $1.8M in grants.": a paragraph of what the
  /// person did, one statement a line or sentence, most of them opening on a verb; nil for
  /// a description of the employer ("A regional food bank serving 12 counties.").
  static func deeds(_ text: String) -> [String]? {
    let items = text.newlineLines.flatMap { line in
      sentenceEnd.replacing(in: String(line), with: "$1\n").newlineLines
    }.map { tidy(String($0)) }.filter { !$0.isEmpty }
    let led = items.filter { item in
      item.split(separator: " ").first.map { Verbs.isPastTense($0.lowercased()) } ?? false
    }
    guard !items.isEmpty, led.count * 2 > items.count else { return nil }
    return items
  }

  /// The end of a sentence another starts after: ". S" in "a year. Secured".
  private static let sentenceEnd = Pattern(#"([.!?])\s+(?=\p{Lu})"#, caseSensitive: true)

  /// "Python, Go; SQL" → ["Python", "Go", "SQL"].
  static func commaList(_ text: String) -> [String] {
    text.split(whereSeparator: { $0 == "," || $0 == ";" }).map { tidy(String($0)) }
  }

  private static func tidy(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
