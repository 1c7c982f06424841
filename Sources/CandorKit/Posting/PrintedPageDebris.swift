/// On a printed web page, drops what ads and page widgets leave between the posting's
/// lines: an ad's copy broken into a narrow column, and one- or two-word button labels.
enum PrintedPageDebris {
  /// Drops blocks of many very short lines. Runs before wrapped lines are joined, while an
  /// ad's narrow column still shows.
  static func dropAdBlocks(_ source: inout PostingSource) {
    guard source.pageTitle != nil else { return }
    var kept: [TextLine] = []
    var block: [TextLine] = []
    func flush() {
      if !isAdBlock(block) { kept += block }
      block.removeAll()
    }
    for line in source.lines {
      if line.isBlank {
        flush()
        kept.append(line)
      } else {
        block.append(line)
      }
    }
    flush()
    note(source.lines.count - kept.count, "lines of ad text", in: &source)
    source.lines = kept
  }

  /// Drops one- or two-word lines that are neither headings, labels nor list items. Runs
  /// after wrapped lines are joined, so a sentence's wrapped tail is not taken for one.
  static func dropFragments(_ source: inout PostingSource) {
    guard source.pageTitle != nil else { return }
    let kept = source.lines.filter { !isFragment($0) }
    note(source.lines.count - kept.count, "page-widget fragments", in: &source)
    source.lines = kept
  }

  private static func isAdBlock(_ block: [TextLine]) -> Bool {
    guard block.count >= 5, !block.contains(where: { $0.text.hasSuffix(":") || $0.kind == .bullet })
    else { return false }
    let counts = block.map { $0.text.wordCount }.sorted()
    return counts[counts.count / 2] <= 3
  }

  private static func isFragment(_ line: TextLine) -> Bool {
    line.kind == .text && line.text.wordCount <= 2 && !line.text.hasSuffix(":")
      && SectionClassifier.kind(ofHeading: line.text) == nil
      && !PostingRoleWords.isTitleLike(line.text)
  }

  private static func note(_ count: Int, _ what: String, in source: inout PostingSource) {
    if count > 0 { source.notes.append("set aside \(count) \(what)") }
  }
}
