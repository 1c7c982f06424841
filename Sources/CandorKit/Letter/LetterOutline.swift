/// Renders a ``LetterText`` as an indented outline: each paragraph with its role and line,
/// each sentence with its line, column and word count. Tests compare against this text.
public enum LetterOutline {
  public static func render(_ letter: LetterText) -> String {
    var lines: [String] = []
    for paragraph in letter.paragraphs {
      let list = paragraph.isList ? " list" : ""
      lines.append("\(paragraph.role.rawValue)\(list) @\(paragraph.firstLine)")
      for sentence in paragraph.sentences {
        let position = letter.position(of: sentence.range.lowerBound)
        let mark = sentence.isListItem ? "- " : ""
        let words = sentence.wordCount
        lines.append(
          "  \(position.line):\(position.column) [\(words)] \(mark)\(excerpt(letter, sentence))")
      }
    }
    if let trailing = letter.trailing {
      lines.append("trailing \(trailing.kind.rawValue) @\(trailing.line)")
    }
    if !letter.disabledRules.isEmpty {
      lines.append("disabled " + letter.disabledRules.sorted().joined(separator: ", "))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func excerpt(_ letter: LetterText, _ sentence: LetterText.Sentence) -> String {
    let text = letter.text[sentence.range].split(whereSeparator: \.isWhitespace)
      .joined(separator: " ")
    return text.count > 60 ? String(text.prefix(57)) + "…" : text
  }
}
