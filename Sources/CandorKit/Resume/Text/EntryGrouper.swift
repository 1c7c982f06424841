/// Cuts a section's lines into entries. Dated lines anchor entries; the short lines just
/// before and after a date line head the entry with it ("Acme Corp" / "Jan 2020 – Present"
/// / "Engineer"); what follows, up to the next entry's heading, describes it. Sections
/// without dates fall back to labelled fields ("company - Acme") or heading-like lines.
struct EntryGrouper {
  private var lines: [ResumeLine]
  private let section: ResumeSection
  private let allowSingleDates: Bool
  private let wrapWidth: Int

  /// An entry's heading lines, where they start and end, and its dates.
  private typealias Head = (range: Range<Int>, header: [ResumeLine], span: DateSpan?)

  static func group(_ section: ResumeSection, wrapWidth: Int, allowSingleDates: Bool = false)
    -> [RawEntry]
  {
    var grouper = EntryGrouper(
      section: section, allowSingleDates: allowSingleDates, wrapWidth: wrapWidth)
    return grouper.entries()
  }

  private init(section: ResumeSection, allowSingleDates: Bool, wrapWidth: Int) {
    self.section = section
    self.allowSingleDates = allowSingleDates
    self.wrapWidth = wrapWidth
    lines = section.lines
  }

  private mutating func entries() -> [RawEntry] {
    // A project's "(3 months)" is how long it took; a role's is when nothing else dates it.
    let anchors = EntryAnchors.find(
      in: &lines, allowSingleDates: allowSingleDates, allowLengths: !allowSingleDates)
    let employers = EmployerLine.take(from: &lines, dated: anchors.map(\.index))
    var heads: [Head] = []
    var floor = 0
    if let span = section.headingSpan {
      let end = forward(from: 0, limit: anchors.first?.index ?? lines.count, count: 3)
      heads.append((0..<end, Array(lines[0..<end]), span))
      floor = end
    }
    for anchor in anchors where anchor.index >= floor {
      let head = heading(for: anchor, floor: floor, nextAnchor: nextIndex(after: anchor, anchors))
      heads.append(head)
      floor = head.range.upperBound
    }
    if heads.isEmpty { return EntryFallback.group(lines, section: section, wrapWidth: wrapWidth) }
    heads = withLeadingHead(heads)
    heads = withUndatedHeads(heads)
    if allowSingleDates { heads = withProjectHeads(heads) }
    // Lines before the first heading that head nothing of their own ("- Trained 9 workers"
    // over "Greenhouse Lead, Saguaro Growers, 2021 - present") describe the first entry.
    // A table of roles above the headings is no statement ("| Role | Employer |").
    let lead = lines[0..<heads[0].range.lowerBound].filter {
      ($0.kind == .bullet || $0.kind == .text) && !$0.text.hasPrefix("|")
    }
    let entries = heads.enumerated().map { number, head in
      let end = number + 1 < heads.count ? heads[number + 1].range.lowerBound : lines.count
      let body = Array(lines[head.range.upperBound..<max(head.range.upperBound, end)])
      return RawEntry(
        header: head.header, span: head.span, body: (number == 0 ? lead : []) + body)
    }
    return EmployerLine.govern(entries, starts: heads.map(\.range.lowerBound), employers)
  }

  /// "Greenhouse Lead, Saguaro Growers" over bullets, above the section's first dated
  /// heading: an undated role of its own, not lines lost before the first entry.
  private func withLeadingHead(_ heads: [Head]) -> [Head] {
    guard let first = heads.first,
      let index = lines[0..<first.range.lowerBound].firstIndex(where: { !$0.isBlank }),
      lines[index].kind != .bullet,
      let next = lines[(index + 1)..<first.range.lowerBound].firstIndex(where: { !$0.isBlank }),
      lines[next].kind == .bullet, LineShape.isHeaderLike(lines[index], next: lines[index + 1])
    else { return heads }
    var line = lines[index]
    line.text = UndatedEntryHead.text(of: line)
    return [(index..<(index + 1), [line], nil)] + heads
  }

