import Foundation

/// Splits running text into the sentences a person would quote one at a time, keeping
/// lists of technologies ("Perl, Ksh, Oracle.") with the sentence they follow.
enum Sentences {
  /// A place in the text: its index and its offset in characters.
  private typealias Place = (index: String.Index, offset: Int)

  /// The sentences of `text` with the offset (in characters) each starts at.
  static func split(_ text: String) -> [(text: String, offset: Int)] {
    var result: [(String, Int)] = []
    var start: Place = (text.startIndex, 0)
    var place: Place = start
    // In ASCII text every character is one byte: step straight to the next ".", "!" or "?",
    // the only characters a sentence ends on.
    let ascii = text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    while place.index < text.endIndex {
      if let next = boundary(text, at: place) {
        append(text, from: start, to: text.index(after: place.index), into: &result)
        start = next
        place = next
      } else if ascii {
        place = nextMark(text.utf8, after: place)
      } else {
        place = (text.index(after: place.index), place.offset + 1)
      }
    }
    append(text, from: start, to: text.endIndex, into: &result)
    return result
  }

  /// Where the next sentence starts when a sentence ends at `place`.
  private static func boundary(_ text: String, at place: Place) -> Place? {
    let char = text[place.index]
    var next: Place = (text.index(after: place.index), place.offset + 1)
    guard char == "." || char == "!" || char == "?", next.index < text.endIndex else {
      return nil
    }
    let spaced = text[next.index] == " "
    while next.index < text.endIndex, text[next.index] == " " {
      next = (text.index(after: next.index), next.offset + 1)
    }
    guard next.index < text.endIndex, text[next.index].isUppercase || text[next.index].isNumber
    else { return nil }
    let word = previousWord(text, before: place.index)
    if char == "." {
      if LineShape.isAbbreviation(word) { return nil }
      if !spaced {
        // "development.Handling": a missing space, not "Node.Js" or "ASP.NET".
        let following = text[next.index...].prefix { $0.isLetter }
        guard word.count >= 4, word.last?.isLowercase == true, following.count >= 4,
          following.dropFirst().allSatisfy(\.isLowercase)
        else { return nil }
      }
    } else if !spaced {
      return nil
    }
    return next
  }

  /// The next ".", "!" or "?" after `place` in ASCII text, or the end.
  private static func nextMark(_ bytes: String.UTF8View, after place: Place) -> Place {
    var index = bytes.index(after: place.index)
    var offset = place.offset + 1
    while index < bytes.endIndex {
      switch bytes[index] {
      case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): return (index, offset)
      default: (index, offset) = (bytes.index(after: index), offset + 1)
      }
    }
    return (index, offset)
  }

  private static func previousWord(_ text: String, before index: String.Index) -> Substring {
    var start = index
    while start > text.startIndex, text[text.index(before: start)] != " " {
      start = text.index(before: start)
    }
    return text[start..<index]
  }

  private static func append(
    _ text: String, from start: Place, to end: String.Index,
    into result: inout [(String, Int)]
  ) {
    let piece = text[start.index..<end]
    let trimmed = piece.trimmingSpaces()
    guard !trimmed.isEmpty else { return }
    let offset = start.offset + piece.prefix { $0 == " " }.count
    if let last = result.last, isFragment(trimmed) {
      result[result.count - 1] = (last.0 + " " + trimmed, last.1)
    } else {
      result.append((trimmed, offset))
    }
  }

  /// "Autosys." or "Perl, Ksh, SunOS, Oracle.": not a statement of its own.
  static func isFragment(_ text: String) -> Bool {
    plainFragment(text) ?? characterFragment(text)
  }

  /// ``isFragment`` counted on bytes, or nil when a space or comma touches a non-ASCII
  /// byte, which may join it into one character (a combining accent after a space).
  private static func plainFragment(_ text: String) -> Bool? {
    let (space, comma) = (UInt8(ascii: " "), UInt8(ascii: ","))
    // Words between spaces; parts between commas, their words and the short ones.
    var (words, commas, parts, partWords, shortParts) = (0, 0, 0, 0, 0)
    var previous: UInt8?
    for byte in text.utf8 {
      let afterSpace = previous == nil || previous == space
      let afterComma = previous == nil || previous == comma
      let separates = byte == space || byte == comma
      let follows = previous.map { $0 == space || $0 == comma } ?? false
      if separates ? (previous ?? 0) >= 0x80 : byte >= 0x80 && follows { return nil }
      if byte == comma {
        commas += 1
        if !afterComma {  // a part ends
          shortParts += partWords <= 3 ? 1 : 0
          partWords = 0
        }
      } else {
        if afterComma { parts += 1 }
        if byte != space, afterSpace || afterComma { partWords += 1 }
      }
      if byte != space, afterSpace { words += 1 }
      previous = byte
    }
    if previous != nil, previous != comma { shortParts += partWords <= 3 ? 1 : 0 }
    if words <= 2 { return true }
    guard commas >= 2, parts >= 3 else { return false }
    return shortParts * 10 >= parts * 7
  }

  /// ``isFragment`` on characters, for text whose bytes cannot settle it.
  static func characterFragment(_ text: String) -> Bool {
    // Two words at most: the first two words and whatever follows them, if anything does.
    let head = text.split(separator: " ", maxSplits: 2)
    if head.count <= 2 || head[2].allSatisfy({ $0 == " " }) { return true }
    // Three parts between commas need two commas.
    guard text.utf8.lazy.filter({ $0 == UInt8(ascii: ",") }).count >= 2 else { return false }
    let parts = text.split(separator: ",")
    guard parts.count >= 3 else { return false }
    let short = parts.filter { $0.split(separator: " ").count <= 3 }.count
    return short * 10 >= parts.count * 7
  }
}
