/// Renders a ``Document`` as one standalone, printable HTML page with inline CSS.
///
/// The print stylesheet sets the paper size and margins so a letter prints on one page
/// with the same type sizes as the PDF writer.
public enum DocumentHTML {
  /// The whole page, from `<!DOCTYPE html>` to `</html>`; blocks in `raggedBlocks` stay
  /// ragged even when the style justifies.
  public static func render(
    _ document: Document, style: DocumentStyle, raggedBlocks: Set<Int> = []
  ) -> String {
    var body: [String] = []
    var listOpen = false
    for (index, block) in document.blocks.enumerated() {
      let isBullet: Bool
      if case .bullet = block { isBullet = true } else { isBullet = false }
      if isBullet != listOpen {
        body.append(isBullet ? "<ul>" : "</ul>")
        listOpen = isBullet
      }
      body.append(html(block, ragged: raggedBlocks.contains(index)))
    }
    if listOpen { body.append("</ul>") }
    let author = document.author.map { "\n<meta name=\"author\" content=\"\(escape($0))\">" }
    return """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(escape(document.title))</title>\(author ?? "")
      <style>
      \(css(style))
      </style>
      </head>
      <body>
      <main class="page">
      \(body.joined(separator: "\n"))
      </main>
      </body>
      </html>

      """
  }

  static func html(_ block: DocumentBlock, ragged: Bool = false) -> String {
    let attribute = ragged ? " class=\"ragged\"" : ""
    switch block {
    case .heading(let text, let level):
      let tag = "h\(min(max(level, 1), 6))"
      return "<\(tag)>\(escape(text))</\(tag)>"
    case .paragraph(let text): return "<p\(attribute)>\(running(text))</p>"
    case .bullet(let text): return "<li\(attribute)>\(running(text))</li>"
    case .lines(let lines):
      return "<p class=\"lines\">" + lines.map(escape).joined(separator: "<br>\n") + "</p>"
    case .spacer(let points):
      return "<div class=\"spacer\" style=\"height: \(format(points))pt\"></div>"
    }
  }

  static func css(_ style: DocumentStyle) -> String {
    let paper = style.paper == .letter ? "letter" : "A4"
    let align = style.alignment == .justified ? "justify" : "left"
    let width = style.paper.size.width - 2 * style.margin
    return """
      @page { size: \(paper); margin: \(format(style.margin))pt; }
      html { background: #e9e9e9; }
      body { margin: 0; color: #111; }
      .page { box-sizing: border-box; max-width: \(format(width + 2 * style.margin))pt;
        margin: 24pt auto; padding: \(format(style.margin))pt; background: #fff;
        font-family: "\(style.fontFamily)", "Liberation Serif", "Times New Roman", serif;
        font-size: \(format(style.fontSize))pt; line-height: 1.3; font-kerning: normal;
        hyphens: manual; orphans: 2; widows: 2; }
      p { margin: 0 0 0.75em; text-align: \(align); }
      p.lines { text-align: left; break-inside: avoid; }
      .nb { white-space: nowrap; }
      .ragged { text-align: left; }
      h1 { font-size: 1.45em; margin: 0 0 0.2em; }
      h2 { font-size: 1.1em; margin: 1em 0 0.4em; break-after: avoid; }
      h3, h4, h5, h6 { font-size: 1em; margin: 0.8em 0 0.3em; break-after: avoid; }
      ul { margin: 0 0 0.75em; padding-left: 1.4em; }
      li { margin: 0 0 0.25em; text-align: \(align); }
      @media print {
        html, body { background: none; }
        .page { margin: 0; padding: 0; max-width: none; box-shadow: none; }
      }
      """
  }

  /// Running text, escaped, with names and technologies that carry a hyphen or slash kept
  /// on one line.
  static func running(_ text: String) -> String {
    text.split(separator: " ", omittingEmptySubsequences: false).map { word in
      DocumentBlock.keepsTogether(word)
        ? "<span class=\"nb\">\(escape(String(word)))</span>" : escape(String(word))
    }.joined(separator: " ")
  }

  static func format(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(value)
  }

  /// Escapes the five characters HTML gives meaning to.
  static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }
}
