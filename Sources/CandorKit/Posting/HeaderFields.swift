/// Reads the labelled lines at the top of scraped and exported postings ("Job Title:",
/// "Company:", "Location:", "Salary Estimate:", "Employment type:"…) into fields, and moves
/// them out of the body together with a job board's rating glued to the company name.
enum HeaderFields {
  /// How many non-blank lines from the top a header block may reach.
  static let zone = 24

  static func extract(_ source: inout PostingSource) -> [TextLine] {
    var header: [TextLine] = []
    var body: [TextLine] = []
    var seen = 0
    var expectRating = false
    var inZone = true
    var valueLine: Int?
    for (index, line) in source.lines.enumerated() {
      if !line.isBlank { seen += 1 }
      if index == valueLine { continue }
      if inZone, endsZone(line, seen: seen) { inZone = false }
      // "Employer" on a line of its own over "Great Plains Co-op", as a board's table or
      // an HTML <dl> gives it when copied.
      if inZone, let (field, value) = labelOverValue(source.lines, at: index) {
        let next = source.lines[index + 1]
        header += [line, next]
        source.offer(field, clean(value, for: field, notes: &source.notes), line: next.line)
        valueLine = index + 1
        continue
      }
      if expectRating, isRating(line.text) {
        header.append(line)
        source.notes.append("dropped the job board rating \(line.text) after the company name")
        expectRating = false
        continue
      }
      expectRating = false
      if inZone, seen <= 6, JobBoardRating.isRatingLine(line.text),
        let last = body.lastIndex(where: { !$0.isBlank }),
        let name = JobBoardRating.ratedName(body[last], company: source[.company])
      {
        // "Maple Hollow Library" over "4.3 ★ 28 reviews": the rating names the company.
        let named = body.remove(at: last)
        header += [named, line]
        source.offer(.company, name, line: named.line)
        source.notes.append("dropped the job board rating \(line.text) under the company name")
        continue
      }
      if inZone, (1...4).contains(seen), source.fields[.company] == nil,
        let name = JobBoardRating.companyLine(line)
      {
        header.append(line)
        source.offer(.company, name, line: line.line)
        source.notes.append("dropped the job board rating after the company name \(name)")
        continue
      }
      guard inZone, line.kind != .heading, let (field, value) = labelled(line.text) else {
        body.append(line)
        continue
      }
      header.append(line)
      expectRating = field == .company
      for (field, value) in columns(field, value) {
        source.offer(field, clean(value, for: field, notes: &source.notes), line: line.line)
      }
    }
    source.lines = body
    return header
  }

  /// The header block ends at the first section heading or running paragraph; a title
  /// heading at the very top, or under a breadcrumb line or two, does not end it.
  private static func endsZone(_ line: TextLine, seen: Int) -> Bool {
    if seen > zone || !line.text.hasAtMostCharacters(150) { return true }
    if line.kind == .heading { return seen > 3 || !PostingRoleWords.isTitleLike(line.text) }
    return SectionClassifier.isHeadingLike(line) && labelled(line.text) == nil
  }

  /// The field a "Label: value" line sets (nil for labels kept only as metadata), and its value.
  /// "Organization | Great Plains Co-op" sets a field of the employer or place too.
  static func labelled(_ text: String) -> (PostingField?, String)? {
    if let groups = labelLine.groups(in: text) {
      let label = groups[1].lowercased().trimmed
      guard let entry = labels[label] else { return nil }
      return (entry, groups[2].trimmed)
    }
    guard let groups = pipedLabel.groups(in: text),
      let entry = labels[groups[1].lowercased().trimmed], let field = entry,
      pairedFields.contains(field)
    else { return nil }
    return (field, groups[2].trimmed)
  }

