/// A cover letter read into its parts, paragraphs, sentences and words, each with its place
/// in the file.
///
/// Line endings are unified (CRLF and lone CR become LF) without changing line numbers, so
/// every ``SourcePosition`` points at the same line and column in the original file. YAML
/// front matter at the top of a Markdown letter is not letter text: its lines are kept
/// empty, so it is neither reviewed nor counted.
/// Columns count characters (grapheme clusters), starting at 1.
public struct LetterText: Sendable {
  /// The letter's text with line endings unified to `\n`.
  public let text: String
  /// Every paragraph in reading order: header, greeting, body, sign-off, signature.
  public let paragraphs: [LetterText.Paragraph]
  /// What follows the signature (notes, keyword lists, a second draft), if anything.
  public let trailing: TrailingText?
  /// Rule ids silenced by `candor-disable` comment lines; `all` silences every rule.
  public let disabledRules: Set<String>
  /// Index of the first character of each line.
  let lineStarts: [String.Index]

  /// Reads `text` into the letter's structure. Never fails: any text gives some structure.
  public init(_ text: String) {
    let unified = FrontMatter.blanked(Self.unifyLineEndings(text))
    self.text = unified
    lineStarts = Self.lineStarts(of: unified)
    let lines = LetterLine.classify(unified, lineStarts: lineStarts)
    disabledRules = Set(lines.flatMap(\.disabledRules))
    let layout = LetterLayout(lines)
    paragraphs = ParagraphBuilder(text: unified, lines: lines).paragraphs(for: layout)
    trailing = layout.trailing.map { part in
      TrailingText(
        line: part.firstLine, kind: part.kind,
        range: lines[part.lines.lowerBound].range
          .lowerBound..<lines[part.lines.upperBound - 1]
          .range.upperBound)
    }
  }

  /// The paragraphs that carry the letter's argument, between greeting and sign-off.
  public var body: [LetterText.Paragraph] { paragraphs.filter { $0.role == .body } }

  /// The salutation line ("Dear Ms. Chen,"), if the letter has one.
  public var greeting: LetterText.Paragraph? { paragraphs.first { $0.role == .greeting } }

  /// The closing line ("Sincerely,"), if the letter has one.
  public var signOff: LetterText.Paragraph? { paragraphs.first { $0.role == .signOff } }

  /// Words in the body paragraphs.
  public var bodyWordCount: Int { body.reduce(0) { $0 + $1.wordCount } }

  /// The body's text, paragraphs separated by blank lines.
  public var bodyText: String {
    body.map { String(text[$0.range]) }.joined(separator: "\n\n")
  }

  /// The line and column of `index` in the original file.
  public func position(of index: String.Index) -> SourcePosition {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= index { low = middle } else { high = middle - 1 }
    }
    let column = text.distance(from: lineStarts[low], to: index) + 1
    return SourcePosition(line: low + 1, column: column)
  }

  /// The whole line (without its line break) that contains `index`.
  public func lineText(containing index: String.Index) -> Substring {
    let line = position(of: index).line
    let start = lineStarts[line - 1]
    let end = text[start...].firstIndex(of: "\n") ?? text.endIndex
    return text[start..<end]
  }

  static func unifyLineEndings(_ text: String) -> String {
    guard text.utf8.contains(0x0D) else { return text }
    return text.replacingOccurrences(of: "\r\n", with: "\n")
      .replacingOccurrences(of: "\r", with: "\n")
  }

  private static func lineStarts(of text: String) -> [String.Index] {
    var starts = [text.startIndex]
    let bytes = text.utf8
    var index = bytes.startIndex
    while let newline = bytes[index...].firstIndex(of: 0x0A) {
      index = bytes.index(after: newline)
      starts.append(index)
    }
    return starts
  }
}

/// A 1-based line and column in a file.
public struct SourcePosition: Sendable, Codable, Equatable, Hashable, Comparable {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}

extension LetterText {
  /// One paragraph of a letter and its sentences.
  public struct Paragraph: Sendable {
    /// Which part of the letter a paragraph belongs to.
    public enum Role: String, Sendable, Codable {
      /// Sender's contact lines, date and recipient address above the greeting.
      case header
      case greeting
      /// A Markdown heading inside the letter.
      case heading
      case body
      case signOff
      /// Name and contact lines after the sign-off.
      case signature
    }

    public var role: Role
    /// From the first character of the first line to the last character of the last.
    public var range: Range<String.Index>
    public var sentences: [LetterText.Sentence]
    /// The paragraph is mostly a bulleted or numbered list.
    public var isList: Bool
    /// The 1-based line the paragraph starts on.
    public var firstLine: Int

    public var wordCount: Int { sentences.reduce(0) { $0 + $1.wordCount } }
  }
}

extension LetterText {
  /// One sentence, or one list item without a full stop.
  public struct Sentence: Sendable {
    public var range: Range<String.Index>
    public var words: [LetterWord]
    public var isListItem: Bool
    /// Which list item or run of lines in the paragraph the sentence belongs to (from 0).
    public var item: Int

    /// Words as a reader counts them, and as `candor write` counts its own letters: runs of
    /// text between spaces that hold a letter or digit ("I'm", "HEC-RAS" and "24/7" count
    /// once; see `WordCount.words`).
    public var wordCount: Int
  }
}

/// A word with its folded form for matching.
///
/// Contractions give two words over the same range: "I'm" is `i` and `am`; a possessive
/// "'s" is dropped from the key ("Northwind's" has key `northwind`).
public struct LetterWord: Sendable, Hashable {
  public var range: Range<String.Index>
  /// Lowercased, with typographic apostrophes made plain and contractions expanded.
  public var key: String
  /// The first character is an uppercase letter.
  public var isCapitalized: Bool

  /// The text between `first` and a later word `second`: empty when they share or overlap
  /// a range, as a contraction's two words do, so no caller slices backwards.
  static func gap(_ first: LetterWord, _ second: LetterWord, in text: String) -> Substring {
    guard first.range.upperBound <= second.range.lowerBound else {
      return text[first.range.upperBound..<first.range.upperBound]
    }
    return text[first.range.upperBound..<second.range.lowerBound]
  }
}

/// Text found after the signature.
public struct TrailingText: Sendable, Equatable {
  /// What the text after the signature appears to be.
  public enum Kind: String, Sendable, Codable {
    /// Notes, keyword lists or form answers left in.
    case notes
    /// The start of another letter.
    case secondDraft
  }

  public var line: Int
  public var kind: Kind
  public var range: Range<String.Index>
}
