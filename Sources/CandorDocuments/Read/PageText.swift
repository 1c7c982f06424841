import Foundation

/// One line of a page as read: its text and box.
struct PageRow: Sendable, Equatable {
  var text: String
  var box: TextBox
  /// The width of the line's first word, to tell a wrapped line from a deliberate break.
  var firstWordWidth: Double = 0
  /// Where text after a leading bullet or date starts: wrapped lines may align there.
  var hangingIndents: [Double] = []
  /// The last physical line, when lines of a paragraph were joined into this one.
  var lastLine: TextBox?
  /// The type height of the line's words, ignoring a taller bullet or icon.
  var textHeight: Double = 0
  /// Where the line's last piece starts when a wide gap sets it apart ("Lead Technician
  /// ⟶ Mar 2023 – Present"); nil for a line of one piece.
  var lastPieceStart: Double?
}

/// A page's lines in reading order, with the page height for finding headers and footers.
struct PageText: Sendable, Equatable {
  var height: Double
  var rows: [PageRow]

  /// Reads a page's glyphs into lines in reading order.
  init(glyphs: [Glyph], height: Double) {
    self.height = height
    let segments = PageWords.segments(PageWords.words(glyphs))
    let rows = ReadingOrder.rows(segments).map { row in
      PageRow(
        text: LetterSpacing.normalise(row.map(\.text).joined(separator: " ")),
        box: row.dropFirst().reduce(row[0].box) { $0.union($1.box) },
        firstWordWidth: row[0].words[0].box.width,
        hangingIndents: row.dropFirst().map(\.box.x0)
          + [row[0].words.dropFirst().first?.box.x0].compactMap { $0 },
        textHeight: Self.medianHeight(row.flatMap(\.words)),
        lastPieceStart: row.count > 1 ? row[row.count - 1].box.x0 : nil)
    }
    self.rows = LineWrap.join(rows)
  }

  static func medianHeight(_ words: [PlacedWord]) -> Double {
    let heights = words.map(\.box.height).sorted()
    return heights.isEmpty ? 0 : heights[heights.count / 2]
  }

  init(height: Double, rows: [PageRow]) {
    self.height = height
    self.rows = rows
  }

  /// The lines as text: a blank line where the gap between lines is wider than one and a
  /// half lines or the reading order jumps back up the page (a new column).
  var text: String {
    var lines: [String] = []
    for (index, row) in rows.enumerated() {
      if index > 0 {
        let previous = rows[index - 1].box
        let gap = row.box.y0 - previous.y1
        if gap > min(previous.height, row.box.height) * 1.5 || row.box.y1 < previous.y0 {
          lines.append("")
        }
      }
      lines.append(row.text)
    }
    return lines.joined(separator: "\n")
  }
}

/// Removes what repeats at the head or foot of every page: running headers, footers and
/// page numbers. The first copy of a repeated header stays, since it often carries the
/// person's name and contacts.
enum RunningLines {
  /// Share of the page height at the top and bottom where running lines live.
  static let band = 0.13

  static func remove(from pages: [PageText]) -> [PageText] {
    guard pages.count >= 2 else { return pages }
    var pagesWith: [String: Int] = [:]
    for page in pages {
      for key in Set(page.rows.filter { inBand($0, page) }.map { key($0.text) }) {
        pagesWith[key, default: 0] += 1
      }
    }
    let repeated = Set(pagesWith.filter { $0.value >= max(2, pages.count - 1) }.keys)
    var seen: Set<String> = []
    return pages.map { page in
      let rows = page.rows.filter { row in
        guard inBand(row, page) else { return true }
        let key = key(row.text)
        if isPageNumber(key) { return false }
        guard repeated.contains(key) else { return true }
        return seen.insert(key).inserted
      }
      return PageText(height: page.height, rows: rows)
    }
  }

  static func inBand(_ row: PageRow, _ page: PageText) -> Bool {
    row.box.y1 <= page.height * band || row.box.y0 >= page.height * (1 - band)
  }

  /// Lowercased, digits as `#`, spaces collapsed: "Page 2 of 3" and "Page 3 of 3" match.
  static func key(_ text: String) -> String {
    let digitsMasked = String(text.lowercased().map { $0.isNumber ? "#" : $0 })
    return digitsMasked.replacingOccurrences(of: "#+", with: "#", options: .regularExpression)
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  static func isPageNumber(_ key: String) -> Bool {
    key.range(
      of: #"^[-–—(\[ ]*(page|p\.|pg\.?|seite|página|pagina)? ?# ?((/|of|de|von) ?#)?[-–—)\] ]*$"#,
      options: .regularExpression) != nil
  }
}
