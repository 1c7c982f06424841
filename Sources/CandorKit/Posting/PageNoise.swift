/// Removes what a browser or a job board adds around a posting: print headers with date
/// and page title, footers with the page's address and "1/4", and advertisements.
enum PageNoise {
  static func strip(_ source: inout PostingSource) {
    var dropped = 0
    var kept: [TextLine] = []
    var repeated: Set<String> = []
    var index = 0
    let lines = source.lines
    while index < lines.count {
      let line = lines[index]
      if printStamp.matches(line.text) {
        dropped += 1
        if let title = nextText(lines, after: index), title.text.count <= 200 {
          if source.pageTitle == nil {
            source.pageTitle = SourcedValue(text: title.text, line: title.line)
          }
          repeated.insert(title.text)
        }
      } else if repeated.contains(line.text) || isFurniture(line.text) {
        dropped += 1
      } else if isAdMarker(line.text) {
        dropped += 1 + dropAdNeighbours(&kept)
      } else {
        kept.append(line)
      }
      index += 1
    }
    guard dropped > 0 else { return }
    source.lines = kept
    source.notes.append(
      "set aside \(dropped) line\(dropped == 1 ? "" : "s") of page furniture "
        + "(print headers and footers, page numbers, links, ads)")
  }

  private static let printStamp = Pattern(
    #"^\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(\s?[ap]\.?m\.?)?$"#)
  private static let pageCounter = Pattern(
    #"^(\d{1,3}\s?/\s?\d{1,3}|(page|página|seite|pagina)\s+\d+(\s+(of|de|von|di)\s+\d+)?)$"#)
  private static let bareLink = Pattern(#"^(https?://|www\.)\S+$"#)

  private static func isFurniture(_ text: String) -> Bool {
    pageCounter.matches(text) || bareLink.matches(text)
  }

  private static let adMarkers = [
    "close ad", "publicidad", "advertisement", "sponsored", "patrocinado", "anuncio",
    "read next story", "werbung", "publicité", "pubblicità",
  ]

  /// A line that says it is an ad, or belongs to one ("HBO Max · Sponsored").
  static func isAdMarker(_ text: String) -> Bool {
    let lower = text.lowercased()
    guard text.words.count <= 8 else { return false }
    return adMarkers.contains { marker in
      lower == marker || lower.hasSuffix("· " + marker) || lower.hasSuffix("| " + marker)
        || lower.hasPrefix(marker + " ·")
    }
  }

  /// Drops the short lines just above an ad marker (the ad's headline); returns how many.
  private static func dropAdNeighbours(_ kept: inout [TextLine]) -> Int {
    var count = 0
    while let last = kept.last, !last.isBlank, last.kind != .heading, last.text.words.count <= 6,
      !last.text.hasSuffix(":"), count < 2
    {
      kept.removeLast()
      count += 1
    }
    return count
  }

  /// On a printed page, drops the fragments ads and page widgets leave: blocks of many
  /// very short lines, and one- or two-word lines that are neither headings nor labels.
  /// Runs after wrapped lines are joined, so a line's wrapped tail is not mistaken for one.
  static func dropDebris(_ source: inout PostingSource) {
    guard source.pageTitle != nil else { return }
    let dropped = dropDebris(&source.lines)
    guard dropped > 0 else { return }
    source.notes.append(
      "set aside \(dropped) fragment\(dropped == 1 ? "" : "s") of ads and page widgets")
  }

  private static func dropDebris(_ lines: inout [TextLine]) -> Int {
    let before = lines.count
    var kept: [TextLine] = []
    var block: [TextLine] = []
    func flush() {
      let counts = block.map { $0.text.words.count }.sorted()
      let isAdBlock =
        block.count >= 5 && counts[counts.count / 2] <= 3
        && !block.contains { $0.text.hasSuffix(":") || $0.kind == .bullet }
      if !isAdBlock { kept += block.filter { !isFragment($0) } }
      block.removeAll()
    }
    for line in lines {
      if line.isBlank {
        flush()
        kept.append(line)
      } else {
        block.append(line)
      }
    }
    flush()
    lines = kept
    return before - kept.count
  }

  private static func isFragment(_ line: TextLine) -> Bool {
    line.kind != .bullet && line.text.words.count <= 2 && !line.text.hasSuffix(":")
      && SectionClassifier.kind(ofHeading: line.text) == nil && !RoleWords.isTitleLike(line.text)
  }

  private static func nextText(_ lines: [TextLine], after index: Int) -> TextLine? {
    lines[(index + 1)...].prefix(4).first { !$0.isBlank }
  }
}
