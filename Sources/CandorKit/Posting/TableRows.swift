/// A two-column Markdown table of a posting's facts ("| **Organization** | Prairie Wind
/// Arts Council |"), read as "Label: value" lines, so the header fields and the contact
/// cues read a row as they read a labelled line. A table's rule ("|---|---|") and its empty
/// rows become blank lines; a row of more columns stays as it is.
enum TableRows {
  static func asLabels(_ lines: [TextLine]) -> [TextLine] {
    guard lines.contains(where: isRow) else { return lines }
    return lines.map { line in
      guard isRow(line) else { return line }
      let cells = self.cells(line.text)
      var copy = line
      if cells.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } }) {
        copy.text = ""
        copy.kind = .blank
      } else if cells.count == 2, isLabel(cells[0]), !cells[1].isEmpty {
        copy.text = "\(cells[0]): \(cells[1])"
      }
      return copy
    }
  }

  /// A text line that opens and closes on "|".
  private static func isRow(_ line: TextLine) -> Bool {
    guard line.kind == .text else { return false }
    let text = line.text.trimmed
    return text.count >= 3 && text.hasPrefix("|") && text.hasSuffix("|")
  }

  /// The row's cells, trimmed and without bold marks.
  private static func cells(_ text: String) -> [String] {
    let inner = text.trimmed.dropFirst().dropLast()
    return inner.split(separator: "|", omittingEmptySubsequences: false).map {
      $0.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
        .trimmed
    }
  }

  /// "Organization", "Contact", "Pay range": a few words and no figure.
  private static func isLabel(_ cell: String) -> Bool {
    guard let first = cell.first, first.isLetter, cell.wordCount <= 4 else { return false }
    return cell.allSatisfy { $0.isLetter || $0 == " " || $0 == "&" || $0 == "/" }
  }
}
