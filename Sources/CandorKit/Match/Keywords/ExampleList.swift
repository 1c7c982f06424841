/// Lists of examples in a posting line ("a BI tool such as Tableau, Qlik or Looker", "at
/// least one language: Java, Python, PHP"): the terms after the cue are options of one
/// requirement, not requirements each.
enum ExampleList {
  /// Where example lists run in `text`: from a cue to the end of its sentence, clause or
  /// bracket.
  static func spans(in text: String) -> [Range<String.Index>] {
    var spans: [Range<String.Index>] = []
    var covered: [Range<String.Index>] = []
    let found = cueRanges(in: text)
    for cue in cues.indices {
      for range in found where range.cue == cue {
        guard !covered.contains(where: { $0.overlaps(range.range) }) else { continue }
        let stop = end(after: range.range.upperBound, in: text)
        spans.append(range.range.upperBound..<stop)
        covered.append(range.range.lowerBound..<stop)
      }
    }
    return spans.sorted { $0.lowerBound < $1.lowerBound }
  }

  /// Every cue that starts a word in `text`, found in one pass over its bytes (ASCII letters
  /// folded), each cue's places never overlapping one another.
  private static func cueRanges(in text: String) -> [(cue: Int, range: Range<String.Index>)] {
    let bytes = Array(text.utf8)
    var found: [(cue: Int, range: Range<String.Index>)] = []
    var ends = [Int](repeating: 0, count: cues.count)
    for start in bytes.indices where isWordStart(start, bytes, text) {
      for (cue, wanted) in foldedCues.enumerated()
      where start >= ends[cue] && start + wanted.count <= bytes.count
        && wanted.indices.allSatisfy({ fold(bytes[start + $0]) == wanted[$0] })
      {
        ends[cue] = start + wanted.count
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        found.append((cue, lower..<utf8.index(lower, offsetBy: wanted.count)))
      }
    }
    return found
  }

  /// True when no letter comes right before byte `offset`.
  private static func isWordStart(_ offset: Int, _ bytes: [UInt8], _ text: String) -> Bool {
    guard offset > 0 else { return true }
    let before = bytes[offset - 1]
    if before < 0x80 { return !(fold(before) >= 0x61 && fold(before) <= 0x7A) }
    guard bytes[offset] < 0x80 else { return false }  // inside a character
    let index = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
    return startsWord(index, in: text)
  }

  private static let foldedCues = cues.map { $0.utf8.map(fold) }

  private static func fold(_ byte: UInt8) -> UInt8 {
    (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
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
