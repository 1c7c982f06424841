import Foundation

/// A text, Markdown or HTML file read into cleaned, structured lines.
///
/// Posting and resume readers work on this one shape whatever the file's format.
public struct TextDocument: Sendable {
  /// The document's lines in reading order, blank lines kept as paragraph breaks.
  public var lines: [TextLine]
  /// Key–value pairs from YAML front matter, keys lowercased.
  public var frontMatter: [String: String]
  /// Bodies of `<script type="application/ld+json">` blocks.
  public var jsonLD: [String]
  public var format: InputFormat

  public init(_ file: InputFile) {
    let cleaned = TextCleaner.clean(file.text, keepingMarkup: file.format == .html)
    format = file.format
    jsonLD = []
    frontMatter = [:]
    switch file.format {
    case .html:
      let html = HTMLText(cleaned)
      lines = Self.splitEmbeddedBreaks(html.lines)
      jsonLD = html.jsonLD.map { HTMLEntities.decode($0) }
    case .markdown:
      let (front, body, firstLine) = FrontMatter.split(cleaned)
      frontMatter = front
      lines = MarkdownText.lines(body, firstLine: firstLine)
    case .text, .json:
      lines = PlainText.lines(cleaned)
    }
  }

  /// The non-blank lines' text joined with newlines.
  public var plainText: String {
    lines.filter { !$0.isBlank }.map(\.text).joined(separator: "\n")
  }

  private static func splitEmbeddedBreaks(_ lines: [TextLine]) -> [TextLine] {
    lines.map { line in
      var copy = line
      copy.text = line.text.trimmingSpaces()
      return copy
    }
  }
}

/// YAML front matter at the top of Markdown files (`---` … `---`).
enum FrontMatter {
  /// Returns the parsed pairs, the body after the front matter, and the body's first line.
  static func split(_ text: String) -> ([String: String], String, Int) {
    guard text.hasPrefix("---\n") || text.hasPrefix("---\r") else { return ([:], text, 1) }
    let rows = text.lineFeedRows
    guard let close = rows.dropFirst().firstIndex(where: { $0 == "---" || $0 == "..." }) else {
      return ([:], text, 1)
    }
    var pairs: [String: String] = [:]
    var lastKey: String?
    for row in rows[1..<close] {
      let trimmed = row.trimmingSpaces()
      if trimmed.hasPrefix("- "), let key = lastKey {
        let item = unquote(String(trimmed.dropFirst(2)))
        pairs[key] = pairs[key].map { $0.isEmpty ? item : "\($0), \(item)" } ?? item
        continue
      }
      guard !row.hasPrefix(" "), let colon = row.firstIndex(of: ":") else { continue }
      let key = row[..<colon].trimmingSpaces().lowercased()
      let value = unquote(row[row.index(after: colon)...].trimmingSpaces())
      pairs[key] = value
      lastKey = key
    }
    // The rows after the closing one, joined again: the rest of the text as it stands.
    let body = close + 1 < rows.count ? String(text[rows[close + 1].startIndex...]) : ""
    return (pairs, body, close + 2)
  }

  private static func unquote(_ value: String) -> String {
    var result = value
    if result.count >= 2, let first = result.first, first == "\"" || first == "'",
      result.last == first
    {
      result = String(result.dropFirst().dropLast())
    }
    return result == "|" || result == ">" ? "" : result
  }
}

/// Plain text, including text extracted from PDFs.
enum PlainText {
  static func lines(_ text: String) -> [TextLine] {
    let body = expandLiteralNewlines(text)
    return body.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated().map {
      classify(String(Substring($0.element)), line: $0.offset + 1)
    }
  }

  /// Exports that wrote "\n" as two characters instead of a line break.
  private static func expandLiteralNewlines(_ text: String) -> String {
    var literal = 0
    var real = 0
    var afterBackslash = false
    for byte in text.utf8 {
      if byte == 0x0A { real += 1 }
      if afterBackslash, byte == UInt8(ascii: "n") { literal += 1 }
      afterBackslash = byte == UInt8(ascii: "\\")
    }
    guard literal >= 3 && literal > real / 4 else { return text }
    return text.replacingOccurrences(of: "\\n", with: "\n")
  }

  private static func classify(_ raw: String, line: Int) -> TextLine {
    let indent = raw.prefix(while: { $0 == " " }).count
    let trimmed = joinSpacedLetters(raw.trimmingSpaces())
    if trimmed.isEmpty { return TextLine("", kind: .blank, line: line) }
    if let body = BulletMarker.strip(trimmed) {
      return TextLine(body, kind: .bullet, level: 1 + indent / 4, line: line)
    }
    return TextLine(
      trimmed.hasBytes("   ") ? runOfSpaces.replacing(in: trimmed, with: "  ") : trimmed,
      line: line)
  }

  private static let runOfSpaces = Pattern("  +", caseSensitive: true)

  /// "E X P E R I E N C E" → "EXPERIENCE"; words stay apart where the gap was wider.
  static func joinSpacedLetters(_ line: String) -> String {
    guard mayBeSpacedLetters(line) else { return line }
    let tokens = line.split(separator: " ", omittingEmptySubsequences: false)
    let letters = tokens.filter { $0.count == 1 }.count
    guard tokens.count >= 4, letters * 10 >= tokens.count * 8 else { return line }
    let words = line.components(separatedBy: "  ").map {
      $0.replacingOccurrences(of: " ", with: "")
    }
    return words.filter { !$0.isEmpty }.joined(separator: " ")
  }

  /// False when too few space-separated tokens could be single characters: a byte count
  /// over-counts them (a token of a few bytes may be one character), so it never misses.
  private static func mayBeSpacedLetters(_ line: String) -> Bool {
    var tokens = 1
    var short = 0
    var length = 0
    var nonASCII = false
    for byte in line.utf8 {
      if byte == 0x20 {
        if length <= 4 || nonASCII { short += 1 }
        tokens += 1
        length = 0
        nonASCII = false
      } else {
        length += 1
        nonASCII = nonASCII || byte >= 0x80
      }
    }
    if length <= 4 || nonASCII { short += 1 }
    return tokens >= 4 && short * 10 >= tokens * 8
  }
}
