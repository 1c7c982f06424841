/// Splits a requirement line that asks for one thing and prefers another: "Bachelor's
/// degree (Master's preferred)", "5+ years required; MBA preferred", "Strong SQL, dbt is a
/// plus", "Go and SQL, nice to have: Kafka", "Forklift certification, a plus if you also
/// hold X". The first part keeps the line's tier and the part from the first clause with a
/// preference cue on is preferred.
enum TierSplit {
  /// The asked-for part and the preferred part, or nil when the line is one tier:
  /// "Tableau (preferred)" and "Python is a plus" say the whole line is preferred.
  static func split(_ text: String) -> (head: String, tail: String)? {
    guard text.hasBytes(" "), RequirementCues.hasPreferredCue(text.lowercasedForPhrases) else {
      return nil
    }
    let starts = clauseStarts(text)
    for (index, start) in starts.enumerated() {
      let end = index + 1 < starts.count ? starts[index + 1].index : text.endIndex
      let clause = text[start.index..<end].lowercased()
      guard RequirementCues.hasPreferredCue(clause) else { continue }
      // "Power BI (desirable), Excel": a bare cue rates what comes before it.
      guard index > 0, start.isStrong || opensWithCueOrCopula(clause), hasContent(clause)
      else { return nil }
      let head = trim(text[..<start.index])
      let tail = trim(text[start.index...])
      guard hasContent(head), hasContent(tail) else { return nil }
      return (head, tail)
    }
    return nil
  }

  /// Where each clause starts: after "; ", ". ", " - " or ")", at " (" (strong breaks), and
  /// after ", " or at " but " (weak ones, which split only before "X is a plus" or
  /// "nice to have: X").
  private static func clauseStarts(_ text: String) -> [(index: String.Index, isStrong: Bool)] {
    var starts: [(String.Index, Bool)] = [(text.startIndex, true)]
    var index = text.startIndex
    while index < text.endIndex {
      let next = text.index(after: index)
      let char = text[index]
      let followedBySpace = next < text.endIndex && text[next] == " "
      if (char == ";" || char == "." || char == ")") && followedBySpace {
        if char != ")" || !closesShortBracket(text, at: index) { starts.append((next, true)) }
      } else if char == "," && followedBySpace {
        starts.append((next, false))
      } else if char == "(" && index > text.startIndex {
        if !opensShortBracket(text, at: index) { starts.append((index, true)) }
      } else if char == " ", dashes.contains(where: { text[next...].hasPrefix($0) }) {
        starts.append((next, true))
      } else if char == " ", text[next...].hasPrefix("but ") {
        starts.append((next, false))
      }
      index = next
    }
    return starts
  }

  private static let dashes = ["- ", "– ", "— "]

  /// A code of up to four characters in brackets inside a noun phrase ("Hazmat (H)
  /// endorsement", "Spanish (B2) fluency") is no clause of its own.
  private static let shortBracket = 4

  private static func opensShortBracket(_ text: String, at open: String.Index) -> Bool {
    text[text.index(after: open)...].prefix(shortBracket + 1).contains(")")
  }

  private static func closesShortBracket(_ text: String, at close: String.Index) -> Bool {
    text[..<close].suffix(shortBracket + 1).contains("(")
  }

  /// True when the clause opens with a cue, after "but" or an article ("ideally in Y",
  /// "but preferably Y", "a plus if you know Y"), or states one with a copula ("Y is a
  /// plus").
  private static func opensWithCueOrCopula(_ clause: String) -> Bool {
    let words = clause.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ":" })
    let lead = words.drop { ["but", "a", "an"].contains($0) }
    if let first = lead.first, cueOpeners.contains(String(first)) { return true }
    // "…, with credit union experience a plus": an added phrase the cue ends.
    if let first = words.first, first == "with" || first == "and" {
      let end = clause.trimming(charactersIn: " .;)")
      if cueEndings.contains(where: { end.hasSuffix($0) }) { return true }
    }
    return words.contains { copulas.contains(String($0)) }
  }

  private static let cueEndings = [
    " a plus", " preferred", " desired", " a bonus", " nice to have", " an asset", " helpful",
  ]

  private static let cueOpeners: Set<String> = [
    "nice", "ideally", "preferably", "bonus", "plus", "desirable", "desired", "preferred",
  ]
  private static let copulas: Set<String> = ["is", "are", "would", "will"]

  /// The text without separators and brackets around it.
  private static func trim(_ text: Substring) -> String {
    String(text).trimming(charactersIn: " ,;:-–—()")
  }

  /// True when some word besides cue and filler words is left ("MBA preferred" has one,
  /// "but preferred" none).
  private static func hasContent(_ text: String) -> Bool {
    text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" })
      .contains { !filler.contains(String($0)) }
  }

  private static let filler: Set<String> = [
    "preferred", "preferably", "strongly", "highly", "is", "are", "a", "an", "plus", "big",
    "huge", "major", "definite", "nice", "to", "have", "bonus", "points", "but", "not",
    "required", "would", "be", "great", "desired", "desirable", "ideally", "helpful", "also",
    "and", "or", "very", "good", "extra", "credit", "optional", "advantage", "asset", "deseable",
    "valorable", "se", "valora", "wünschenswert",
    "von", "vorteil", "un", "souhaité", "gradito", "diferencial",
  ]
}
