import Foundation

/// Repairs text that a PDF spaces out letter by letter ("E X P E R I E N C E") and the
/// ligature characters some fonts map to ("ﬁ" for "fi").
enum LetterSpacing {
  /// Joins runs of three or more single letters on one line back into words, splitting the
  /// run where a gap is clearly wider than the letter spacing.
  static func repair(_ words: [PlacedWord]) -> [PlacedWord] {
    var result: [PlacedWord] = []
    var index = 0
    while index < words.count {
      var end = index + 1
      if isLetter(words[index]) {
        while end < words.count, isLetter(words[end]), adjacent(words[end - 1], words[end]) {
          end += 1
        }
      }
      if end - index >= 3 {
        result += join(Array(words[index..<end]))
      } else {
        result.append(contentsOf: words[index..<end])
      }
      index = end
    }
    return result
  }

  static func isLetter(_ word: PlacedWord) -> Bool {
    word.text.count == 1 && word.text.unicodeScalars.allSatisfy(\.properties.isAlphabetic)
  }

  static func adjacent(_ left: PlacedWord, _ right: PlacedWord) -> Bool {
    let size = min(left.box.height, right.box.height)
    let gap = right.box.x0 - left.box.x1
    return gap >= -0.5 && gap < size * 1.2 && left.box.verticalOverlap(right.box) > size * 0.5
  }

  static func join(_ letters: [PlacedWord]) -> [PlacedWord] {
    let gaps = zip(letters, letters.dropFirst()).map { $1.box.x0 - $0.box.x1 }
    let letterGap = max(gaps.min() ?? 0, 0)
    var words: [PlacedWord] = []
    var current = letters[0]
    for (letter, gap) in zip(letters.dropFirst(), gaps) {
      if gap > letterGap * 1.6 + 1 {
        words.append(current)
        current = letter
      } else {
        current = PlacedWord(text: current.text + letter.text, box: current.box.union(letter.box))
      }
    }
    words.append(current)
    return words
  }

  /// Unicode's presentation-form ligatures, spelled out.
  static let ligatures: [Unicode.Scalar: String] = [
    "\u{FB00}": "ff", "\u{FB01}": "fi", "\u{FB02}": "fl", "\u{FB03}": "ffi", "\u{FB04}": "ffl",
    "\u{FB05}": "st", "\u{FB06}": "st",
  ]

  /// A line's text with ligature characters spelled out, soft hyphens removed, and symbol
  /// font bullets (private-use characters such as U+F0B7) at the start shown as "•"; other
  /// private-use icons are dropped.
  static func normalise(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsRepair) else { return text }
    var result = ""
    for (index, scalar) in text.unicodeScalars.enumerated() {
      if let letters = ligatures[scalar] {
        result += letters
      } else if isPrivateUse(scalar) {
        if index == 0 { result += "•" }
      } else if scalar != "\u{AD}" {
        result.unicodeScalars.append(scalar)
      }
    }
    return result.trimmingCharacters(in: .whitespaces)
  }

  static func needsRepair(_ scalar: Unicode.Scalar) -> Bool {
    ligatures[scalar] != nil || scalar == "\u{AD}" || isPrivateUse(scalar)
  }

  static func isPrivateUse(_ scalar: Unicode.Scalar) -> Bool {
    (0xE000...0xF8FF).contains(scalar.value)
  }
}
