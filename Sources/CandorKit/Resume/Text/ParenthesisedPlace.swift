/// "Northland Daily Tribune (Duluth, MN)", "Hartford, CT (Remote)": a place or a way of
/// working written in parentheses inside an entry's heading. It is a piece of its own, the
/// location, and never part of the employer or the title beside it.
enum ParenthesisedPlace {
  /// The separator a parenthesised place's piece carries, so joining writes it back in
  /// parentheses.
  static let separator = " ("

  /// The text before the first parenthesised place, the place, and the text after it; nil
  /// when no parenthesised part of `text` is a place.
  static func split(_ text: String) -> (before: String, place: String, after: String)? {
    var searchStart = text.startIndex
    while let open = text[searchStart...].firstIndex(of: "("),
      let close = text[open...].firstIndex(of: ")")
    {
      let inner = text[text.index(after: open)..<close].trimmingSpaces()
      if !inner.isEmpty, inner.count <= 40, LocationParser.isPlace(inner) {
        return (
          text[..<open].trimming(charactersIn: " ,|-–—:·•"), inner,
          String(text[text.index(after: close)...])
        )
      }
      searchStart = text.index(after: close)
    }
    return nil
  }
}
