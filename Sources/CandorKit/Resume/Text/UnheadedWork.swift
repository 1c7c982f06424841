/// A resume with no Experience heading: "Reporter, Northland Daily Tribune, 2022–2026" and
/// its indented or bulleted lines under the name and contacts. Dated role lines with lines
/// under them are work whether or not a heading says so.
enum UnheadedWork {
  /// `sections` with the header's role lines, from the first one on, as a work section;
  /// unchanged when a section already holds work or the header has no dated role line.
  static func split(_ sections: [ResumeSection]) -> [ResumeSection] {
    guard let header = sections.first, header.kind == nil,
      !sections.contains(where: { $0.kind == .work }),
      let start = header.lines.indices.first(where: { isRoleLine(header.lines, at: $0) })
    else { return sections }
    var head = header
    head.lines = Array(header.lines[..<start])
    // Split again under Experience: "Education: B.A. …" there is a section of its own.
    let work = SectionSplitter.split(
      Array(header.lines[start...]), opening: ResumeSection(kind: .work, title: ""))
    return [head] + work + sections.dropFirst()
  }

  /// A line that is not the first of the resume (the name), dated with a range, in a few
  /// pieces that are not only places, and with an indented or bulleted line under it.
  private static func isRoleLine(_ lines: [ResumeLine], at index: Int) -> Bool {
    let line = lines[index]
    guard index > 0, line.kind == .text, line.text.hasDigit, line.text.count <= 120,
      let next = lines[(index + 1)...].first(where: { !$0.isBlank }),
      next.kind == .bullet || next.indent > line.indent,
      let span = DateParser.span(in: line.text), span.isRange
    else { return false }
    let rest = EntryAnchors.remainder(of: line.text, without: span)
    let pieces = EntryFields.pieces(rest)
    // A role and its employer, whether or not the readers know the title; not a place alone.
    return (2...4).contains(pieces.count)
      && pieces.contains { !LocationParser.isPlace($0.text) && !$0.text.hasBytes("@") }
  }
}
