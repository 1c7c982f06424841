/// A role's heading without dates that follows the bullets of the entry before it:
/// "Dispatcher, Redline Trucking (2 years)" or "Dispatcher at Redline Trucking" between
/// one job's bullets and the next. It starts an entry of its own instead of being read as
/// one more highlight.
enum UndatedEntryHead {
  /// True when the line at `index` heads a new entry: bullets (or, for a heading, anything)
  /// before it, bullets after it, and a title and an employer in between.
  static func isHead(_ lines: [ResumeLine], at index: Int) -> Bool {
    let line = lines[index]
    // A Markdown heading ("### Librarian, Decatur Public Library") heads its bullets
    // whatever comes before it: a table of roles, a summary line.
    if line.kind == .heading, dateLine(after: index, in: lines) != nil { return true }
    guard line.kind == .text || line.kind == .heading,
      line.kind == .heading || neighbour(of: index, in: lines, step: -1)?.kind == .bullet,
      neighbour(of: index, in: lines, step: 1)?.kind == .bullet
    else { return false }
    return !continuesBullet(lines, at: index) && isRoleShaped(line.text)
  }

  /// "• Managed $800K yearly paid social budget on" / "  Meta Ads and Google Ads at 4.1x
  /// ROAS": a line right under a bullet that it carries on (the bullet stops on a joining
  /// word or a comma, or the line is indented under the bullet's text) is no heading,
  /// whatever its shape.
  private static func continuesBullet(_ lines: [ResumeLine], at index: Int) -> Bool {
    guard index > 0, lines[index].kind == .text else { return false }
    let previous = lines[index - 1]
    guard previous.kind == .bullet, !previous.text.isEmpty else { return false }
    return LineShape.endsOnJoiner(previous.text) || previous.text.hasSuffix(",")
      || lines[index].indent > previous.indent
  }

  /// The heading's text without the duration the dates would say ("(2 years)").
  static func text(of line: ResumeLine) -> String {
    EntryAnchors.stripDurations(line.text).trimming(charactersIn: " ,;|-–—")
  }

  /// "Role, Employer", "Role at Employer", with or without a duration: a short line that
  /// is not a sentence, in two or three pieces, one of them a job title.
  private static func isRoleShaped(_ text: String) -> Bool {
    let stripped = EntryAnchors.stripDurations(text).trimming(charactersIn: " ,;|-–—")
    guard stripped.split(separator: " ").count <= 12, !LineShape.endsSentence(stripped),
      !stripped.hasSuffix(":")
    else { return false }
    let pieces = EntryFields.pieces(stripped)
    guard (2...3).contains(pieces.count), let first = pieces.first else { return false }
    if pieces.contains(where: { $0.role == .title }) { return true }
    return RoleWords.isTitle(first.text) && !RoleWords.isTitle(pieces[1].text)
  }

  /// "### Design Certificate capstone" / "*2024*" / bullets: the index of the line that
  /// only dates the heading at `index`, when bullets follow it; nil otherwise.
  static func dateLine(after index: Int, in lines: [ResumeLine]) -> Int? {
    guard let next = lines[(index + 1)...].firstIndex(where: { !$0.isBlank }),
      lines[next].kind == .text, let span = DateParser.span(in: lines[next].text),
      !lines[next].text[span.range.upperBound...].contains(where: \.isLetter),
      !lines[next].text[..<span.range.lowerBound].contains(where: \.isLetter),
      neighbour(of: next, in: lines, step: 1)?.kind == .bullet
    else { return nil }
    return next
  }

  /// The nearest line that is not blank in the direction of `step`.
  private static func neighbour(of index: Int, in lines: [ResumeLine], step: Int) -> ResumeLine? {
    var cursor = index + step
    while lines.indices.contains(cursor) {
      if !lines[cursor].isBlank { return lines[cursor] }
      cursor += step
    }
    return nil
  }
}
