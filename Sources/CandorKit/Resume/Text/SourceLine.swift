import Foundation

/// A physical line of plain text with its number, before its layout is read.
struct SourceLine: Sendable, Equatable {
  var text: String
  var line: Int
  /// The line follows a form feed: it starts a new page of a PDF.
  var startsPage = false

  /// Splits text into cleaned lines numbered as an editor shows them. Form feeds and
  /// literal "\n" sequences start new lines that keep their source line's number.
  static func read(_ text: String) -> [SourceLine] {
    let unified = unifyReturns(text)
    var result: [SourceLine] = []
    for (offset, raw) in unified.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
      .enumerated()
    {
      let number = offset + 1
      let pages = raw.split(separator: 0x0C, omittingEmptySubsequences: false).map {
        Substring($0)
      }
      for (page, part) in pages.enumerated() where !(page == 0 && part.isEmpty && pages.count > 1) {
        let pieces = literalNewlinePieces(part)
        for (index, piece) in pieces.enumerated() {
          let cleaned = TextCleaner.clean(IconBullets.replace(piece))
          let startsPage = page > 0 && index == 0
          result.append(SourceLine(text: cleaned, line: number, startsPage: startsPage))
        }
      }
    }
    return result
  }

  /// "\r\n" and a lone "\r" become "\n".
  private static func unifyReturns(_ text: String) -> String {
    TextCleaner.unifyLineEnds(text, formFeeds: false)
  }

  /// `text` cut at each literal "\n" (a backslash and an "n"), as
  /// `components(separatedBy: "\\n")` cuts it.
  private static func literalNewlinePieces(_ text: Substring) -> [String] {
    let utf8 = text.utf8
    var pieces: [String] = []
    var start = utf8.startIndex
    var index = utf8.startIndex
    while index < utf8.endIndex {
      let next = utf8.index(after: index)
      if utf8[index] == UInt8(ascii: "\\"), next < utf8.endIndex, utf8[next] == UInt8(ascii: "n") {
        pieces.append(String(Substring(utf8[start..<index])))
        index = utf8.index(after: next)
        start = index
      } else {
        index = next
      }
    }
    pieces.append(String(Substring(utf8[start..<utf8.endIndex])))
    return pieces
  }
}

/// Private-use glyphs that Word's Symbol and Wingdings fonts use as bullets. Text
/// cleaning drops private-use icons, so these become "•" first to keep the list.
enum IconBullets {
  private static let bullets: Set<UInt32> = [
    0xF0B7, 0xF0A7, 0xF0D8, 0xF076, 0xF0FC, 0xF0A8, 0xF06E, 0xF0E8, 0xF071, 0xF0A4, 0xF0D7,
  ]

  static func replace(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isBullet) else { return text }
    let scalars = text.unicodeScalars.map { isBullet($0) ? "•" : $0 }
    return String(String.UnicodeScalarView(scalars))
  }

  /// Every bullet is in U+F000–U+F0FF, so other scalars are told apart without hashing.
  private static func isBullet(_ scalar: Unicode.Scalar) -> Bool {
    (0xF000...0xF0FF).contains(scalar.value) && bullets.contains(scalar.value)
  }
}
