/// Finds the job title: a field the format states, the printed page's title, the first
/// heading or early line shaped like a title, or a "we are seeking a …" sentence.
enum TitleFinder {
  /// How many lines with text a title may stand under at most (a board's menus, "Jobs >
  /// Healthcare"); the company and the place printed under it are looked for there too.
  static let reach = 12

  static func find(_ source: PostingSource, page: PageTitle?) -> SourcedValue? {
    if let stated = source.fields[.title] {
      return fullerHeading(for: stated, in: source.lines) ?? stated
    }
    if let title = page?.title { return SourcedValue(text: title, line: source.pageTitle?.line) }
    let early = source.lines.filter { !$0.isBlank }.prefix(30)
    if let heading = early.first(where: { $0.kind == .heading && isCandidate($0.text) }) {
      return bylineHead(heading) ?? SourcedValue(text: heading.text, line: heading.line)
    }
    if let line = aboveCompanyAndPlace(early) {
      return SourcedValue(text: line.text, line: line.line)
    }
    if let head = early.prefix(3).lazy.compactMap(bylineHead).first { return head }
    if let line = early.prefix(6).first(where: { $0.kind == .text && isCandidate($0.text) }) {
      return SourcedValue(text: line.text, line: line.line)
    }
    for line in early.prefix(6) where line.kind == .text || line.kind == .heading {
      if let head = headBeforeLabel(line.text), isCandidate(head) {
        return SourcedValue(text: head, line: line.line)
      }
    }
    return fromSentence(early)
  }

  /// "Supply Planner II | Acme Outdoor | Denver, CO | On-site": the title that opens a
  /// byline whose later parts name the company and the place.
  private static func bylineHead(_ line: TextLine) -> SourcedValue? {
    guard line.kind == .text || line.kind == .heading else { return nil }
    let parts = PlaceLine.bylineParts(line.text).map { String($0).trimmed }
    guard (3...6).contains(parts.count), isCandidate(parts[0]),
      PlaceLine.place(in: parts[0]) == nil,
      parts.dropFirst().contains(where: { PlaceLine.place(in: $0) != nil })
    else { return nil }
    return SourcedValue(text: parts[0], line: line.line)
  }

  /// "Flight Attendant - Base: Denver (DEN)": the title before a dash whose other side is a
  /// labelled fact.
  private static func headBeforeLabel(_ text: String) -> String? {
    guard text.hasBytes(":") else { return nil }
    for dash in [" - ", " – ", " — ", " | "] {
      guard let found = text.range(of: dash) else { continue }
      let head = text[..<found.lowerBound]
      guard !head.contains(":"), text[found.upperBound...].contains(":") else { return nil }
      return String(head).trimmed
    }
    return nil
  }

  /// "Sommelier / Keel Solutions / Denver, CO": a short capitalised first line over a
  /// name and a place is the title, though its noun is none Candor knows. A title-like
  /// second line ("Acme Corp / Senior Engineer / Denver, CO") makes it no title.
  private static func aboveCompanyAndPlace(_ early: ArraySlice<TextLine>) -> TextLine? {
    let top = Array(early.prefix(3))
    guard top.count == 3, top.allSatisfy({ $0.kind == .text }), top[2].text.hasBytes(","),
      isCapitalisedName(top[0].text), isCapitalisedName(top[1].text),
      PlaceLine.place(in: top[2].text.trimmed) != nil,
      !PostingRoleWords.isTitleLike(top[1].text), !top[0].text.hasBytes(","),
      SectionClassifier.kind(ofHeading: top[0].text) == nil
    else { return nil }
    return top[0]
  }

  /// A few capitalised words with no figures or sentence marks ("Museum Educator").
  private static func isCapitalisedName(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    return (1...6).contains(words.count) && text.utf8.count <= 60 && !text.hasDigit
      && !text.hasBytes(":") && !text.hasSuffix(".")
      && words.allSatisfy {
        $0.first?.isUppercase == true || ["&", "and", "of", "de", "for"].contains($0)
      }
  }

  private static func isCandidate(_ text: String) -> Bool {
    PostingRoleWords.isTitleLike(text) && !text.contains(":") && text.wordCount <= 10
  }

  /// A first heading that extends the stated title ("Devops" → "Devops/Supporting Engineer").
  private static func fullerHeading(for stated: SourcedValue, in lines: [TextLine])
    -> SourcedValue?
  {
    guard let heading = lines.prefix(12).first(where: { $0.kind == .heading && $0.level <= 2 })
    else { return nil }
    let short = stated.text.folded
    let long = heading.text.folded
    guard long.count > short.count, long.hasPrefix(short + " "),
      PostingRoleWords.isTitleLike(String(long.dropFirst(short.count)))
    else { return nil }
    return SourcedValue(text: heading.text, line: heading.line)
  }

  private static let seeking: Pattern = {
    let nouns = PostingRoleWords.nouns.filter { $0.allSatisfy(\.isASCII) }.sorted().joined(
      separator: "|")
    return Pattern(joining: [
      #"\b(?:seeking|hiring|looking for|searching for|recruiting|is for|in search of|buscamos"#,
      #"|busca|suchen)\s+(?:an?|our next|our|the|un|una|eine?n?)\s+"#,
      #"((?:[\w+#/&.-]+\s+){0,6}?(?:"#, nouns, #")s?)\b"#,
    ])
  }()

  private static let adjectives: Set<String> = [
    "experienced", "talented", "exceptional", "exemplary", "passionate", "skilled", "motivated",
    "results-oriented", "great", "strong", "dedicated", "versatile", "highly", "seasoned",
    "self-motivated", "enthusiastic", "driven", "ambitious", "creative", "outstanding",
    "proactive", "detail-oriented", "new", "full-time", "part-time", "remote", "qualified",
    "energetic", "dynamic", "hardworking", "hard-working", "reliable", "friendly",
  ]

  /// "We are seeking a senior software engineer for …" → "Senior Software Engineer".
  private static func fromSentence(_ lines: ArraySlice<TextLine>) -> SourcedValue? {
    for line in lines.prefix(15) {
      guard let groups = seeking.groups(in: line.text) else { continue }
      let words = groups[1].split(separator: " ").drop { adjectives.contains($0.lowercased()) }
      guard !words.isEmpty else { continue }
      return SourcedValue(text: TitleCase.apply(words.joined(separator: " ")), line: line.line)
    }
    return nil
  }
}
