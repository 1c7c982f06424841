/// Removes the emphasis marks the line-by-line Markdown reader cannot pair: a bold phrase
/// wrapped over two lines ("our **Net-Zero" / "Schools** initiative") keeps its asterisks
/// on each line until the wrapped lines are joined.
enum InlineMarkup {
  /// The lines with emphasis marks removed: pairs in any text file, and in Markdown also
  /// a mark left alone at the edge of a word.
  static func strip(_ lines: [TextLine], format: InputFormat) -> [TextLine] {
    guard format != .html else { return lines }
    return lines.map { line in
      guard
        line.text.hasBytes("**") || line.text.hasBytes("__")
          || (format == .markdown && line.text.hasBytes("*"))
      else { return line }
      var copy = line
      copy.text = strong.replacing(in: copy.text, with: "$2")
      if format == .markdown {
        copy.text = MarkdownText.inline(copy.text)
        copy.text = dangling.replacing(in: copy.text, with: "")
      }
      return copy
    }
  }

  private static let strong = Pattern(#"(\*\*|__)(\S(?:.*?\S)?)\1"#)
  /// A run of "*" or "_" that opens a word at a line's start or after a space, or closes
  /// one before a space, punctuation or the line's end; also after a label's colon
  /// ("Talent Acquisition:**", the end of a bold label wrapped from the line above).
  private static let dangling = Pattern(
    #"(?:(?<=^|\s)(?:\*{1,3}|_{2,3})(?=[\p{L}\p{N}])"#
      + #"|(?<=[\p{L}\p{N}.!?])(?:\*{1,3}|_{2,3})(?=$|[\s.,;:!?)])"#
      + #"|(?<=[\p{L}\p{N}]:)(?:\*{1,3}|_{2,3})$)"#)
}