  /// Adds the undated role headings found in the bodies of dated entries
  /// (``UndatedEntryHead``), keeping the heads in order.
  private func withUndatedHeads(_ heads: [Head]) -> [Head] {
    guard let first = heads.first else { return heads }
    var result = heads
    for index in first.range.upperBound..<lines.count
    where !heads.contains(where: { $0.range.contains(index) })
      && UndatedEntryHead.isHead(lines, at: index)
    {
      var line = lines[index]
      line.text = UndatedEntryHead.text(of: line)
      // "### Design capstone" over "*2024*": a heading dated on the line under it.
      if let dated = UndatedEntryHead.dateLine(after: index, in: lines) {
        result.append((index..<(dated + 1), [line], DateParser.span(in: lines[dated].text)))
        continue
      }
      result.append((index..<(index + 1), [line], nil))
    }
    return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  /// Adds the headings of undated projects (``ProjectHead``), keeping the heads in order.
  private func withProjectHeads(_ heads: [Head]) -> [Head] {
    var result = heads
    for index in lines.indices
    where !heads.contains(where: { $0.range.contains(index) })
      && ProjectHead.isHead(lines, at: index)
    {
      result.append((index..<(index + 1), [lines[index]], nil))
    }
    return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  private func nextIndex(after anchor: EntryAnchors.Anchor, _ anchors: [EntryAnchors.Anchor])
    -> Int
  {
    anchors.first { $0.index > anchor.index }?.index ?? lines.count
  }

  /// The lines heading an anchor's entry, and where they start and end.
  private func heading(for anchor: EntryAnchors.Anchor, floor: Int, nextAnchor: Int) -> Head {
    var start = anchor.index
    if EntryFields.pieces(anchor.rest).count <= 1 {
      start = backward(from: anchor.index, floor: floor, indent: lines[anchor.index].indent)
    } else if let title = titleAbove(anchor, floor: floor) {
      start = title
    }
    var anchorLine = lines[anchor.index]
    anchorLine.text = anchor.rest
    var header = lines[start..<anchor.index].filter { !$0.isDanglingBullet }
    if !anchor.rest.isEmpty { header.append(anchorLine) }
    var end = anchor.index + 1
    if header.count < 2, !isWholeHeading(anchor) {
      end = forward(from: end, limit: nextAnchor, count: 2 - header.count)
      header += lines[(anchor.index + 1)..<end].filter { !$0.isBlank }
    }
    return (start..<end, header, anchor.span)
  }

  /// "Veterinary Technician - Blue Ridge Pet Clinic, Asheville NC - 2021 to present" over
  /// indented lines: a dated line that names a title and an employer heads its entry
  /// alone when the line under it is indented deeper, so that line is the entry's first
  /// statement ("  Monitored anesthesia for 600+ surgeries"), not more of its heading.
  private func isWholeHeading(_ anchor: EntryAnchors.Anchor) -> Bool {
    let next = anchor.index + 1
    guard next < lines.count, lines[next].kind == .text,
      lines[next].indent > lines[anchor.index].indent
    else { return false }
    let pieces = EntryFields.pieces(anchor.rest)
    let places = pieces.filter { LocationParser.isPlace($0.text) }.count
    return pieces.count - places >= 2 && pieces.contains { RoleWords.hasTitleWord($0.text) }
  }

  /// "Staff Accountant" / "Acme Co., Seattle, WA   Mar 2023 – Present": the title on the
  /// line above a dated line that names the employer and place but no role.
  private func titleAbove(_ anchor: EntryAnchors.Anchor, floor: Int) -> Int? {
    guard !EntryFields.pieces(anchor.rest).contains(where: { RoleWords.hasTitleWord($0.text) })
    else { return nil }
    var index = anchor.index - 1
    if index > floor, lines[index].isBlank, lines[index - 1].kind == .heading { index -= 1 }
    guard index >= floor else { return nil }
    let line = lines[index]
    guard LineShape.isHeaderLike(line, next: lines[index + 1]),
      line.indent <= lines[anchor.index].indent + 1,
      line.kind == .heading || RoleWords.hasTitleWord(line.text)
    else { return nil }
    return index
  }

  /// The first of up to four heading-like lines just above `index`.
  private func backward(from index: Int, floor: Int, indent: Int) -> Int {
    var start = index
    var taken = 0
    var cursor = index - 1
    while cursor >= floor, taken < 4 {
      let line = lines[cursor]
      if line.isDanglingBullet {
        cursor -= 1
        continue
      }
      guard LineShape.isHeaderLike(line, next: lines[cursor + 1]), line.indent <= indent + 1
      else { break }
      taken += 1
      start = cursor
      cursor -= 1
    }
    return start
  }

  /// The index after up to `count` heading-like lines from `index`.
  private func forward(from index: Int, limit: Int, count: Int) -> Int {
    var end = index
    while end < limit, end - index < count,
      LineShape.isHeaderLike(lines[end], next: end + 1 < lines.count ? lines[end + 1] : nil)
    {
      end += 1
    }
    return end
  }
}
