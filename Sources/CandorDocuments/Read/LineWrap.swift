/// Joins the lines of a paragraph that a PDF wrapped at the column's edge, so a role and
/// its dates or a bullet and its last words are one line again.
///
/// A line continues on the next when the next line's first word would not have fitted in
/// the room left at the end of this one, the lines are set in the same size with no
/// paragraph gap between them, the next line starts where this one does (or where its text
/// starts after a bullet), and it is not a new bullet. Right-aligned and centred lines
/// start at different places, so they stay apart.
enum LineWrap {
  static let bulletStarts: Set<Character> = ["•", "●", "▪", "■", "◦", "‣", "-", "–", "*", "o"]

  static func join(_ rows: [PageRow]) -> [PageRow] {
    let whole = rows.map(\.text).joined(separator: " ")
    var result: [PageRow] = []
    for row in rows {
      guard let last = result.last, continues(last, with: row, edge: rightEdge(of: last, rows))
      else {
        result.append(row)
        continue
      }
      result[result.count - 1] = PageRow(
        text: Dehyphenation.join(last.text, row.text, in: whole), box: last.box.union(row.box),
        firstWordWidth: last.firstWordWidth, hangingIndents: last.hangingIndents,
        lastLine: row.lastLine ?? row.box, textHeight: row.textHeight)
    }
    return result
  }

  static func continues(_ line: PageRow, with next: PageRow, edge: Double) -> Bool {
    let last = line.lastLine ?? line.box
    let size = min(line.textHeight, next.textHeight)
    let gap = next.box.y0 - last.y1
    let starts = [line.box.x0] + line.hangingIndents
    guard gap >= -size * 0.2, gap <= size * 0.7,
      abs(line.textHeight - next.textHeight) < size * 0.25,
      starts.contains(where: { abs($0 - next.box.x0) < size * 0.2 }),
      edge - line.box.x0 >= size * 10
    else { return false }
    // A line whose last piece stands apart ("Lead Technician ⟶ Mar 2023 – Present") was
    // laid out, not wrapped: only the rest of that piece can follow ("Jun 2021 – Feb" /
    // "2023"), never a next line wider than the piece (the employer under the title).
    if line.lastLine == nil, let start = line.lastPieceStart,
      next.box.width > line.box.x1 - start
    {
      return false
    }
    if let first = next.text.first, bulletStarts.contains(first),
      next.text.dropFirst().first == " "
    {
      return false
    }
    return last.x1 + size * 0.25 + next.firstWordWidth > edge
  }

  /// The right edge of the column a line sits in: the furthest any line starting at the
  /// same left edge reaches.
  static func rightEdge(of line: PageRow, _ rows: [PageRow]) -> Double {
    let size = line.box.height
    return rows.filter { abs($0.box.x0 - line.box.x0) < size * 0.3 }.map(\.box.x1).max()
      ?? line.box.x1
  }
}
