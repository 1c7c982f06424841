/// The `<title>` of an HTML page, which the browser shows on its tab and the text readers
/// otherwise drop with the rest of `<head>`: "Bank Teller - Harborview Credit Union".
enum HTMLTitle {
  /// The title's text with entities decoded and spaces collapsed, and its 1-based line;
  /// nil when the page has none or it is empty.
  static func find(in html: String) -> SourcedValue? {
    // Only the head holds the title: the first few kilobytes, in either case.
    let head = String(html.utf8.prefix(8_192)) ?? html
    guard let open = head.byteRange(of: "<title") ?? head.byteRange(of: "<TITLE"),
      let start = head.byteRange(of: ">", from: open.upperBound)?.upperBound,
      let close = head.byteRange(of: "</", from: start)
    else { return nil }
    let text = HTMLEntities.decode(String(head[start..<close.lowerBound]))
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    guard !text.isEmpty else { return nil }
    let line = head[..<open.lowerBound].utf8.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
    return SourcedValue(text: text, line: line)
  }
}
