/// The running header a PDF prints atop each page after the first ("Lakeshore Public Media —
/// Staff Reporter        2026-114" under "Page 1 of 2"): it repeats the first page's top
/// line, in part, and says nothing new about the job.
enum PostingRunningHeader {
  /// True when `text`, the first line after a page counter, repeats `top`, the document's
  /// first line: all of it, or its first or last column when the line is set in columns.
  static func repeats(_ text: String, top: String) -> Bool {
    guard text.utf8.count <= 160 else { return false }
    let line = text.trimmed
    let first = top.trimmed
    if line == first { return true }
    // The reader keeps a wide gap as two spaces.
    guard line.hasBytes("  ") || first.hasBytes("  ") else { return false }
    let these = columns(line)
    let those = columns(first)
    // A running header is set in columns or short; a sentence that opens with the
    // company's name is the page's text.
    guard these.count >= 2 || line.wordCount <= 8, let start = these.first,
      let head = those.first, head.wordCount >= 2
    else { return false }
    if start.hasPrefix(head) { return true }
    // "… 2026-114" at the right of both: the document's number.
    return these.count >= 2 && those.count >= 2 && these.last == those.last
      && these.last?.hasDigit == true
  }

  private static func columns(_ text: String) -> [String] {
    gap.replacing(in: text, with: "\u{1E}").split(separator: "\u{1E}").map(String.init)
  }

  private static let gap = Pattern(#"\s{2,}"#)
}
