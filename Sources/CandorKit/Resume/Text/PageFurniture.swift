import Foundation

/// Removes what PDF pages repeat around the content: page numbers ("1/2", "Page 2 of 3"),
/// running headers and footers, and portal links such as "Back to Top".
enum PageFurniture {
  static func remove(_ lines: [SourceLine]) -> [SourceLine] {
    let boundaries = pageBoundaries(lines)
    let repeated = repeatedEdges(lines, boundaries: boundaries)
    let numbers = Set(
      lines.indices.filter { index in
        isPageNumber(
          lines[index].text.trimmingSpaces(),
          near: boundaries.contains { abs($0 - index) <= 3 })
      })
    let header = RunningHeader(lines)
    let firstContent = lines.firstIndex { !$0.text.allSatisfy(\.isWhitespace) } ?? 0
    var keptFirst = Set<String>()
    var result: [SourceLine] = []
    for (index, line) in lines.enumerated() {
      let text = line.text.trimmingSpaces()
      // The page-edge walk goes first: it is cheap, and few lines are at an edge.
      if numbers.contains(index) || isPortalLink(text)
        || (index > firstContent && header != nil && !text.isEmpty
          && (atPageEdge(index, lines, numbers: numbers, boundaries: boundaries)
            // Away from an edge only a short line saying "Resume" or "Page N" is a header.
            || (RunningHeader.saysPageOrResume(text)
              && RunningHeader.joined(text).utf8.count <= 80))
          && header?.matches(text) == true)
        || (index > firstContent && RunningHeader.namesDocumentAndPage(text))
      {
        result.append(SourceLine(text: "", line: line.line, startsPage: line.startsPage))
        continue
      }
      let key = repeated.isEmpty ? "" : normalised(text)
      // A name repeated at the top of every page stays once, where it opens the document.
      if !repeated.isEmpty, repeated.contains(key), !keptFirst.insert(key).inserted || index > 1 {
        result.append(SourceLine(text: "", line: line.line, startsPage: line.startsPage))
        continue
      }
      result.append(line)
    }
    return result
  }

  /// Whether the line at `index` is the first or last with text on its page: next to a
  /// page break, the end of the text, or a page number.
  private static func atPageEdge(
    _ index: Int, _ lines: [SourceLine], numbers: Set<Int>, boundaries: [Int]
  ) -> Bool {
    func edge(_ step: Int) -> Bool {
      var other = index
      while true {
        if step < 0, lines[other].startsPage { return true }
        other += step
        guard other >= 0, other < lines.count else { return true }
        if step > 0, lines[other].startsPage { return true }
        if numbers.contains(other) { return true }
        if !lines[other].text.allSatisfy(\.isWhitespace) { return false }
      }
    }
    return edge(-1) || edge(1)
  }

  /// Indexes of first lines of pages, and the end of the text.
  private static func pageBoundaries(_ lines: [SourceLine]) -> [Int] {
    lines.indices.filter { lines[$0].startsPage } + [lines.count]
  }

  private static let pageNumber = try! NSRegularExpression(
    pattern:
      #"^(?:(?:page|pág\.?|página|p\.)\s*)?-?\s*\d{1,3}\s*-?(?:\s*(?:/|of|de|sur)\s*\d{1,3})?$"#,
    options: [.caseInsensitive])

  /// "1/2" and "Page 2 of 3" anywhere; a bare "2" only next to a page break.
  private static func isPageNumber(_ text: String, near boundary: Bool) -> Bool {
    guard !text.isEmpty, text.hasCharacters(atMost: 16),
      pageNumber.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    else { return false }
    return boundary || text.contains("/") || text.lowercased().contains("of")
      || text.lowercased().hasPrefix("p")
  }

  private static func isPortalLink(_ text: String) -> Bool {
    // Lowercasing gives every scalar one or more, and only "^", " " and "↑" give those:
    // a line with more than 11 other scalars cannot fold to "back to top".
    var others = 0
    for scalar in text.unicodeScalars where !portalTrim.contains(scalar) {
      others += 1
      if others > 11 { return false }
    }
    let folded = text.lowercased().trimming(charactersIn: "^ ↑")
    return folded == "back to top" || folded == "top"
  }

  private static let portalTrim: [Unicode.Scalar] = ["^", " ", "↑"]

  /// Lines that open or close two or more pages.
  private static func repeatedEdges(_ lines: [SourceLine], boundaries: [Int]) -> Set<String> {
    guard boundaries.count >= 2 else { return [] }
    var pagesByKey: [String: Set<Int>] = [:]
    var start = 0
    for (page, end) in boundaries.enumerated() {
      let content = (start..<end).filter { !lines[$0].text.allSatisfy(\.isWhitespace) }
      for index in content.prefix(2) + content.suffix(2) {
        let key = normalised(lines[index].text)
        if key.count >= 4 { pagesByKey[key, default: []].insert(page) }
      }
      start = end
    }
    return Set(pagesByKey.filter { $0.value.count >= 2 }.keys)
  }

  private static func normalised(_ text: String) -> String {
    String(
      text.lowercased().map { $0.isNumber ? "#" : $0 }.filter { !$0.isWhitespace })
  }
}
