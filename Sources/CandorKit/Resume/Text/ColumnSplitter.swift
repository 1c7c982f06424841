/// Undoes two-column layouts that `pdftotext -layout` interleaves line by line: finds a
/// column that many lines start at after a wide gap, and moves its text out of the lines
/// into a block of its own placed before them, or after them when the left column opens with
/// the resume's header (a sidebar with the name, title and contact beside "EXPERIENCE").
enum ColumnSplitter {
  /// A run of text with the column it starts at.
  struct Segment {
    var start: Int
    var text: Substring
  }

  static func split(_ lines: [SourceLine]) -> [SourceLine] {
    let segmented = lines.map { segments($0.text) }
    guard let column = sharedColumn(segmented) else { return lines }
    // The columns run from the first to the last line with text at the shared column, from
    // the first heading on; text further right before them (an email beside the name, even
    // at the column's place: "JORDAN   MBEKI        jordan@…") belongs to the header.
    let top = firstHeading(segmented) ?? 0
    let aligned = segmented.indices.filter { $0 >= top && startsNear(segmented[$0], column) }
    guard let first = aligned.first, let last = aligned.last else { return lines }
    var left: [SourceLine] = []
    var right: [SourceLine] = [.init(text: "", line: lines[first].line)]
    for index in first...last {
      var line = lines[index]
      let chars = Array(line.text)
      if let cut = rightSegment(segmented[index], column) ?? narrowGap(chars, column) {
        let rightText = String(chars[cut...]).trimmingSpaces()
        let pad = String(repeating: " ", count: max(0, cut - column))
        right.append(SourceLine(text: pad + rightText, line: line.line))
        line.text = String(chars[..<cut])
        while line.text.last == " " { line.text.removeLast() }
      }
      left.append(line)
    }
    right.append(SourceLine(text: "", line: lines[last].line))
    // Left text beside the first heading, above any heading of its own, is the header.
    guard first == top, opensWithHeader(left), !opensWithHeader(right) else {
      return Array(lines[..<first]) + right + left + Array(lines[(last + 1)...])
    }
    // The header's column goes first; where it runs on below the other, its lines follow it.
    let end = leftColumnEnd(lines, after: last, column: column)
    return Array(lines[..<first]) + left + Array(lines[(last + 1)..<end]) + right
      + Array(lines[end...])
  }

  /// Whether a column's first text is not a section heading: the name and title that head
  /// a resume, which must stay first wherever the column stands.
  private static func opensWithHeader(_ column: [SourceLine]) -> Bool {
    guard let text = column.lazy.map({ $0.text.trimmingSpaces() }).first(where: { !$0.isEmpty })
    else { return false }
    return SectionHeading.kind(of: text) == nil
  }

  /// The end of the lines after `last` that go on with the left column: each ends short of
  /// the right column, on the same page, with no two blank lines between them.
  private static func leftColumnEnd(_ lines: [SourceLine], after last: Int, column: Int) -> Int {
    var end = last + 1
    var blanks = 0
    while end < lines.count, !lines[end].startsPage, lines[end].text.count < column - 2 {
      blanks = lines[end].text.trimmingSpaces().isEmpty ? blanks + 1 : 0
      if blanks == 2 { return end - 1 }
      end += 1
    }
    return end
  }

  /// The first line with a section heading in one of its runs.
  private static func firstHeading(_ segmented: [[Segment]]) -> Int? {
    segmented.firstIndex { segments in
      segments.contains {
        $0.text.utf8.count <= 40 && SectionHeading.kind(of: String($0.text)) != nil
      }
    }
  }

  /// Runs of text separated by three or more spaces.
  static func segments(_ text: String) -> [Segment] {
    // In ASCII text every character is one byte, so the bytes give the same columns faster.
    let ascii = text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    let found = ascii ? runs(text, text.utf8, space: 0x20) : runs(text, text, space: " ")
    return found.map {
      Segment(start: $0.start, text: $0.text.trimmingSpaces()[...])
    }
  }

  /// The runs of `text` read through `view`, one of its views whose elements are its
  /// characters (all of them when it is ASCII), with columns counted in those elements.
  private static func runs<View: BidirectionalCollection>(
    _ text: String, _ view: View, space: View.Element
  ) -> [Segment] where View.Index == String.Index, View.Element: Equatable {
    var result: [Segment] = []
    var index = view.startIndex
    var column = 0
    var spaces = 0
    var start: (String.Index, Int)?
    while index < view.endIndex {
      if view[index] == space {
        spaces += 1
        if spaces >= 3, let (begin, col) = start {
          result.append(Segment(start: col, text: text[begin..<view.index(index, offsetBy: -2)]))
          start = nil
        }
      } else {
        if start == nil { start = (index, column) }
        spaces = 0
      }
      index = view.index(after: index)
      column += 1
    }
    if let (begin, col) = start {
      result.append(Segment(start: col, text: text[begin...]))
    }
    return result
  }

  /// The column a second text column starts at, when enough lines agree on one.
  private static func sharedColumn(_ segmented: [[Segment]]) -> Int? {
    var counts: [Int: Int] = [:]
    var dated: [Int: Int] = [:]
    for segments in segmented {
      for segment in segments.dropFirst() where segment.start >= 25 {
        counts[segment.start, default: 0] += 1
        if DateParser.span(in: String(segment.text)) != nil {
          dated[segment.start, default: 0] += 1
        }
      }
    }
    func near(_ table: [Int: Int], _ column: Int) -> Int {
      (column - 2...column + 2).reduce(0) { $0 + (table[$1] ?? 0) }
    }
    let best = counts.keys.sorted().max { near(counts, $0) < near(counts, $1) }
    guard let best, near(dated, best) * 2 < near(counts, best),
      near(counts, best) >= 6 || longestRun(segmented, at: best) >= 4
    else { return nil }
    return (best - 2...best + 2).min { (counts[$0] ?? 0) > (counts[$1] ?? 0) } ?? best
  }

  /// Whether a line has text starting within two characters of `column`.
  private static func startsNear(_ segments: [Segment], _ column: Int) -> Bool {
    segments.contains { abs($0.start - column) <= 2 }
  }

  /// The most lines in a row (blank lines between them allowed) with text on both sides of
  /// a gap that ends at `column`: a short resume's second column may hold few lines, but
  /// they follow one another beside the first column's.
  private static func longestRun(_ segmented: [[Segment]], at column: Int) -> Int {
    var longest = 0
    var run = 0
    for segments in segmented where !segments.isEmpty {
      run = startsNear(Array(segments.dropFirst()), column) ? run + 1 : 0
      longest = max(longest, run)
    }
    return longest
  }

  /// A right-column word after only two spaces, where the left column's line runs long
  /// ("re-care rate from 61% to 78% in 2 years  EDUCATION"): its offset, at the column.
  private static func narrowGap(_ chars: [Character], _ column: Int) -> Int? {
    (column - 1...column + 1).first { cut in
      cut >= 2 && cut < chars.count && chars[cut] != " " && chars[cut - 1] == " "
        && chars[cut - 2] == " "
    }
  }

  /// The character offset where a line's right-column text begins, if it has any.
  private static func rightSegment(_ segments: [Segment], _ column: Int) -> Int? {
    for (index, segment) in segments.enumerated() where segment.start >= column - 3 {
      if index > 0 || segment.start >= column - 3 { return segment.start }
    }
    return nil
  }
}
