/// One physical line of a letter and what it looks like: blank, a greeting, a sign-off,
/// contact details, a list item, a separator or ordinary text.
struct LetterLine: Sendable {
  enum Kind: Sendable, Equatable {
    case blank, text, bullet, heading, separator
    /// A comment line (`<!-- … -->`, `// candor-disable …`), ignored by the review.
    case comment
  }

  /// 1-based line number.
  var number: Int
  /// The whole line without its line break.
  var range: Range<String.Index>
  /// The line's words: indentation, list or heading marks and trailing spaces removed.
  var content: Range<String.Index>
  var kind: Kind
  /// Columns of indentation before the content.
  var indent: Int
  /// Lowercased content without emphasis marks, for classification.
  var plain: String
  var wordCount: Int
  /// The content ends with `.`, `!`, `?` or `…` (closing quotes and emphasis ignored).
  var endsSentence: Bool
  var endsWithColon: Bool
  /// Every word starts with a capital letter.
  var isCapitalised = false
  /// At least half the words start with a capital letter or a digit.
  var isMostlyCapitalised = false
  var disabledRules: [String] = []

  var isEmpty: Bool { kind == .blank || kind == .comment }
  var isGreeting: Bool { kind != .bullet && LineShape.isGreeting(plain, words: wordCount) }
  var isSignOff: Bool { kind != .bullet && LineShape.isSignOff(plain, words: wordCount) }
  var isContact: Bool { LineShape.isContact(plain) }
  var isDate: Bool { LineShape.isDate(plain, words: wordCount) }
  var isDocumentTitle: Bool { plain.contains("cover letter") && wordCount <= 8 }

  /// Short lines with no sentence in them: contact details, dates, addresses, titles.
  var isHeaderLike: Bool {
    if isContact || isDate || isDocumentTitle || kind == .heading { return true }
    return wordCount <= 8 && !endsSentence && !plain.hasSuffix(",") && isMostlyCapitalised
  }

  /// A name, contact detail, location or enclosure note as written under a sign-off.
  var isSignatureLike: Bool {
    guard !isEmpty, kind != .separator, !isDate, !isGreeting, !isDocumentTitle else {
      return false
    }
    return isContact || (wordCount <= 8 && !endsSentence) || plain.hasPrefix("enclos")
  }

  /// One to five capitalised words with no sentence punctuation: "Megan Doyle".
  var isNameLike: Bool {
    guard kind == .text || kind == .heading, (1...5).contains(wordCount), !endsSentence,
      !isContact, !isDocumentTitle
    else { return false }
    return isCapitalised
  }

  /// Classifies every line of `text`.
  static func classify(_ text: String, lineStarts: [String.Index]) -> [LetterLine] {
    lineStarts.enumerated().map { offset, start in
      let end = text[start...].firstIndex(of: "\n") ?? text.endIndex
      return LetterLine(text: text, range: start..<end, number: offset + 1)
    }
  }

  init(text: String, range: Range<String.Index>, number: Int) {
    self.number = number
    self.range = range
    let line = text[range]
    let start = line.firstIndex { !$0.isWhitespace } ?? range.upperBound
    var end = range.upperBound
    while end > start, text[text.index(before: end)].isWhitespace {
      end = text.index(before: end)
    }
    indent = line.distance(from: range.lowerBound, to: start)
    content = start..<end
    kind = start == end ? .blank : .text
    plain = ""
    wordCount = 0
    endsSentence = false
    endsWithColon = false
    guard kind != .blank else { return }
    classifyMarks(text)
    measure(text)
  }

  private static let quotes: Set<Character> = ["\"", "'", "“", "”", "‘", "’", "«", "»"]

  /// Lowercased, emphasis marks and surrounding quotes removed, no-break spaces made plain.
  static func plainText(_ content: Substring) -> String {
    let kept = content.compactMap { character -> Character? in
      if character == "*" || character == "`" || character == "_" { return nil }
      return character == "\u{00A0}" || character == "\u{202F}" ? " " : character
    }
    let trimmed = kept.drop { quotes.contains($0) }.reversed().drop { quotes.contains($0) }
    return String(trimmed.reversed()).lowercased()
  }

  /// Recognises comments, separators, headings and list marks, moving `content` past them.
  private mutating func classifyMarks(_ text: String) {
    let trimmed = text[content]
    if let ids = SuppressionComment.disabledRules(in: trimmed) {
      kind = .comment
      disabledRules = ids
    } else if trimmed.hasPrefix("<!--") && trimmed.hasSuffix("-->") {
      kind = .comment
    } else if LineShape.isSeparator(trimmed) {
      kind = .separator
    } else if let marks = LineShape.headingMarks(trimmed) {
      kind = .heading
      content = text.index(content.lowerBound, offsetBy: marks)..<content.upperBound
    } else if let body = BulletMarker.strip(String(trimmed)) {
      kind = .bullet
      content = text.index(content.upperBound, offsetBy: -body.count)..<content.upperBound
    }
  }

  private mutating func measure(_ text: String) {
    guard kind != .comment && kind != .separator else { return }
    let words = text[content].split(whereSeparator: \.isWhitespace)
    wordCount = words.filter { $0.contains { $0.isLetter || $0.isNumber } }.count
    plain = Self.plainText(text[content])
    let tail = plain.reversed().drop { "\"'”’)]» ".contains($0) }
    endsSentence = tail.first.map { ".!?…".contains($0) } ?? false
    endsWithColon = tail.first == ":"
    isCapitalised = LineShape.isCapitalisedWords(text[content])
    let capitals = words.filter { word in
      word.first { $0.isLetter || $0.isNumber }.map { $0.isUppercase || $0.isNumber } ?? false
    }
    isMostlyCapitalised = capitals.count * 2 >= words.count
  }
}