  private static let pipedLabel = Pattern(
    #"^([\p{L} ]{2,30}?)\s+\|\s+([^|]+)$"#, requiring: ["|"])

  /// Fields whose label may stand apart from its value: on the line above it, or before a "|".
  private static let pairedFields: Set<PostingField> = [.company, .location, .salary]

  /// A line that is only a label of `pairedFields` ("Employer"), and the line right under
  /// it, when that is a short value and no label itself.
  private static func labelOverValue(_ lines: [TextLine], at index: Int)
    -> (PostingField, String)?
  {
    let line = lines[index]
    guard line.kind == .text, line.text.hasAtMostCharacters(30), index + 1 < lines.count,
      let entry = labels[line.text.trimming(charactersIn: " :").lowercased()],
      let field = entry, pairedFields.contains(field)
    else { return nil }
    let next = lines[index + 1]
    let value = next.text.trimmed
    guard next.kind == .text, !value.isEmpty, value.hasAtMostCharacters(80),
      labelled(value) == nil, labels[value.trimming(charactersIn: " :").lowercased()] == nil
    else { return nil }
    return (field, value)
  }

  /// The fields of a line a PDF laid out in columns ("Location: Duluth, MN      Salary
  /// range: $54,000 to $63,000") or a board wrote as one row ("Location: Portland, ME ·
  /// Type: Full-time · Pay: $24–$28/hour"): each value up to a wide gap or a separator that
  /// a further label follows, and that label's field and value.
  private static func columns(_ field: PostingField?, _ value: String)
    -> [(PostingField, String)]
  {
    var result: [(PostingField, String)] = []
    var (field, rest) = (field, value)
    for _ in 0..<6 {
      let (value, next) = nextColumn(rest)
      if let field { result.append((field, value)) }
      guard let next else { break }
      (field, rest) = next
    }
    return result
  }

  /// `value` up to a wide gap or a separator (" · ", " • ", " | ") that a second label
  /// follows, and that label's field and value.
  static func nextColumn(_ value: String) -> (String, (PostingField?, String)?) {
    // The reader keeps a wide gap as two spaces.
    guard value.hasBytes("  ") || separators.contains(where: value.hasBytes) else {
      return (value, nil)
    }
    for gap in columnGap.ranges(in: value) {
      guard let next = labelled(String(value[gap.upperBound...])) else { continue }
      return (value[..<gap.lowerBound].trimmingSpaces(), next)
    }
    return (value, nil)
  }

  private static let separators = [" · ", " • ", " | "]
  private static let columnGap = Pattern(#"\s{2,}|\s+[·•|]\s+"#)

  private static let labelLine = Pattern(#"^([\p{L} ]{2,30}?)\s*:\s*(.*)$"#, requiring: [":"])

  private static func isRating(_ text: String) -> Bool {
    ratingLine.matches(text.trimmed)
  }

  private static let ratingLine = Pattern(#"^(-1|[0-5](\.\d)?)$"#)

  private static func clean(_ value: String, for field: PostingField, notes: inout [String])
    -> String
  {
    guard field == .company, let name = JobBoardRating.name(in: value) else { return value }
    notes.append("dropped the job board rating glued to the company name")
    return name
  }

  private static let labels: [String: PostingField?] = {
    var map: [String: PostingField?] = [:]
    let groups: [(PostingField?, [String])] = [
      (
        .title,
        [
          "job title", "title", "position", "position title", "job", "puesto", "cargo",
          "vacante", "stellenbezeichnung", "poste", "intitulé du poste",
        ]
      ),
      (
        .company,
        [
          "company", "company name", "employer", "organization", "organisation",
          "hiring company", "empresa", "unternehmen", "firma", "entreprise", "société",
        ]
      ),
      (
        .location,
        [
          "location", "job location", "work location", "lugar de prácticas",
          "lugar de trabajo", "ubicación", "ubicacion", "standort", "arbeitsort", "lieu",
        ]
      ),
      (
        .salary,
        [
          "salary", "salary estimate", "salary range", "pay", "pay rate", "pay range",
          "compensation", "wage", "hourly rate", "base salary", "salario", "sueldo",
          "remuneración", "gehalt", "salaire", "rémunération", "honorar", "vergütung",
        ]
      ),
      (
        .experience,
        [
          "required experience", "experience level", "seniority",
          "seniority level", "career level",
        ]
      ),
      (.department, ["department", "departamento", "abteilung", "function"]),
      (
        nil,
        [
          "headquarters", "rating", "size", "type of ownership", "industry", "sector",
          "revenue", "founded", "employment type", "job type", "type", "required education",
          "length", "duration", "date posted", "posted", "job id", "req id", "requisition",
          "reference", "contract type", "start date", "work hours", "shift", "employment",
        ]
      ),
    ]
    for (field, names) in groups { for name in names { map[name] = field } }
    return map
  }()
}
