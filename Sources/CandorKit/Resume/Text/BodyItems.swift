import Foundation

/// One statement under an entry: a bullet, or a sentence of a paragraph.
struct BodyItem: Sendable, Equatable {
  var text: String
  /// The source line the statement starts on.
  var line: Int
  /// Written as a bullet (not a sentence taken from a paragraph).
  var isBullet: Bool
}

/// Turns the lines under an entry into statements: bullets with their wrapped lines
/// joined, marks on lines of their own matched to the text after them, and paragraphs
/// split into sentences.
struct BodyItems {
  private let wrapWidth: Int
  private var items: [(parts: [(String, Int)], isBullet: Bool)] = []
  private var forceNew = false
  private var afterBlank = false
  private var lastLine: ResumeLine?
  /// Marks seen on lines of their own, and the text lines after them they belong to.
  private var looseMarks = 0
  private var looseLines: [ResumeLine] = []

  static func read(_ lines: [ResumeLine], wrapWidth: Int) -> [BodyItem] {
    var reader = BodyItems(wrapWidth: wrapWidth)
    for line in lines { reader.add(line) }
    reader.flushLoose()
    reader.mergeFragments()
    return reader.items.flatMap { item in
      if item.isBullet { return [joined(item.parts, isBullet: true)] }
      // A reference's sentences ("Nwosu, A. (2024). Title. Journal.") are one item.
      let whole = joined(item.parts, isBullet: false)
      return Citation.isAPA(whole.text) ? [whole] : sentences(of: whole, item.parts)
    }
  }

  private init(wrapWidth: Int) {
    self.wrapWidth = wrapWidth
  }

  private mutating func add(_ line: ResumeLine) {
    if line.isBlank {
      if !looseLines.isEmpty { flushLoose() }
      afterBlank = true
      return
    }
    if line.isDanglingBullet {
      if !looseLines.isEmpty { flushLoose() }
      looseMarks += 1
      forceNew = true
      return
    }
    if looseMarks > 1, line.kind == .text {
      looseLines.append(line)
      return
    }
    if !looseLines.isEmpty { flushLoose() }
    looseMarks = 0
    var text = Self.stripLabel(line.text)
    guard !text.isEmpty, !Self.isSubheading(text) else {
      afterBlank = false
      return
    }
    var kind = line.kind
    if kind == .text, text != line.text, let (_, body) = Bullets.split(text), !body.isEmpty {
      text = body  // "description - 1. Worked as…"
      kind = .bullet
    }
    if kind == .bullet {
      items.append(([(text, line.line)], true))
    } else if let lastLine, !forceNew, continues(lastLine, with: line) {
      items[items.count - 1].parts.append((text, line.line))
    } else {
      items.append(([(text, line.line)], false))
    }
    forceNew = false
    afterBlank = false
    lastLine = line
  }

  /// "Perl, ClearCase." on a line of its own belongs to the statement before it.
  private mutating func mergeFragments() {
    var merged: [(parts: [(String, Int)], isBullet: Bool)] = []
    for item in items {
      let text = item.parts.map(\.0).joined(separator: " ")
      if !item.isBullet, merged.last != nil, text.contains(","), Sentences.isFragment(text),
        Sentences.split(text).count == 1
      {
        merged[merged.count - 1].parts += item.parts
      } else {
        merged.append(item)
      }
    }
    items = merged
  }

  /// Items for text lines that follow a run of bullet marks, as PDF text puts them:
  /// as many items as there were marks, joining the lines most likely wrapped.
  private mutating func flushLoose() {
    defer {
      looseLines = []
      looseMarks = 0
      forceNew = false
    }
    guard !looseLines.isEmpty else { return }
    let joins = max(0, looseLines.count - looseMarks)
    let scores = looseLines.indices.dropFirst().map {
      ($0, joinScore(looseLines[$0 - 1], looseLines[$0]))
    }
    let joined = Set(scores.sorted { $0.1 > $1.1 }.prefix(joins).map(\.0))
    for (index, line) in looseLines.enumerated() {
      let text = Self.stripLabel(line.text)
      if joined.contains(index), !items.isEmpty {
        items[items.count - 1].parts.append((text, line.line))
      } else {
        items.append(([(text, line.line)], true))
      }
    }
    lastLine = looseLines.last
  }

