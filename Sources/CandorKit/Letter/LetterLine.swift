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
  /// The content's final period is an abbreviation's: "Bluefin Outdoor Co.".
  var endsWithAbbreviation = false
  /// Ends with sentence punctuation that is not a short line's abbreviation, so the line
  /// reads as prose rather than a name, address or signature line.
  var endsProse: Bool { endsSentence && !endsWithAbbreviation }
  var endsWithColon: Bool
  /// Every word starts with a capital letter.
  var isCapitalised = false
  /// At least half the words start with a capital letter or a digit.
  var isMostlyCapitalised = false
  var disabledRules: [String] = []

  var isEmpty: Bool { kind == .blank || kind == .comment }
  var isGreeting = false
  var isSignOff = false
  var isContact = false
  var isDate = false
  /// "Cover Letter", "Teacher cover letter for a job application".
  var isDocumentTitle = false

  /// Short lines with no sentence in them: contact details, dates, addresses, titles.
  var isHeaderLike: Bool {
    if isContact || isDate || isDocumentTitle || kind == .heading { return true }
    return wordCount <= 8 && !endsProse && !plain.hasSuffix(",") && isMostlyCapitalised
  }

  /// A name, contact detail, location or enclosure note as written under a sign-off.
  var isSignatureLike: Bool {
    guard !isEmpty, kind != .separator, !isDate, !isGreeting, !isDocumentTitle else {
      return false
    }
    return isContact || (wordCount <= 8 && !endsProse) || plain.hasPrefix("enclos")
  }

  /// "Enclosure: resume", "Enc.", "Attachments: resume, transcript", "cc: Dana Lee": a
  /// standard line under a business letter's signature.
  var isEnclosure: Bool {
    guard kind == .text, wordCount <= 12 else { return false }
    return Self.enclosureLabels.contains { plain.hasPrefix($0) }
  }

  private static let enclosureLabels = [
    "encl", "enc.", "enc:", "attachment", "attached:", "cc:", "cc ", "bcc:", "copy to",
    "copies to",
  ]

  /// One to five capitalised words with no sentence punctuation: "Megan Doyle".
  var isNameLike: Bool {
    guard kind == .text || kind == .heading, (1...5).contains(wordCount), !endsProse,
      !isContact, !isDocumentTitle
    else { return false }
    return isCapitalised
  }

  /// Classifies every line of `text`.
  static func classify(_ text: String, lineStarts: [String.Index]) -> [LetterLine] {
    lineStarts.enumerated().map { offset, start in
      let end = text.utf8[start...].firstIndex(of: 0x0A) ?? text.endIndex
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

  private static let quotes: Set<Unicode.Scalar> = ["\"", "'", "“", "”", "‘", "’", "«", "»"]

  /// Lowercased, emphasis marks and surrounding quotes removed, no-break spaces made plain.
  static func plainText(_ content: Substring) -> String {
    if let first = content.unicodeScalars.first, let last = content.unicodeScalars.last,
      !quotes.contains(first), !quotes.contains(last), !hasMarks(content)
    {
      return content.lowercased()
    }
    var scalars = String.UnicodeScalarView()
    for scalar in content.unicodeScalars where scalar != "*" && scalar != "`" && scalar != "_" {
      scalars.append(scalar == "\u{00A0}" || scalar == "\u{202F}" ? " " : scalar)
    }
    var start = scalars.startIndex
    var end = scalars.endIndex
    while start < end, quotes.contains(scalars[start]) { start = scalars.index(after: start) }
    while end > start, quotes.contains(scalars[scalars.index(before: end)]) {
      end = scalars.index(before: end)
    }
    return String(scalars[start..<end]).lowercased()
  }

  /// True when `content` holds an emphasis mark or a no-break space `plainText` replaces.
  private static func hasMarks(_ content: Substring) -> Bool {
    content.utf8.contains { $0 == 0x2A || $0 == 0x60 || $0 == 0x5F }
      || content.unicodeScalars.contains { $0 == "\u{00A0}" || $0 == "\u{202F}" }
  }

  /// Recognises comments, separators, headings and list marks, moving `content` past them.
  private mutating func classifyMarks(_ text: String) {
    let trimmed = text[content]
    if let ids = SuppressionComment.disabledRules(in: trimmed) {
      kind = .comment
      disabledRules = ids
    } else if trimmed.hasPrefix("<!--") && trimmed.hasSuffix("-->") {
      kind = .comment
    } else if LetterLineShape.isSeparator(trimmed) {
      kind = .separator
    } else if let marks = LetterLineShape.headingMarks(trimmed) {
      kind = .heading
      content = text.index(content.lowerBound, offsetBy: marks)..<content.upperBound
    } else if let body = BulletMarker.strip(String(trimmed)) {
      kind = .bullet
      content = text.index(content.upperBound, offsetBy: -body.count)..<content.upperBound
    }
  }

  private mutating func measure(_ text: String) {
    guard kind != .comment && kind != .separator else { return }
    let shape = LineWordCounts(text[content])
    wordCount = shape.words
    isCapitalised = shape.words > 0 && shape.capitalised == shape.chunks
    isMostlyCapitalised = shape.capitalOrDigit * 2 >= shape.chunks
    plain = Self.plainText(text[content])
    let tail = plain.unicodeScalars.reversed().drop { "\"'”’)]» ".unicodeScalars.contains($0) }
    endsSentence = tail.first.map { ".!?…".unicodeScalars.contains($0) } ?? false
    endsWithColon = tail.first == ":"
    endsWithAbbreviation =
      endsSentence && wordCount <= 8
      && SentenceSplitter.endsWithAbbreviation(String(text[content]))
    isGreeting = kind != .bullet && LetterLineShape.isGreeting(plain, words: wordCount)
    isSignOff = kind != .bullet && LetterLineShape.isSignOff(plain, words: wordCount)
    isContact = LetterLineShape.isContact(plain)
    isDate = LetterLineShape.isDate(plain, words: wordCount)
    isDocumentTitle = wordCount <= 8 && ScalarClass.containsFolded(Substring(plain), "cover letter")
  }
}

/// Counts of a line's whitespace-separated chunks, in one pass over its scalars.
struct LineWordCounts {
  /// Chunks with a letter or digit.
  var words = 0
  var chunks = 0
  /// Chunks whose first letter is a capital, or that are name particles ("van", "de").
  var capitalised = 0
  /// Chunks whose first letter or digit is a capital or a digit.
  var capitalOrDigit = 0

  private static let particles: Set<String> = [
    "de", "da", "del", "della", "van", "von", "der", "den", "la", "le", "y", "bin", "al", "dos",
  ]

  init(_ line: Substring) {
    var hasDigit = false
    let scalars = line.unicodeScalars
    var index = scalars.startIndex
    while index < scalars.endIndex {
      guard !ScalarClass.isWhitespace(scalars[index]) else {
        index = scalars.index(after: index)
        continue
      }
      let start = index
      var first: Unicode.Scalar?
      var digit = false
      while index < scalars.endIndex, !ScalarClass.isWhitespace(scalars[index]) {
        let scalar = scalars[index]
        if first == nil, ScalarClass.isWord(scalar) { first = scalar }
        if ScalarClass.isDigit(scalar) { digit = true }
        index = scalars.index(after: index)
      }
      chunks += 1
      guard let first else { continue }
      words += 1
      let upper = ScalarClass.isUppercase(first)
      if upper || ScalarClass.isDigit(first) { capitalOrDigit += 1 }
      if digit { hasDigit = true }
      if upper || Self.particles.contains(String(line[start..<index])) { capitalised += 1 }
    }
    if hasDigit { capitalised = 0 }
  }
}
