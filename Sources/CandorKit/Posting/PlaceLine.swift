/// Where the job is, printed by job boards as a line of its own near the top: a bare place
/// ("San Diego, CA") or a byline whose parts include one ("Acme & Sons — Austin, TX").
enum PlaceLine {
  /// The first such place in `top`, the first few lines, among those not list items.
  static func find(_ top: [TextLine]) -> SourcedValue? {
    for line in top where !line.isBlank && line.kind != .bullet {
      // Every place holds a comma, so a line without one holds none.
      guard line.text.hasBytes(",") else { continue }
      let parts = bylineParts(line.text)
      guard parts.count <= 6 else { continue }
      for part in parts {
        let text = withoutLeadIn(String(part).trimmed)
        guard
          var place = place(in: text) ?? CompanyName.companyAndTown(text)?.town
            ?? CompanyName.companyAndPlace(text)?.place
        else {
          continue
        }
        // "Acme | London, UK | Hybrid": the way of working is a part of its own.
        if !place.hasSuffix(")"),
          let mode = parts.first(where: { arrangements.contains(String($0).trimmed.lowercased()) })
        {
          place += " (\(String(mode).trimmed))"
        }
        return SourcedValue(text: place, line: line.line)
      }
    }
    return nil
  }

  /// "Based out of Joliet, IL" → "Joliet, IL": the words a byline puts before its place.
  static func withoutLeadIn(_ part: String) -> String {
    guard let groups = leadIn.groups(in: part) else { return part }
    return groups[1]
  }

  private static let leadIn = Pattern(
    #"^(?:based|located|headquartered|situated)\s+(?:out\s+of|in|at)\s+(\S.*)$"#,
    requiring: ["based", "located", "headquartered", "situated"])

  /// "Portland, OR", "Waterloo, Iowa", "San Diego, CA 92101" without its ZIP code,
  /// "Pittsburgh, Pennsylvania, United States" without the country: a town
  /// and its region, not a company's legal form ("Acme, Inc") nor a title with its
  /// speciality ("Engineer, Backend").
  static func place(in text: String) -> String? {
    guard text.hasBytes(",") else { return nil }
    let (bare, how) = remoteChoice(text) ?? arrangementAside(text)
    // "Denver, CO" is Colorado; "Acme, Co" is a legal form.
    guard let groups = shape.groups(in: bare), !PostingRoleWords.isTitleLike(bare),
      groups[2] == "CO" || !legalForms.contains(groups[2].lowercased()),
      CompanyName.companyAndTown(bare) == nil,
      groups[3].isEmpty || countries.contains(groups[3])
    else { return nil }
    // "Pittsburgh, Pennsylvania, United States": the home country goes without saying.
    let country = groups[3].isEmpty || unitedStates.contains(groups[3]) ? "" : ", " + groups[3]
    return groups[1] + ", " + groups[2] + country + (how.map { " (\($0))" } ?? "")
  }

  /// Countries a job board writes after a town and its region.
  private static let countries: Set<String> = unitedStates.union([
    "Canada", "United Kingdom", "UK", "Australia", "Ireland", "India", "Germany", "France",
    "Spain", "Mexico", "Netherlands", "New Zealand", "Brazil", "Italy", "Portugal",
  ])
  private static let unitedStates: Set<String> = [
    "United States", "United States of America", "USA", "US",
  ]

  /// "Denver, CO (Remote)" → ("Denver, CO", "Remote"), "London, UK (hybrid, 2 days in
  /// office)" → ("London, UK", "hybrid, 2 days in office"), "(hybrid: 3 days in office)",
  /// "(Remote-friendly)": how the job is worked, in brackets, alone or with its terms.
  /// Another aside ("Kansas City, MO (Territory: KC metro)") leaves the place without
  /// being kept.
  private static func arrangementAside(_ text: String) -> (String, String?) {
    guard text.hasSuffix(")"), let open = text.range(of: " (", options: .backwards) else {
      return (text, nil)
    }
    let inside = String(text[open.upperBound...].dropLast())
    let mode =
      inside.split(whereSeparator: { $0 == "," || $0 == ":" }).first
      .map { String($0).lowercased() } ?? ""
    let place = String(text[..<open.lowerBound])
    let isMode =
      arrangements.contains(mode)
      || arrangements.contains { mode.hasPrefix($0 + "-") || mode.hasPrefix($0 + " ") }
    return (place, isMode ? inside : nil)
  }

  /// "Toronto, ON or Remote (Canada)" → ("Toronto, ON", "remote in Canada"); "Calgary, AB
  /// or remote" → ("Calgary, AB", "or remote"): a place the job may also be worked away
  /// from.
  private static func remoteChoice(_ text: String) -> (String, String?)? {
    guard let groups = orRemote.groups(in: text) else { return nil }
    let area = groups[2].trimmed
    return (groups[1], area.isEmpty ? "or remote" : "remote in \(area)")
  }

  private static let orRemote = Pattern(
    #"^(.+?),?\s+or\s+remote(?:\s*\(([^()]+)\))?$"#, requiring: ["remote"])

  private static let arrangements: Set<String> = [
    "remote", "hybrid", "on-site", "onsite", "on site", "in-office", "in office",
  ]

  /// The parts of a byline, split at "·", "|", "•", "—" and "–"; a line without any of
  /// these marks, nearly every line, is one part and needs no walk through its characters.
  static func bylineParts(_ text: String) -> [Substring] {
    guard bylineMarks.contains(where: { text.hasBytes($0) }) else {
      return text.isEmpty ? [] : [text[...]]
    }
    // A switch compares each character once; `"·|•—–".contains` walked the marks' string.
    let parts = text.split(whereSeparator: { character in
      switch character {
      case "·", "|", "•", "—", "–": true
      default: false
      }
    })
    guard text.hasBytes(" - ") else { return parts }
    // "Harbor Labs - Denver, CO": a spaced hyphen parts a byline too.
    return parts.flatMap { $0.split(separator: " - ") }
  }

  private static let bylineMarks = ["·", "|", "•", "—", "–", " - "]

  private static let shape = Pattern(
    #"^(\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,2}),\s?(\p{Lu}[\p{L}]+(?:\s\p{Lu}\p{L}+)?)"#
      + #"(?:,\s?(\p{Lu}[\p{L}]+(?:\s\p{L}+){0,3}))?(?:\s\d{5}(?:-\d{4})?)?$"#,
    caseSensitive: true)

  private static let legalForms: Set<String> = [
    "inc", "llc", "ltd", "limited", "corp", "corporation", "co", "plc", "gmbh", "llp", "lp",
    "incorporated", "sa", "ag", "bv",
  ]
}
