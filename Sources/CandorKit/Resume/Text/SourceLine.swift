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
    let unified = text.replacingOccurrences(of: "\r\n", with: "\n")
      .replacingOccurrences(of: "\r", with: "\n")
    var result: [SourceLine] = []
    for (offset, raw) in unified.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let number = offset + 1
      let pages = String(raw).components(separatedBy: "\u{0C}")
      for (page, part) in pages.enumerated() where !(page == 0 && part.isEmpty && pages.count > 1) {
        let pieces = part.components(separatedBy: "\\n")
        for (index, piece) in pieces.enumerated() {
          let cleaned = TextCleaner.clean(IconBullets.replace(piece))
          let startsPage = page > 0 && index == 0
          result.append(SourceLine(text: cleaned, line: number, startsPage: startsPage))
        }
      }
    }
    return result
  }
}

/// Private-use glyphs that Word's Symbol and Wingdings fonts use as bullets. Text
/// cleaning drops private-use icons, so these become "•" first to keep the list.
enum IconBullets {
  private static let bullets: Set<UInt32> = [
    0xF0B7, 0xF0A7, 0xF0D8, 0xF076, 0xF0FC, 0xF0A8, 0xF06E, 0xF0E8, 0xF071, 0xF0A4, 0xF0D7,
  ]

  static func replace(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { bullets.contains($0.value) }) else {
      return text
    }
    let scalars = text.unicodeScalars.map { bullets.contains($0.value) ? "•" : $0 }
    return String(String.UnicodeScalarView(scalars))
  }
}
