import Foundation

/// Turns HTML, however broken, into structured lines of visible text.
///
/// A small tolerant tokenizer rather than a full parser: unclosed and mismatched tags
/// are harmless because only block boundaries, headings and list items matter here.
/// Scripts, styles and page furniture (navigation, forms, asides) are dropped; the
/// contents of `application/ld+json` scripts are collected for the readers.
struct HTMLText {
  private(set) var lines: [TextLine] = []
  private(set) var jsonLD: [String] = []
  /// Indexes of lines that follow a `<br>` in the same block instead of starting a new one.
  private(set) var brokenLines: Set<Int> = []

  /// When true, newlines in text are kept (Markdown with inline HTML); otherwise
  /// whitespace runs collapse to one space as a browser shows them.
  private let keepsNewlines: Bool
  private var pending = ""
  private var pendingLine = 1
  private var pendingKind = TextLine.Kind.text
  private var pendingLevel = 0
  private var listDepth = 0
  private var boldDepth = 0
  private var boldChars = 0
  private var skipUntil: String?
  private var currentLine = 1
  private var afterBreak = false
  /// True after a row's header cell until a data cell follows it.
  private var afterHeaderCell = false

  init(_ html: String, keepsNewlines: Bool = false) {
    self.keepsNewlines = keepsNewlines
    convert(html)
  }

  private static let blockTags: Set<String> = [
    "p", "div", "section", "article", "header", "main", "table", "tr", "ul", "ol", "dl",
    "dt", "dd", "blockquote", "pre", "hr", "body", "html", "center", "figure", "address",
    "tbody", "thead", "tfoot", "caption", "fieldset", "legend", "details", "summary",
  ]
  private static let skippedTags: Set<String> = [
    "script", "style", "noscript", "nav", "aside", "form", "button", "select", "svg",
    "iframe", "template", "footer", "head", "object", "canvas", "textarea", "map",
  ]

  /// Walks the UTF-8 bytes: every mark that matters is ASCII, and each cut falls before or
  /// after one, so every piece is whole UTF-8.
  private mutating func convert(_ html: String) {
    let chars = Array(html.utf8)
    var index = 0
    var textStart = 0
    while index < chars.count {
      guard chars[index] == UInt8(ascii: "<"), index + 1 < chars.count,
        Self.startsTag(chars, at: index + 1)
      else {
        index += 1
        continue
      }
      appendText(chars, textStart, index)
      let end = Self.tagEnd(chars, from: index)
      let raw = Self.text(chars, index, end)
      countNewlines(chars, index, end)
      index = end
      textStart = end
      handleTag(raw, chars: chars, index: &index)
      textStart = index
    }
    appendText(chars, textStart, chars.count)
    flush()
  }

  /// The text of the bytes `from..<to`, which start and end at whole characters.
  private static func text(_ chars: [UInt8], _ from: Int, _ to: Int) -> String {
    String(decoding: chars[from..<to], as: UTF8.self)
  }

  /// True when the character at `index` can follow "<" in a tag: "/", "!", "?" or a letter.
  private static func startsTag(_ chars: [UInt8], at index: Int) -> Bool {
    let byte = chars[index]
    if byte < 0x80 {
      return byte == UInt8(ascii: "/") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
        || Unicode.Scalar(byte).properties.isAlphabetic
    }
    var end = index + 1
    while end < chars.count, chars[end] & 0xC0 == 0x80 { end += 1 }
    return text(chars, index, end).unicodeScalars.first?.properties.isAlphabetic ?? false
  }

