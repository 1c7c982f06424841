/// A rectangle on a PDF page, in points, with y growing downwards.
struct TextBox: Sendable, Equatable {
  var x0: Double
  var y0: Double
  var x1: Double
  var y1: Double

  var width: Double { x1 - x0 }
  var height: Double { y1 - y0 }
  var midY: Double { (y0 + y1) / 2 }

  func union(_ other: TextBox) -> TextBox {
    TextBox(
      x0: min(x0, other.x0), y0: min(y0, other.y0), x1: max(x1, other.x1),
      y1: max(y1, other.y1))
  }

  /// How much the two boxes share vertically, in points.
  func verticalOverlap(_ other: TextBox) -> Double {
    max(0, min(y1, other.y1) - max(y0, other.y0))
  }
}

/// One character of a page's text layer and its box.
struct Glyph: Sendable, Equatable {
  var scalar: Unicode.Scalar
  var box: TextBox
}

/// A word on a page: its text and box.
struct PlacedWord: Sendable, Equatable {
  var text: String
  var box: TextBox
}

/// A run of words on one baseline with no wide gap inside: a line, or one column's part of
/// a line.
struct Segment: Sendable, Equatable {
  var words: [PlacedWord]
  var box: TextBox

  init(words: [PlacedWord]) {
    self.words = words
    self.box = words.dropFirst().reduce(words[0].box) { $0.union($1.box) }
  }

  var text: String { words.map(\.text).joined(separator: " ") }
}

/// Turns a page's glyphs into words and the words into segments.
enum PageWords {
  /// Words from glyphs in the text layer's order: a space, a line end, a jump back or a
  /// gap wider than a third of the type size ends a word.
  static func words(_ glyphs: [Glyph]) -> [PlacedWord] {
    var words: [PlacedWord] = []
    var text = String.UnicodeScalarView()
    var box: TextBox?
    func finish() {
      if let current = box, !text.isEmpty {
        words.append(PlacedWord(text: String(text), box: current))
      }
      text = String.UnicodeScalarView()
      box = nil
    }
    for glyph in glyphs {
      if glyph.scalar.properties.isWhitespace || glyph.box.width <= 0 && glyph.box.height <= 0 {
        finish()
        continue
      }
      if let current = box, !continues(current, glyph.box) { finish() }
      text.append(glyph.scalar)
      box = box.map { $0.union(glyph.box) } ?? glyph.box
    }
    finish()
    return LetterSpacing.repair(words)
  }

  static func continues(_ word: TextBox, _ next: TextBox) -> Bool {
    let size = max(min(word.height, next.height), 1)
    let gap = next.x0 - word.x1
    return gap < size * 0.3 && gap > -size * 0.5 && word.verticalOverlap(next) > size * 0.5
  }

  /// Groups words into rows that share a baseline, then splits each row at gaps wider than
  /// an ordinary word space.
  static func segments(_ words: [PlacedWord]) -> [Segment] {
    rows(words).flatMap { row -> [Segment] in
      let sorted = row.sorted { $0.box.x0 < $1.box.x0 }
      var segments: [Segment] = []
      var current: [PlacedWord] = []
      for word in sorted {
        if let last = current.last, word.box.x0 - last.box.x1 > splitGap(last.box, word.box) {
          segments.append(Segment(words: current))
          current = []
        }
        current.append(word)
      }
      if !current.isEmpty { segments.append(Segment(words: current)) }
      return segments
    }
  }

  /// The widest gap that still separates two words of one line rather than two columns.
  static func splitGap(_ left: TextBox, _ right: TextBox) -> Double {
    max(min(left.height, right.height) * 0.6, 4)
  }

  /// Words whose boxes overlap by at least half the smaller height share a row.
  static func rows(_ words: [PlacedWord]) -> [[PlacedWord]] {
    var rows: [(box: TextBox, words: [PlacedWord])] = []
    for word in words.sorted(by: { $0.box.midY < $1.box.midY }) {
      let match = rows.indices.suffix(4).last { index in
        let box = rows[index].box
        let smaller = min(box.height, word.box.height)
        return box.verticalOverlap(word.box) >= smaller * 0.5
          && max(box.height, word.box.height) < smaller * 1.6
      }
      if let index = match {
        rows[index].words.append(word)
        rows[index].box = rows[index].box.union(word.box)
      } else {
        rows.append((word.box, [word]))
      }
    }
    return rows.map(\.words)
  }
}
