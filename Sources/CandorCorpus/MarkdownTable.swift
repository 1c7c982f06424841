/// A Markdown table with columns padded so it also reads well as plain text.
struct MarkdownTable {
  var header: [String]
  var rows: [[String]] = []

  mutating func append(_ row: [String]) {
    rows.append(row)
  }

  var lines: [String] {
    let cells = ([header] + rows).map { $0.map { $0.replacingOccurrences(of: "|", with: "\\|") } }
    let widths = header.indices.map { column in
      cells.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
    }
    func render(_ row: [String]) -> String {
      let padded = widths.indices.map { column in
        let text = column < row.count ? row[column] : ""
        return text + String(repeating: " ", count: widths[column] - text.count)
      }
      return "| " + padded.joined(separator: " | ") + " |"
    }
    let rule =
      "|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|"
    return [render(cells[0]), rule] + cells.dropFirst().map(render)
  }
}