  /// The index after the tag opening at `start`, honouring quotes and comments.
  private static func tagEnd(_ chars: [UInt8], from start: Int) -> Int {
    if chars[start...].starts(with: "<!--".utf8) {
      var index = start + 4
      while index + 2 < chars.count {
        if chars[index] == UInt8(ascii: "-") && chars[index + 1] == UInt8(ascii: "-")
          && chars[index + 2] == UInt8(ascii: ">")
        {
          return index + 3
        }
        index += 1
      }
      return chars.count
    }
    var quote: UInt8?
    var index = start + 1
    while index < chars.count {
      let char = chars[index]
      if let open = quote {
        if char == open { quote = nil }
      } else if char == UInt8(ascii: "\"") || char == UInt8(ascii: "'") {
        quote = char
      } else if char == UInt8(ascii: ">") {
        return index + 1
      } else if char == UInt8(ascii: "<") && index > start + 1 {
        return index  // a stray "<" inside a broken tag starts the next one
      }
      index += 1
    }
    return chars.count
  }

  private mutating func countNewlines(_ chars: [UInt8], _ from: Int, _ to: Int) {
    for index in from..<to where chars[index] == 0x0A { currentLine += 1 }
  }

  private mutating func appendText(_ chars: [UInt8], _ from: Int, _ to: Int) {
    guard from < to else { return }
    let raw = Self.text(chars, from, to)
    defer { countNewlines(chars, from, to) }
    guard skipUntil == nil else { return }
    if keepsNewlines {
      appendPreservingNewlines(raw)
      return
    }
    let text = HTMLEntities.decode(raw)
    let collapsed = Self.collapsingWhitespace(text)
    if collapsed.isEmpty {
      if !pending.isEmpty, text.contains(where: \.isWhitespace) { pending += " " }
      return
    }
    if pending.isEmpty { pendingLine = currentLine + Self.leadingNewlines(raw) }
    if !pending.isEmpty, !pending.hasSuffix(" "), text.first?.isWhitespace == true {
      pending += " "
    }
    pending += collapsed
    if text.last?.isWhitespace == true { pending += " " }
    if boldDepth > 0 { boldChars += Self.visibleCount(collapsed) }
  }

  private mutating func appendPreservingNewlines(_ raw: String) {
    let parts = raw.lineFeedRows
    for (offset, part) in parts.enumerated() {
      if offset > 0 { flush() }
      if pending.isEmpty { pendingLine = currentLine + offset }
      pending += HTMLEntities.decode(String(part))
      if boldDepth > 0 { boldChars += Self.visibleCount(part) }
    }
  }

