/// Lists of examples in a posting line ("a BI tool such as Tableau, Qlik or Looker", "at
/// least one language: Java, Python, PHP"): the terms after the cue are options of one
/// requirement, not requirements each.
enum ExampleList {
  /// Where example lists run in `text`: from a cue to the end of its sentence, clause or
  /// bracket.
  static func spans(in text: String) -> [Range<String.Index>] {
    var spans: [Range<String.Index>] = []
    var covered: [Range<String.Index>] = []
    let search = FoldedSearch(text)
    for cue in cues {
      for found in search.ranges(of: cue) {
        guard startsWord(found.lowerBound, in: text),
          !covered.contains(where: { $0.overlaps(found) })
        else { continue }
        let stop = end(after: found.upperBound, in: text)
        spans.append(found.upperBound..<stop)
        covered.append(found.lowerBound..<stop)
      }
    }
    return spans.sorted { $0.lowerBound < $1.lowerBound }
  }

  /// Longer cues first, so "at least one of" wins over "one of".
  static let cues = [
    "one or more of", "at least one of", "at least one", "for example", "for instance",
    "such as", "including", "any of", "one of", "e.g.", "eg.", "like",
  ]

  private static func startsWord(_ index: String.Index, in text: String) -> Bool {
    index == text.startIndex || !text[text.index(before: index)].isLetter
  }

  /// The end of the clause that starts at `start`: a full stop followed by a space, a
  /// semicolon, a closing bracket, or the end of the text.
  private static func end(after start: String.Index, in text: String) -> String.Index {
    var index = start
    while index < text.endIndex {
      let character = text[index]
      if character == ";" || character == ")" { return index }
      let next = text.index(after: index)
      if character == ".", next == text.endIndex || text[next] == " " { return index }
      index = next
    }
    return text.endIndex
  }
}
