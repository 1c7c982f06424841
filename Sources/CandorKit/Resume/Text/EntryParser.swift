import Foundation

/// An entry's fields once its heading lines and description are read.
struct ParsedEntry: Sendable {
  var organization: String?
  var title: String?
  var location: String?
  /// Asides from the heading ("contract", "project with NIH").
  var description: String?
  var span: DateSpan?
  /// Text written before the bullets, as an overview.
  var summary: BodyItem?
  var highlights: [BodyItem] = []
  /// The line the entry's heading starts on.
  var line: Int?

  var isEmpty: Bool {
    organization == nil && title == nil && summary == nil && highlights.isEmpty
  }
}

/// Reads an entry's heading pieces into employer, title and location, and its
/// description into a summary and highlights.
enum EntryParser {
  /// `placement` is the kind of placement ("clinical rotation") a section of them names.
  static func parse(_ raw: RawEntry, wrapWidth: Int, placement: String? = nil) -> ParsedEntry {
    var entry = ParsedEntry(span: raw.span, line: raw.header.first?.line ?? raw.body.first?.line)
    var header: [ResumeLine] = []
    var body: [ResumeLine] = []
    for line in WrappedName.joined(raw.header) where !readLabel(line.text, into: &entry) {
      header.append(line)
    }
    for line in raw.body where line.kind == .bullet || !readLabel(line.text, into: &entry) {
      // "Sacramento, California, United States" under the dates: where the job was.
      if body.isEmpty, entry.location == nil, let place = barePlace(line) {
        entry.location = place
        continue
      }
      body.append(line)
    }
    if let placement {
      PlacementHeading.assign(pieces(header), placement: placement, to: &entry)
    } else {
      assign(pieces(header), to: &entry)
    }
    if let employer = raw.employer { EmployerLine.apply(employer, to: &entry) }
    var items = BodyItems.read(body, wrapWidth: wrapWidth)
    // "Treasurer, UConn Finance Society (2024-2026): managed an $18,000 budget".
    if let name = entry.organization, let (kept, said) = statement(after: name) {
      entry.organization = kept
      items.insert(BodyItem(text: said, line: entry.line ?? 0, isBullet: false), at: 0)
    }
    if let firstBullet = items.firstIndex(where: \.isBullet), firstBullet > 0 {
      let intro = items[..<firstBullet]
      entry.summary = BodyItem(
        text: intro.map(\.text).joined(separator: " "), line: intro[intro.startIndex].line,
        isBullet: false)
      entry.highlights = Array(items[firstBullet...])
    } else {
      entry.highlights = items
    }
    return entry
  }

  private static func pieces(_ header: [ResumeLine]) -> [EntryFields.Piece] {
    header.enumerated().flatMap { EntryFields.pieces($0.element.text, line: $0.offset) }
  }

  /// Applies "Cargo: …", "company - …", "Location: …"; true when the line was one.
  private static func readLabel(_ text: String, into entry: inout ParsedEntry) -> Bool {
    if let company = EntryFields.companyLabel(text) {
      entry.organization = entry.organization ?? nonEmpty(company)
      return true
    }
    if let title = EntryFields.titleLabel(text) {
      entry.title = entry.title ?? nonEmpty(title)
      return true
    }
    if let location = EntryFields.locationLabel(text) {
      entry.location = entry.location ?? nonEmpty(location)
      return true
    }
    return false
  }

  /// A text line that is only a place, "Rancho Cordova, California", or a place and how
  /// the work was done, as LinkedIn writes it: "Lancaster, Pennsylvania, United States ·
  /// Hybrid" → "Lancaster, Pennsylvania, United States (Hybrid)".
  private static func barePlace(_ line: ResumeLine) -> String? {
    guard line.kind == .text, line.text.hasBytes(","), line.text.count <= 72,
      !line.text.hasSuffix(".")
    else { return nil }
    var place = line.text.trimmingSpaces()
    var mode: String?
    if let dot = place.range(of: " · ", options: .backwards) {
      let after = place[dot.upperBound...].trimmingSpaces()
      guard LocationParser.isWorkMode(after) else { return nil }
      mode = after
      place = place[..<dot.lowerBound].trimmingSpaces()
    }
    guard place.count <= 60, LocationParser.isPlace(place) else { return nil }
    return mode.map { "\(place) (\($0))" } ?? place
  }

  /// "UConn Finance Society : managed an $18,000 budget" → the name and what was done
  /// there: a colon before words in lowercase ends a name, never a name's own colon
  /// ("Studio: Northwind").
  static func statement(after name: String) -> (String, String)? {
    guard name.hasBytes(":"), let colon = name.firstIndex(of: ":") else { return nil }
    let kept = name[..<colon].trimmingSpaces()
    let said = name[name.index(after: colon)...].trimmingSpaces()
    guard !kept.isEmpty, said.first?.isLowercase == true, said.split(separator: " ").count >= 2
    else { return nil }
    return (kept, said)
  }

  private static func nonEmpty(_ text: String) -> String? {
    let trimmed = text.trimmingSpaces()
    return trimmed.isEmpty ? nil : trimmed
  }
}
