/// Finds a letter's parts from its classified lines: header, greeting, body, sign-off,
/// signature and whatever trails after the signature.
///
/// All ranges are indexes into the line array (line number minus one).
struct LetterLayout {
  struct Trailing {
    var lines: Range<Int>
    var firstLine: Int
    var kind: TrailingText.Kind
  }

  var header: Range<Int>
  var greeting: Int?
  var body: Range<Int>
  var signOff: Int?
  var signature: Range<Int>
  var trailing: Trailing?

  init(_ lines: [LetterLine]) {
    greeting = Self.findGreeting(lines)
    let bodyStart = greeting.map { $0 + 1 } ?? Self.firstBodyLine(lines)
    header = 0..<(greeting ?? bodyStart)
    let end = Self.findBodyEnd(lines, from: bodyStart)
    body = bodyStart..<max(bodyStart, end.body)
    signOff = end.signOff
    signature = end.signature
    trailing = Self.trailing(lines, from: end.trailingStart)
  }

  /// The first greeting line, if only header-like lines come before it.
  /// One subject line may stand among them ("Subject: Application for …").
  private static func findGreeting(_ lines: [LetterLine]) -> Int? {
    var seen = 0
    var subjects = 0
    for (index, line) in lines.enumerated() where !line.isEmpty {
      if line.isGreeting { return index }
      seen += 1
      if seen > 15 { return nil }
      guard !isHeader(lines, index) else { continue }
      subjects += 1
      if subjects > 1 || !isSubject(lines, index) { return nil }
    }
    return nil
  }

  /// "Subject: Application for the Staff Accountant position at Pellham & Rusk", "Re: …",
  /// "Please note: …", or such a line with no label: one line standing alone, with blank
  /// lines around it, that has no final full stop or opens with a short label and a colon.
  private static func isSubject(_ lines: [LetterLine], _ index: Int) -> Bool {
    let line = lines[index]
    let alone =
      (index == 0 || lines[index - 1].isEmpty)
      && (index + 1 == lines.count || lines[index + 1].isEmpty)
    guard alone, line.kind == .text || line.kind == .heading, line.wordCount <= 20 else {
      return false
    }
    let label = line.plain.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
    let isLabelled = label.count == 2 && (1...2).contains(label[0].split(separator: " ").count)
    return !line.endsProse || isLabelled
  }

  /// A header-like line, or a short line that goes on an address block right above it
  /// ("Tampa, FL (field, travel up to 50%)" under a company's name).
  private static func isHeader(_ lines: [LetterLine], _ index: Int) -> Bool {
    let line = lines[index]
    if line.isHeaderLike { return true }
    guard index > 0, line.kind == .text, line.wordCount <= 10, !line.endsProse,
      !line.plain.hasSuffix(",")
    else { return false }
    let above = lines[index - 1]
    return !above.isEmpty && above.isHeaderLike && !above.isDate && !above.isDocumentTitle
  }

  /// Without a greeting, the body starts at the first line that is not header-like.
  private static func firstBodyLine(_ lines: [LetterLine]) -> Int {
    let text = lines.indices.filter { !lines[$0].isEmpty }
    return text.first { !lines[$0].isHeaderLike } ?? text.first ?? lines.count
  }

  private struct BodyEnd {
    var body: Int
    var signOff: Int?
    var signature: Range<Int>
    var trailingStart: Int
  }

  private static func findBodyEnd(_ lines: [LetterLine], from start: Int) -> BodyEnd {
    var sawProse = false
    var index = start
    while index < lines.count {
      let line = lines[index]
      if line.isSignOff && sawProse {
        let end = signatureEnd(lines, after: index + 1)
        return BodyEnd(
          body: index, signOff: index, signature: (index + 1)..<end, trailingStart: end)
      }
      if line.isGreeting && sawProse {
        let draft = headerStart(lines, before: index)
        return BodyEnd(body: draft, signature: draft..<draft, trailingStart: draft)
      }
      if sawProse, isUnsignedName(lines, index) {
        let end = signatureEnd(lines, after: index)
        if end > index && !isProse(lines[end...].first { !$0.isEmpty }) {
          return BodyEnd(body: index, signature: index..<end, trailingStart: end)
        }
      }
      if !line.isEmpty && (line.wordCount >= 6 || line.endsSentence) { sawProse = true }
      index += 1
    }
    return BodyEnd(body: lines.count, signature: lines.count..<lines.count, trailingStart: index)
  }

  /// The index after the signature block that starts at or after `start`.
  private static func signatureEnd(_ lines: [LetterLine], after start: Int) -> Int {
    var index = start
    var blanks = 0
    while index < lines.count, lines[index].isEmpty, blanks < 2 {
      index += 1
      blanks += 1
    }
    let blockStart = index
    while index < lines.count, lines[index].isSignatureLike, index - blockStart < 8 {
      index += 1
    }
    guard index > blockStart else { return start }
    // "Enclosure: resume" or "cc: Dana Lee" after a blank line still ends the letter.
    var end = index
    while index < lines.count, lines[index].isEmpty || lines[index].isEnclosure {
      if lines[index].isEnclosure { end = index + 1 }
      index += 1
    }
    return end
  }

  /// Where the header block (contact lines, date, address) before a greeting starts.
  private static func headerStart(_ lines: [LetterLine], before greeting: Int) -> Int {
    var index = greeting
    while index > 0, !lines[index - 1].isEmpty, isHeader(lines, index - 1) {
      index -= 1
    }
    return index
  }

  /// A name line right after the last sentence, in a letter without a sign-off.
  private static func isUnsignedName(_ lines: [LetterLine], _ index: Int) -> Bool {
    let line = lines[index]
    guard line.kind == .text, line.isNameLike, line.wordCount <= 4,
      let previous = lines[..<index].last(where: { !$0.isEmpty })
    else { return false }
    return previous.endsSentence
  }

  private static func isProse(_ line: LetterLine?) -> Bool {
    guard let line else { return false }
    return line.wordCount >= 6 && !line.isDate && !line.isGreeting && !line.isDocumentTitle
  }

  private static func trailing(_ lines: [LetterLine], from start: Int) -> Trailing? {
    guard start < lines.count,
      let first = lines[start...].firstIndex(where: { !$0.isEmpty })
    else { return nil }
    let last = lines.lastIndex { !$0.isEmpty } ?? first
    let part = lines[first...last]
    let isDraft = part.contains { $0.isGreeting || $0.isDate || $0.isDocumentTitle }
    return Trailing(
      lines: first..<(last + 1), firstLine: first + 1, kind: isDraft ? .secondDraft : .notes)
  }
}
