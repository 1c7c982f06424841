/// An HTML job description embedded in JSON, turned into structured lines.
enum JobDescriptionText {
  private static let htmlTag = Pattern(#"</?[a-zA-Z]+[^>]*>"#, caseSensitive: true)

  /// Lines of `text` (HTML, or plain text with newlines), all placed at source `line`.
  static func lines(_ text: String, line: Int) -> [TextLine] {
    var html = text
    if html.contains("&lt;") { html = HTMLEntities.decode(html) }
    let isHTML = htmlTag.matches(html)
    let file = InputFile(name: "description", text: html, format: isHTML ? .html : .text)
    return TextDocument(file).lines.map {
      var copy = $0
      copy.line = line
      // "<br>- 2 years of ICU": a dash typed as a bullet in HTML is a list item.
      if copy.kind == .text, let first = copy.text.first, "-*•–".contains(first),
        let item = BulletMarker.strip(copy.text)
      {
        copy.text = item
        copy.kind = .bullet
        copy.level = 1
      }
      return copy
    }
  }
}
