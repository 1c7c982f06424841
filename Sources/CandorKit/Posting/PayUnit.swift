/// The piece of work pay is counted by when it is not time: "0,12 € pro Wort" (per word),
/// "$35–$55 per class", "$60 per session", "$200 a shift", "$0.62 per mile". Such pay has
/// no period: it is kept as stated, never read as per hour or per month.
enum PayUnit {
  /// The unit named right after `amount` in `text`, in English ("word", "class"), and the
  /// words that name it as written (" pro Wort").
  static func after(_ amount: String, in text: String) -> (unit: String, written: String)? {
    guard let range = text.range(of: amount) else { return nil }
    let rest = text[range.upperBound...].prefix(28)
    guard let groups = pattern.groups(in: String(rest)) else { return nil }
    let word = groups[1].lowercased()
    return (english[word] ?? word, groups[0])
  }

  private static let pattern = Pattern(
    #"^\s*(?:(?:per|pro|por|par|a|an|each|the)\s+|/\s*)("#
      + Pattern.anyOf([
        "word", "class", "session", "visit", "piece", "shift", "project", "article", "page",
        "lesson", "appointment", "delivery", "event", "assignment", "story", "ride", "case",
        "line", "mile", "load", "stop", "hire", "placement", "unit", "wort", "zeile", "palabra",
        "mot", "seite", "stück", "sitzung", "einsatz",
        "clase", "sesión", "visita", "séance",
      ]) + #")(?:s|es)?\b"#)

  private static let english: [String: String] = [
    "wort": "word", "zeile": "line", "palabra": "word", "mot": "word", "seite": "page",
    "stück": "piece", "sitzung": "session", "einsatz": "assignment", "clase": "class",
    "sesión": "session",
    "visita": "visit", "séance": "session",
  ]
}
