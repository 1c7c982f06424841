import Foundation

/// Reads a resume file into ``ResumeLine``s: Markdown and HTML through ``TextDocument``;
/// plain text (and text extracted from PDFs) line by line, keeping the indentation and
/// columns that say how it was laid out.
enum ResumeLayout {
  static func read(_ file: InputFile) -> ResumeText {
    switch file.format {
    case .markdown, .html:
      let substituted = InputFile(
        name: file.name, text: IconBullets.replace(file.text), format: file.format)
      let document = TextDocument(substituted)
      let lines = document.lines.compactMap(structured)
      return ResumeText(lines: lines, wrapWidth: .max, frontMatter: document.frontMatter)
    case .text, .json:
      let columns = ColumnSplitter.split(PageFurniture.remove(SourceLine.read(file.text)))
      let (sources, runTogether) = RunTogetherColumns.split(columns)
      let lines = sources.compactMap(classify)
      return ResumeText(
        lines: lines, wrapWidth: wrapWidth(lines), columnsRunTogether: runTogether)
    }
  }

  private static func structured(_ line: TextLine) -> ResumeLine? {
    let text = LinkSyntax.strip(line.text)
    if LinkSyntax.isReferenceDefinition(line.text) { return nil }
    switch line.kind {
    case .blank: return .blank(at: line.line)
    case .heading: return ResumeLine(text: text, kind: .heading, line: line.line, level: line.level)
    case .bullet: return ResumeLine(text: text, kind: .bullet, line: line.line, level: line.level)
    case .text: return ResumeLine(text: text, kind: .text, line: line.line)
    }
  }

  /// Reads one plain-text line: its indentation, bullet mark and text.
  static func classify(_ source: SourceLine) -> ResumeLine? {
    let indent = source.text.prefix(while: { $0 == " " }).count
    var text = SpacedWords.join(PlainText.joinSpacedLetters(source.text.trimmingSpaces()))
    if LinkSyntax.isReferenceDefinition(text) { return nil }
    text = LinkSyntax.strip(text)
    if text.hasBytes("   ") {
      text = Self.spaceRun.replacing(in: text, with: "  ")
    }
    guard !text.isEmpty, !isRule(text) else { return .blank(at: source.line) }
    if let (marker, body) = Bullets.split(text) {
      return ResumeLine(
        text: body, kind: .bullet, line: source.line, indent: indent, marker: marker)
    }
    return ResumeLine(text: text, kind: .text, line: source.line, indent: indent)
  }

  private static let spaceRun = Pattern("   +", caseSensitive: true)
  /// "word -", "word:": a line that opens with a label rather than continuing a sentence.
  private static let labelStart = Pattern(#"^\w+ ?[-:]"#, caseSensitive: true)

  /// "-----", "=====", "_____": a drawn line between blocks.
  private static func isRule(_ text: String) -> Bool {
    // Most lines open with an ASCII byte no rule is drawn with: told without the characters.
    guard let first = text.utf8.first, first >= 0x80 || "-_=*~.".utf8.contains(first) else {
      return false
    }
    return text.allSatisfy { "-_=─━*~.".contains($0) } && text.hasCharacters(atLeast: 3)
  }

  /// The length full lines of running text reach: the typical length of lines that
  /// surely wrap (the next starts in lowercase).
  private static func wrapWidth(_ lines: [ResumeLine]) -> Int {
    let wrapped = zip(lines, lines.dropFirst()).filter { line, next in
      next.kind == .text && next.text.first?.isLowercase == true
        && line.text.hasCharacters(atLeast: 30) && !Self.labelStart.matches(next.text)
    }.map { $0.0.text.count + $0.0.indent }.sorted()
    // Text whose lines never wrap mid-sentence has one paragraph per line.
    return wrapped.count >= 3 ? max(40, wrapped[wrapped.count / 2]) : .max
  }
}

/// Bullet marks, including the ones ``BulletMarker`` leaves to resumes: "♦", "*Item",
/// a mark alone on its line.
enum Bullets {
  private static let extra: Set<Character> = [
    "♦", "◊", "❑", "❒", "✗", "⇒", "➔", "➜", "➣", "➥", "✦", "✧", "★", "☆", "◘", "◉", "⚬",
    "∎", "▸", "▹", "►", "❍", "¤", "♣", "⬧", "⬥", "◼", "◾", "▰",
  ]
  private static let alone: Set<Character> = ["*", "-", "+", "o", "·"]

  /// The mark and the item's text ("" for a mark alone), or nil when not a bullet.
  static func split(_ text: String) -> (Character, String)? {
    guard let first = text.first else { return nil }
    if text.hasCharacters(atMost: 1), alone.contains(first) || isMark(first) { return (first, "") }
    if text.allSatisfy({ isMark($0) || $0 == " " }) { return (first, "") }
    if let body = BulletMarker.strip(text) { return (first, body) }
    if extra.contains(first) || (first == "*" && text.dropFirst().first?.isLetter == true) {
      let body = text.dropFirst().drop(while: { $0 == " " })
      return body.isEmpty ? nil : (first, String(body))
    }
    return nil
  }

  private static func isMark(_ char: Character) -> Bool {
    BulletMarker.symbols.contains(char) || extra.contains(char)
  }
}

/// Link syntax left in resumes exported from Markdown: "[text](url)", "[text]", and
/// reference definitions "[text]: url".
enum LinkSyntax {
  static func strip(_ text: String) -> String {
    guard text.hasBytes("[") else { return text }
    var result = image.replacing(in: text, with: "")
    result = inlineLink.replacing(in: result, with: "$1")
    result = bracketed.replacing(in: result, with: "$1")
    return result
  }

  static func isReferenceDefinition(_ text: String) -> Bool {
    referenceDefinition.matches(text)
  }

  private static let image = Pattern(#"!\[[^\]]*\]\([^)]*\)"#, caseSensitive: true)
  private static let inlineLink = Pattern(#"\[([^\]]+)\]\([^)\s]*\)"#, caseSensitive: true)
  private static let bracketed = Pattern(#"\[([^\]]+)\](?!\()"#, caseSensitive: true)
  private static let referenceDefinition = Pattern(
    #"^\s*\[[^\]]+\]:\s*\S+\s*$"#, caseSensitive: true, requiring: ["]:"])
}
