import Foundation

/// Reads Markdown line by line into structured lines: ATX and setext headings, bullets
/// and numbered items, with inline markup (emphasis, links, code, images) removed.
///
/// A line-based reader keeps each line's position in the file, which evidence and
/// findings point back to. Inline HTML, common in job boards' Markdown, goes through
/// ``HTMLText`` first with newlines kept.
enum MarkdownText {
  static func lines(_ body: String, firstLine: Int) -> [TextLine] {
    let source: [TextLine]
    if body.hasBytes("<"), htmlTag.matches(body) {
      source = HTMLText(body, keepsNewlines: true).lines.map {
        var copy = $0
        copy.line += firstLine - 1
        return copy
      }
    } else {
      source = body.lineFeedRows.enumerated().map {
        TextLine(String($0.element), line: firstLine + $0.offset)
      }
    }
    return structure(source)
  }

  private static let htmlTag = Pattern(#"</?[a-zA-Z][a-zA-Z0-9]*[\s>/]"#, caseSensitive: true)

  private static func structure(_ source: [TextLine]) -> [TextLine] {
    var result: [TextLine] = []
    var inFence = false
    for item in source {
      let raw = item.text
      let trimmed = raw.trimmingSpaces()
      if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
        inFence.toggle()
        continue
      }
      if inFence {
        result.append(TextLine(trimmed, line: item.line))
        continue
      }
      if item.kind != .text {
        result.append(
          TextLine(inline(item.text), kind: item.kind, level: item.level, line: item.line))
        continue
      }
      if let previous = result.last, previous.kind == .text, isSetextUnderline(trimmed) {
        result[result.count - 1].kind = .heading
        result[result.count - 1].level = trimmed.hasPrefix("=") ? 1 : 2
        continue
      }
      result.append(classify(raw, line: item.line))
    }
    return result
  }

  private static func isSetextUnderline(_ line: String) -> Bool {
    line.count >= 2 && (line.allSatisfy { $0 == "=" } || line.allSatisfy { $0 == "-" })
  }

  private static func classify(_ raw: String, line: Int) -> TextLine {
    let indent = raw.prefix(while: { $0 == " " || $0 == "\t" }).count
    var trimmed = raw.trimmingSpaces()
    if trimmed.isEmpty { return TextLine("", kind: .blank, line: line) }
    if trimmed.hasSuffix("\\") { trimmed.removeLast() }
    if trimmed.hasPrefix("#") {
      let hashes = trimmed.prefix(while: { $0 == "#" }).count
      let rest = trimmed.dropFirst(hashes)
      if hashes <= 6, rest.isEmpty || rest.first == " " {
        let title = rest.trimming(charactersIn: " #")
        return TextLine(inline(title), kind: .heading, level: hashes, line: line)
      }
    }
    if trimmed.allSatisfy({ "-*_ ".contains($0) }) && trimmed.filter({ $0 != " " }).count >= 3 {
      return TextLine("", kind: .blank, line: line)  // thematic break
    }
    if trimmed.hasPrefix(">") {
      trimmed = trimmed.drop(while: { $0 == ">" || $0 == " " }).description
    }
    if let body = BulletMarker.strip(trimmed) {
      return TextLine(inline(body), kind: .bullet, level: 1 + indent / 2, line: line)
    }
    let text = inline(trimmed)
    if isWhollyBold(trimmed), text.count <= 70 {
      return TextLine(text, kind: .heading, level: 4, line: line)
    }
    return TextLine(text, line: line)
  }

  private static func isWhollyBold(_ line: String) -> Bool {
    let core = line.trimming(charactersIn: " :")
    return
      (core.hasPrefix("**") && core.hasSuffix("**") && core.count > 4
      && !core.dropFirst(2).dropLast(2).contains("**"))
      || (core.hasPrefix("__") && core.hasSuffix("__") && core.count > 4)
  }

  /// Removes inline markup, keeping the words a reader sees.
  static func inline(_ text: String) -> String {
    guard text.utf8.contains(where: isMark) else { return text }
    var result = text
    for (pattern, template) in inlineMarkup {
      result = pattern.replacing(in: result, with: template)
    }
    return result.trimmingSpaces()
  }

  /// The bytes that can open inline markup.
  private static func isMark(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "["),
      UInt8(ascii: "!"), UInt8(ascii: "<"), UInt8(ascii: "\\"):
      return true
    default: return false
    }
  }

  /// Each expression with the marks it needs, so lines without them skip it.
  private static let inlineMarkup: [(Pattern, String)] = [
    (#"!\[([^\]]*)\]\([^)]*\)"#, "", ["!["]),  // images
    (#"\[([^\]]+)\]\([^)]*\)"#, "$1", ["]("]),  // inline links
    (#"\[([^\]]+)\]\[[^\]]*\]"#, "$1", ["]["]),  // reference links
    (#"<(https?://[^>]+)>"#, "$1", ["<http"]),  // autolinks
    (#"`([^`]+)`"#, "$1", ["`"]),
    (#"(\*\*|__)(\S(?:.*?\S)?)\1"#, "$2", ["**", "__"]),
    (#"(?<![\w*])\*(\S(?:[^*]*?\S)?)\*(?![\w*])"#, "$1", ["*"]),
    (#"(?<![\w_])_(\S(?:[^_]*?\S)?)_(?![\w_])"#, "$1", ["_"]),
    (#"\\([\\`*_{}\[\]()#+\-.!])"#, "$1", ["\\"]),
  ].map { (Pattern($0.0, caseSensitive: true, requiring: $0.2), $0.1) }
}
