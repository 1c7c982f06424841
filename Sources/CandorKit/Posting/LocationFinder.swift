/// Finds where the job is: a stated field (tidied: "US, NY, New York" → "New York, NY"),
/// else a sentence that places it ("located in Aurora, OH", "based in Berlin"), else a way
/// of working with its area near the top ("Remote (US)"), else a remote-work statement,
/// else a place printed on a line of its own near the top.
enum LocationFinder {
  static func find(
    _ source: PostingSource, lines: [TextLine], titleLine: Int?, page: PageTitle?,
    sentences: SentenceCache, company: String? = nil
  ) -> SourcedValue? {
    if let stated = source.fields[.location] {
      return SourcedValue(text: tidy(stated.text), line: stated.line)
    }
    let texts = lines.filter { !$0.isBlank }
    let top = Array(texts.prefix(topCount(texts, titleLine: titleLine)))
    if let place = placed(texts, by: jobPlacing, sentences) ?? ArrangementLine.find(top)
      ?? remote(texts, sentences) ?? PlaceLine.find(top)
      ?? TownByline.find(top, company: company) ?? placed(texts, by: placing, sentences)
    {
      return place
    }
    return page?.location.map { SourcedValue(text: $0, line: source.pageTitle?.line) }
  }

  /// How many lines from the top a place on a line of its own may stand: six, or six from
  /// the title when a board's menus ("Sign in | Post a job", "Jobs > Healthcare") push it
  /// down the page.
  private static func topCount(_ texts: [TextLine], titleLine: Int?) -> Int {
    guard let titleLine,
      let index = texts.prefix(TitleFinder.reach).firstIndex(where: { $0.line == titleLine })
    else { return 6 }
    return max(6, index + 6)
  }

  /// "US, NY, New York" → "New York, NY"; "GB, LND, London" → "London, GB".
  static func tidy(_ text: String) -> String {
    let parts = text.split(separator: ",").map { String($0).trimmed }
    guard parts.count == 3, parts[0].count == 2, parts[0] == parts[0].uppercased(),
      !parts[2].isEmpty
    else { return text }
    if parts[0] == "US" { return parts[1].isEmpty ? parts[2] : "\(parts[2]), \(parts[1])" }
    return "\(parts[2]), \(parts[0])"
  }

  private static let word = #"[A-Z][\p{L}'’.-]+"#
  private static let place = "(?:" + word + #"(?:\s"# + word + "){0,2})"
  private static let region = #"(?:,\s?(?:[A-Z]{2}\b|"# + place + "))?"
  private static let places =
    "(" + place + region + #"(?:(?:,\s?(?:(?i:or|and)\s)?|\s(?i:or|and)\s)"#
    + place + region + ")*)"

  /// Sentences that place the job itself.
  private static let jobPlacing: [Pattern] = [
    Pattern(
      #"(?i:\b(?:position|role|job|opening)\b[^.]{0,40}?\b(?:located|based)\s+"#
        + #"(?:in|at)\s+(?:either\s+)?)"# + places, caseSensitive: true,
      requiring: ["located", "based"]),
    Pattern(#"^(?:job )?location\s*:\s*(\S.{1,80})$"#, requiring: ["location"]),
    Pattern(
      #"(?i:\b(?:lugar de prácticas|lugar de trabajo|ubicación|standort|arbeitsort)\s*:\s*)"#
        + places, caseSensitive: true,
      requiring: ["lugar de", "ubicación", "standort", "arbeitsort"]),
  ]

  /// Sentences that place the company or an office, weaker evidence for the job.
  private static let placing: [Pattern] = [
    Pattern(
      #"(?i:\b(?:located|based|situated|headquartered)\s+(?:in|at|out of)\s+"#
        + #"(?:either\s+)?(?:our\s+)?)"#
        + places, caseSensitive: true,
      requiring: ["located", "based", "situated", "headquartered"]),
    Pattern(
      #"\b(?i:in)\s+(?:our\s+)?((?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+,\s?(?:"#
        + usStates + #"))\b"#, caseSensitive: true, requiring: [", "]),
  ]

  private static let usStates = """
    AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|\
    NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC
    """

  private static func placed(
    _ lines: [TextLine], by patterns: [Pattern], _ sentences: SentenceCache
  ) -> SourcedValue? {
    for line in lines {
      for sentence in sentences.sentences(in: line.text) {
        if let place = placed(sentence, by: patterns) {
          return SourcedValue(text: place, line: line.line)
        }
      }
    }
    return nil
  }

  private static func placed(_ sentence: String, by patterns: [Pattern]) -> String? {
    for pattern in patterns {
      guard let groups = pattern.groups(in: sentence) else { continue }
      // "Location: Duluth, MN  Salary range: …": a PDF's second column is no place.
      let value = HeaderFields.nextColumn(groups[1]).0.trimming(charactersIn: " .,;:")
      if isPlace(value) { return value }
    }
    return nil
  }

  private static func isPlace(_ value: String) -> Bool {
    guard let first = value.words.first else { return false }
    let lower = first.lowercased()
    return !["our", "the", "a", "an", "this", "its"].contains(lower)
      && !PostingRoleWords.isTitleLike(value)
  }

  private static let remotePattern = Pattern(
    #"\b"#
      + Pattern.anyOf([
        "fully remote", "100% remote", "remote (?:position|role|job|work|first)", "work remotely",
        "remoto", "teletrabajo", "home ?office",
      ]) + #"\b"#, requiring: ["remot", "teletrabajo", "home"])
  private static let remoteArea = Pattern(
    #"\bopen to (?:applicants|candidates) (?:residing|living|located|based) anywhere "#
      + #"(?:with)?in (?:the )?([^.!]+)"#, requiring: ["anywhere"])
  private static let negation = Pattern(#"\b(not|no|non|isn't|onsite|on-site|in-person)\b"#)

  /// "Remote", or "Remote (United States)" when the posting limits where people may live.
  private static func remote(_ lines: [TextLine], _ sentences: SentenceCache) -> SourcedValue? {
    for line in lines {
      for sentence in sentences.sentences(in: line.text) {
        if let groups = remoteArea.groups(in: sentence), !negation.matches(sentence) {
          return SourcedValue(text: "Remote (\(groups[1].trimmedValue))", line: line.line)
        }
        if remotePattern.matches(sentence), !negation.matches(sentence) {
          return SourcedValue(text: "Remote", line: line.line)
        }
      }
    }
    return nil
  }
}
