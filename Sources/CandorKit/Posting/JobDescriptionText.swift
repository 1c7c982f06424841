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
      return copy
    }
  }
}
