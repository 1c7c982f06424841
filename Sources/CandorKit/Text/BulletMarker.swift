/// Recognises the bullet and numbering marks people use at the start of list items.
enum BulletMarker {
  /// Single characters that mark a bullet, with or without a following space.
  static let symbols: Set<Character> = [
    "•", "·", "▪", "▫", "●", "○", "◦", "‣", "➢", "➤", "►", "▶", "✓", "✔", "■", "□", "◆",
    "◇", "❖", "⁃", "∙", "⦁", "⚫", "❯", "→", "–", "—",
  ]

  /// The item's text when `line` (already trimmed) starts with a bullet or number
  /// mark, otherwise nil.
  static func strip(_ line: String) -> String? {
    guard let first = line.first else { return nil }
    if symbols.contains(first) {
      let rest = line.dropFirst().drop(while: { $0 == " " })
      return rest.isEmpty ? nil : String(rest)
    }
    if "-*+".contains(first) {
      let rest = line.dropFirst()
      guard rest.first == " " else { return nil }
      let body = rest.drop(while: { $0 == " " })
      return body.isEmpty ? nil : String(body)
    }
    if first == "o" {
      let rest = line.dropFirst()
      guard rest.first == " " || rest.first == "\t" else { return nil }
      let body = rest.drop(while: { $0 == " " })
      // "o Drove 115,000 miles", "o 4 years with zero accidents": a capital or a figure.
      let opens = body.first.map { $0.isUppercase || $0.isNumber } ?? false
      return opens ? String(body) : nil
    }
    return numbered(line)
  }

  /// "1. Text", "2) Text", "(a) Text".
  private static func numbered(_ line: String) -> String? {
    var rest = Substring(line)
    let parenthesised = rest.first == "("
    if parenthesised { rest = rest.dropFirst() }
    let digits = rest.prefix(while: { $0.isNumber })
    let mark: Substring
    if !digits.isEmpty && digits.count <= 2 {
      mark = digits
    } else if let letter = rest.first, letter.isLowercase, letter.isLetter, parenthesised {
      mark = rest.prefix(1)
    } else {
      return nil
    }
    rest = rest.dropFirst(mark.count)
    guard let close = rest.first, close == "." || close == ")" else { return nil }
    if parenthesised && close != ")" { return nil }
    rest = rest.dropFirst()
    guard rest.first == " " else { return nil }
    let body = rest.drop(while: { $0 == " " })
    return body.isEmpty ? nil : String(body)
  }
}
