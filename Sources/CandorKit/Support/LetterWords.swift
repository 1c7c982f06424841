/// The words of a text as `text.lowercased().split(whereSeparator: { !$0.isLetter })`
/// gives them, found without building the lowercased copy or walking characters.
///
/// A run between ASCII non-letters made only of ASCII letters is lowercased byte by byte;
/// a run holding any other scalar is handed to the character-based split, together with
/// the separators on both sides, whose character it might share. Such a run ends only at
/// a separator after an ASCII scalar, which surely starts a character of its own.
enum LetterWords {
  /// Calls `visit` with each word. A caller that wants no ASCII-only word longer than
  /// `longestPlain` bytes passes it, and such words are skipped before a string is made.
  static func forEach(
    in text: String, longestPlain: Int = .max, _ visit: (String) -> Void
  ) {
    forEach(
      in: text, longestPlain: longestPlain,
      plain: { visit(String(decoding: $0, as: UTF8.self)) }, other: visit)
  }

  /// Calls `plain` with the lowercased bytes of each ASCII-only word no longer than
  /// `longestPlain` (valid only during the call, so a caller may look it up without making
  /// a string), and `other` with every word holding another scalar.
  static func forEach(
    in text: String, longestPlain: Int = .max, plain: ([UInt8]) -> Void,
    other: (String) -> Void
  ) {
    let bytes = text.utf8
    var word: [UInt8] = []
    var isPlain = true
    var runStart = bytes.startIndex
    var separatorBefore: String.Index?
    var previous: UInt8 = 0
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let byte = bytes[index]
      defer { previous = byte }
      if byte >= 0x80 {
        isPlain = false
      } else if (0x61...0x7A).contains(byte | 0x20) {
        word.append(byte | 0x20)
      } else if isPlain || previous < 0x80 {
        let next = bytes.index(after: index)
        if isPlain {
          if !word.isEmpty, word.count <= longestPlain { plain(word) }
        } else {
          splitByCharacters(text, from: separatorBefore ?? runStart, to: next, other)
        }
        word.removeAll(keepingCapacity: true)
        isPlain = true
        separatorBefore = index
        runStart = next
      }
      index = bytes.index(after: index)
    }
    if isPlain {
      if !word.isEmpty, word.count <= longestPlain { plain(word) }
    } else {
      splitByCharacters(text, from: separatorBefore ?? runStart, to: bytes.endIndex, other)
    }
  }

  private static func splitByCharacters(
    _ text: String, from start: String.Index, to end: String.Index, _ visit: (String) -> Void
  ) {
    let part = String(text.unicodeScalars[start..<end])
    for word in part.lowercased().split(whereSeparator: { !$0.isLetter }) { visit(String(word)) }
  }
}
