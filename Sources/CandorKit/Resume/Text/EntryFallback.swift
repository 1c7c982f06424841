/// Groups entries that carry no dates: by labelled fields ("company - Acme",
/// "Empresa: Acme"), by heading-like lines followed by what they describe, or as one
/// entry of statements.
enum EntryFallback {
  static func group(_ lines: [ResumeLine], section: ResumeSection, wrapWidth: Int) -> [RawEntry] {
    let labelled = lines.indices.filter { EntryFields.companyLabel(lines[$0].text) != nil }
    if !labelled.isEmpty { return split(lines, at: labelled, headerCount: 1) }
    let starts = headingStarts(lines, projects: section.kind == .projects, wrapWidth: wrapWidth)
    if !starts.isEmpty {
      return split(lines, at: starts.map(\.index), headerCounts: starts.map(\.count))
    }
    let body = lines.filter { !$0.isBlank }
    return body.isEmpty ? [] : [RawEntry(header: [], span: nil, body: lines)]
  }

  private static func split(_ lines: [ResumeLine], at starts: [Int], headerCount: Int)
    -> [RawEntry]
  {
    split(lines, at: starts, headerCounts: Array(repeating: headerCount, count: starts.count))
  }

  private static func split(_ lines: [ResumeLine], at starts: [Int], headerCounts: [Int])
    -> [RawEntry]
  {
    var entries: [RawEntry] = []
    if let first = starts.first, lines[..<first].contains(where: { !$0.isBlank }) {
      entries.append(RawEntry(header: [], span: nil, body: Array(lines[..<first])))
    }
    for (number, start) in starts.enumerated() {
      let end = number + 1 < starts.count ? starts[number + 1] : lines.count
      let headerEnd = min(end, start + headerCounts[number])
      entries.append(
        RawEntry(
          header: Array(lines[start..<headerEnd]), span: nil,
          body: Array(lines[headerEnd..<end])))
    }
    return entries
  }

  /// Runs of one to three heading-like lines that something describes.
  private static func headingStarts(_ lines: [ResumeLine], projects: Bool, wrapWidth: Int)
    -> [(index: Int, count: Int)]
  {
    var starts: [(Int, Int)] = []
    var index = 0
    while index < lines.count {
      var end = index
      if !continuesPrevious(lines, index, wrapWidth: wrapWidth) {
        while end < lines.count, end - index < 3, isHeading(lines, end, projects: projects) {
          end += 1
        }
      }
      let next = lines[end...].firstIndex { !$0.isBlank }
      let describes = next.map { !isHeading(lines, $0, projects: projects) } ?? false
      if end > index, describes {
        starts.append((index, end - index))
        index = end
      } else {
        index = max(end, index + 1)
      }
    }
    return starts
  }

  /// True when the line before `index` runs on into it ("…TypeScript," / "Angular").
  private static func continuesPrevious(_ lines: [ResumeLine], _ index: Int, wrapWidth: Int)
    -> Bool
  {
    guard index > 0, lines[index].kind == .text else { return false }
    let previous = lines[index - 1]
    guard !previous.isBlank, previous.kind != .heading else { return false }
    let text = previous.text
    return text.hasSuffix(",") || text.hasSuffix("-") || text.hasSuffix("&")
      || (!LineShape.endsSentence(text) && LineShape.isFull(previous, wrapWidth: wrapWidth))
  }

  private static func isHeading(_ lines: [ResumeLine], _ index: Int, projects: Bool) -> Bool {
    let line = lines[index]
    let next = index + 1 < lines.count ? lines[index + 1] : nil
    if LineShape.isHeaderLike(line, next: next) { return true }
    guard projects, line.kind == .bullet, line.text.split(separator: " ").count <= 8,
      !LineShape.endsSentence(line.text), let next, next.kind != .blank
    else { return false }
    return next.marker != line.marker || next.kind == .text
  }
}