  /// The words of `text` joined by single spaces: `split(whereSeparator: \.isWhitespace)`
  /// joined with " ", done on bytes when the text is ASCII.
  private static func collapsingWhitespace(_ text: String) -> String {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
      return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var spaceDue = false
    for byte in text.utf8 {
      if byte == 0x20 || (0x09...0x0D).contains(byte) {
        spaceDue = !bytes.isEmpty
        continue
      }
      if spaceDue { bytes.append(0x20) }
      spaceDue = false
      bytes.append(byte)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The characters of `text` that are not whitespace. ASCII text is counted by bytes: an
  /// ASCII character is one byte but "\r\n", whose bytes are both whitespace.
  private static func visibleCount(_ text: some StringProtocol) -> Int {
    let bytes = text.utf8
    guard bytes.allSatisfy({ $0 < 0x80 }) else {
      return text.reduce(0) { $0 + ($1.isWhitespace ? 0 : 1) }
    }
    return bytes.count { $0 != 0x20 && !(0x09...0x0D).contains($0) }
  }

  private static func leadingNewlines(_ raw: String) -> Int {
    raw.prefix(while: \.isWhitespace).filter { $0 == "\n" }.count
  }

  private mutating func handleTag(_ raw: String, chars: [UInt8], index: inout Int) {
    if raw.hasPrefix("<!") || raw.hasPrefix("<?") { return }
    let isClosing = raw.hasPrefix("</")
    let name = Self.tagName(raw)
    // JSON-LD usually sits in <head>, which is otherwise skipped.
    if !isClosing && name == "script" && raw.lowercased().contains("ld+json") {
      index = collectScript(chars, from: index)
      return
    }
    if let skipped = skipUntil {
      if isClosing && name == skipped { skipUntil = nil }
      return
    }
    if !isClosing && Self.skippedTags.contains(name) && !raw.hasSuffix("/>") {
      skipUntil = name
      return
    }
    switch name {
    case "br":
      flush()
      afterBreak = true
    case "h1", "h2", "h3", "h4", "h5", "h6":
      flush()
      if !isClosing {
        pendingKind = .heading
        pendingLevel = Int(String(name.last!)) ?? 2
      }
    case "li":
      flush()
      if !isClosing {
        pendingKind = .bullet
        pendingLevel = max(1, listDepth)
      }
    case "ul", "ol":
      flush()
      listDepth = max(0, listDepth + (isClosing ? -1 : 1))
    case "strong", "b":
      if isClosing {
        boldDepth = max(0, boldDepth - 1)
      } else {
        if pending.trimmingSpaces().isEmpty { boldChars = 0 }
        boldDepth += 1
      }
    case "td", "th":
      // A browser closes a cell's unclosed "<b>" with the cell.
      boldDepth = 0
      // "<th>Location</th><td>Fort Collins, CO</td>": a label cell and its value.
      if !isClosing, name == "td", afterHeaderCell, !pending.isEmpty {
        while pending.hasSuffix(" ") { pending.removeLast() }
        if !pending.hasSuffix(":") { pending += ":" }
      } else if !isClosing, !pending.trimmingSpaces().isEmpty {
        // "<td>Volt &amp; Vine Electric, LLC</td><td>Tulsa, OK": each cell is a field of its
        // own, so a cell opens a line.
        flush()
      }
      if !isClosing { afterHeaderCell = name == "th" }
      if !pending.isEmpty && !pending.hasSuffix(" ") { pending += " " }
    default:
      if Self.blockTags.contains(name) { flush() }
    }
  }

  /// Reads a JSON-LD script's body verbatim and returns the index after `</script>`.
  private mutating func collectScript(_ chars: [UInt8], from start: Int) -> Int {
    let closing = Array("</script".utf8)
    var index = start
    while index < chars.count {
      if chars[index] == UInt8(ascii: "<"), index + closing.count <= chars.count,
        zip(chars[index...], closing).allSatisfy({ Self.asciiLowercased($0) == $1 })
      {
        break
      }
      index += 1
    }
    jsonLD.append(Self.text(chars, start, index))
    countNewlines(chars, start, index)
    return index < chars.count ? Self.tagEnd(chars, from: index) : index
  }

  private static func asciiLowercased(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
  }

  private static func tagName(_ raw: String) -> String {
    let body = raw.drop(while: { $0 == "<" || $0 == "/" })
    return String(body.prefix(while: { $0.isLetter || $0.isNumber })).lowercased()
  }

  /// Ends the current line. A short line that was entirely bold becomes a heading,
  /// as in `<p><strong>Requirements</strong></p>`.
  private mutating func flush() {
    var text = pending.trimmingSpaces()
    if !text.isEmpty {
      var kind = pendingKind
      var level = pendingLevel
      // "<p>&#8226; Item<br>&#8226; Item</p>": a list drawn with bullet characters.
      if kind == .text, let first = text.unicodeScalars.first, first.value >= 0x80,
        BulletMarker.symbols.contains(Character(first)), let item = BulletMarker.strip(text)
      {
        text = item
        kind = .bullet
        level = max(1, listDepth)
      }
      if kind == .text, boldChars >= Self.visibleCount(text), text.count <= 70 {
        kind = .heading
        level = 4
      }
      if afterBreak { brokenLines.insert(lines.count) }
      lines.append(TextLine(text, kind: kind, level: level, line: pendingLine))
    }
    afterBreak = false
    pending = ""
    pendingKind = .text
    pendingLevel = 0
    boldChars = 0
  }
}
