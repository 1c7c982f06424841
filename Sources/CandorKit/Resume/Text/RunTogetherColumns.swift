/// Two columns pasted run together, each line of the right one glued to the left one's
/// with a single space, as copying from a PDF viewer gives: "• Managed 3 survey
/// subconsultants EDUCATION", "Cascadia Water, Tacoma, WA ArcGIS, Bluebeam". Told by
/// shouted section headings after other text on two or more lines; the right column's
/// pieces that can be told (a heading, a tool list after a place, a degree) are cut off
/// and moved, in order, to a block after the lines, so no heading ends a highlight and no
/// tool list joins an employer.
enum RunTogetherColumns {
  /// The lines with the right column's pieces moved below them, and whether the layout
  /// was found.
  static func split(_ lines: [SourceLine]) -> (lines: [SourceLine], found: Bool) {
    let glued = lines.filter { headingCut($0.text) != nil }
    guard glued.count >= 2 else { return (lines, false) }
    var left: [SourceLine] = []
    var right: [SourceLine] = [SourceLine(text: "", line: lines.last?.line ?? 1)]
    for line in lines {
      var kept = line
      var moved: [String] = []
      // "Washington State University, 2017" alone: the right column's school under its degree.
      if school.matches(kept.text), headingCut(kept.text) == nil {
        right.append(kept)
        continue
      }
      if let cut = headingCut(kept.text) ?? placeListCut(kept.text) ?? degreeCut(kept.text) {
        moved.append(String(kept.text[cut...]).trimmingSpaces())
        kept.text = String(kept.text[..<cut]).trimmingSpaces()
        // "… 2022 EDUCATION" may still hold a tool list or degree before the heading.
        if let more = placeListCut(kept.text) ?? degreeCut(kept.text) {
          moved.insert(String(kept.text[more...]).trimmingSpaces(), at: 0)
          kept.text = String(kept.text[..<more]).trimmingSpaces()
        }
      }
      left.append(kept)
      right += moved.flatMap { piece in
        headingSplit(piece).map { SourceLine(text: $0, line: line.line) }
      }
    }
    return (left + right, true)
  }

  /// Where a shouted section heading starts after other text on the line: "… replacements
  /// LICENSES", "EXPERIENCE SKILLS" (a heading beside a heading of another kind).
  static func headingCut(_ text: String) -> String.Index? {
    let words = wordRanges(text)
    guard words.count >= 2 else { return nil }
    for index in 1..<words.count {
      let word = String(text[words[index]])
      guard let kind = shoutedHeading(word) else { continue }
      if index == 1, let other = shoutedHeading(String(text[words[0]])), other != kind {
        return words[index].lowerBound
      }
      // "… technicians on QA/QC EDUCATION": written text before it, in any case.
      if text[..<words[index].lowerBound].contains(where: \.isLowercase) {
        return words[index].lowerBound
      }
    }
    return nil
  }

  /// The section a word heads when it is written in capitals: "SKILLS", "EDUCATION".
  private static func shoutedHeading(_ word: String) -> SectionKind? {
    guard word.count >= 5, word.allSatisfy({ $0.isUppercase || $0 == "&" }),
      let kind = SectionHeading.kind(of: word), kind != .other
    else { return nil }
    return kind
  }

  /// A heading moved with text after it ("LICENSES Professional Engineer") on lines of
  /// its own.
  private static func headingSplit(_ piece: String) -> [String] {
    let words = piece.split(separator: " ", maxSplits: 1).map(String.init)
    guard words.count == 2, shoutedHeading(words[0]) != nil else { return [piece] }
    return [words[0], words[1]]
  }

  /// "Tacoma, WA ArcGIS, Bluebeam, MicroStation": a list of names after a state code.
  private static func placeListCut(_ text: String) -> String.Index? {
    placeList.firstRange(in: text)?.upperBound
  }

  /// "… design contract B.S. Civil Engineering": a dotted degree after text.
  private static func degreeCut(_ text: String) -> String.Index? {
    degree.firstRange(in: text)?.upperBound
  }

  private static let school = Pattern(
    #"^[A-Z][\w .&'-]*\b(?:University|College|Institute)\b[\w .&'-]*(?:, (?:19|20)\d\d)?$"#,
    caseSensitive: true)
  private static let placeList = Pattern(
    #"(?<=, [A-Z]{2}) (?=[A-Z][\w-]*(?: [\w-]+)?, [A-Z])"#, caseSensitive: true)
  private static let degree = Pattern(
    #"(?<=[a-z0-9]) (?=(?:[BM]\.(?:S|A|Sc|Eng|Ed)\.|Ph\.D\.) [A-Z])"#, caseSensitive: true)

  /// The ranges of a line's words split at spaces.
  private static func wordRanges(_ text: String) -> [Range<String.Index>] {
    var ranges: [Range<String.Index>] = []
    var start: String.Index?
    var index = text.startIndex
    while index < text.endIndex {
      if text[index] == " " {
        if let begin = start { ranges.append(begin..<index) }
        start = nil
      } else if start == nil {
        start = index
      }
      index = text.index(after: index)
    }
    if let begin = start { ranges.append(begin..<text.endIndex) }
    return ranges
  }
}