  /// How surely `line` continues `previous`: a lowercase start, a dangling joiner word,
  /// a full previous line; a finished sentence counts against.
  private func joinScore(_ previous: ResumeLine, _ line: ResumeLine) -> Int {
    var score = 0
    if line.text.first?.isLowercase == true { score += 4 }
    if previous.text.hasSuffix(",") || LineShape.endsOnJoiner(previous.text) { score += 3 }
    if LineShape.isFull(previous, wrapWidth: wrapWidth) { score += 2 }
    if LineShape.endsSentence(previous.text) { score -= 3 }
    return score
  }

  /// True when `line` carries on the statement `previous` began.
  private func continues(_ previous: ResumeLine, with line: ResumeLine) -> Bool {
    guard !items.isEmpty else { return false }
    let before = previous.text
    let startsLower = line.text.first.map { $0.isLowercase || "(&".contains($0) } ?? false
    if startsLower { return true }
    if afterBlank { return false }
    if LineShape.endsSentence(before) || before.hasSuffix(":") { return false }
    if before.hasSuffix(",") || before.hasSuffix("-") || LineShape.endsOnJoiner(before) {
      return true
    }
    if items[items.count - 1].isBullet { return true }
    return LineShape.isFull(previous, wrapWidth: wrapWidth)
  }

  /// "description - Built…" (flattened templates) → "Built…".
  private static func stripLabel(_ text: String) -> String {
    let lower = text.prefix(24).lowercased()
    for label in ["description -", "description:", "descripción:", "responsibilities -"]
    where lower.hasPrefix(label) {
      return text.dropFirst(label.count).trimmingSpaces()
    }
    return text
  }

  /// "Responsibilities and Achievements:", "Key Responsibilities": a label over the
  /// list, not a statement.
  private static func isSubheading(_ text: String) -> Bool {
    if text.hasSuffix(":") && text.split(separator: " ").count <= 6 { return true }
    return subheadings.contains(MonthNames.fold(text))
  }

  private static let subheadings: Set<String> = [
    "responsibilities", "key responsibilities", "duties", "achievements", "key achievements",
    "accomplishments", "skills used", "tools used", "technologies used", "environment",
    "roles and responsibilities", "responsabilidades", "funciones", "logros",
  ]

  /// The parts as one item; a word hyphenated at a line break ("migra-" / "tion") loses
  /// its hyphen, a hyphenated word ("end-" / "to-end", "co-" / "founded") keeps it.
  private static func joined(_ parts: [(String, Int)], isBullet: Bool) -> BodyItem {
    var text = ""
    for (part, _) in parts {
      if text.hasSuffix("-"), let previous = text.dropLast().last, previous.isLetter,
        part.first?.isLetter == true
      {
        let head = String(
          text.dropLast().reversed().prefix { $0.isLetter || $0 == "-" }.reversed())
        let whole = parts.map { $0.0 }.joined(separator: " ")
        if !LineBreakHyphen.keeps(head: head, tail: part, in: whole) { text.removeLast() }
        text += part
      } else {
        text += text.isEmpty ? part : " " + part
      }
    }
    let single = text.hasBytes("  ") ? text.replacingOccurrences(of: "  ", with: " ") : text
    return BodyItem(text: single, line: parts.first?.1 ?? 0, isBullet: isBullet)
  }

  /// The sentences of `paragraph`, the joined `parts`, each with the line it starts on.
  private static func sentences(of paragraph: BodyItem, _ parts: [(String, Int)]) -> [BodyItem] {
    var starts: [(offset: Int, line: Int)] = []
    var offset = 0
    for (part, line) in parts {
      starts.append((offset, line))
      offset += part.count + 1
    }
    // Sentences come in order, so the part each starts in only moves forward.
    var part = 0
    return Sentences.split(paragraph.text).map { sentence in
      while part + 1 < starts.count, starts[part + 1].offset <= sentence.offset { part += 1 }
      let line = starts[part].offset <= sentence.offset ? starts[part].line : paragraph.line
      return BodyItem(text: sentence.text, line: line, isBullet: false)
    }
  }
}
