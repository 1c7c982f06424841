/// Turns a letter file into the text the reviewer reads.
///
/// Text and Markdown are read as written, so positions match the file. HTML is reduced to
/// its text lines, each put back on its source line where possible.
public enum LetterSource {
  public static func text(of file: InputFile) -> String {
    guard file.format == .html else { return file.text }
    let lines = TextDocument(file).lines.filter { !$0.isBlank }
    guard let last = lines.map(\.line).max(), last <= 5_000,
      Set(lines.map(\.line)).count == lines.count
    else {
      return lines.map(\.text).joined(separator: "\n\n")
    }
    var slots = Array(repeating: "", count: last)
    for line in lines {
      slots[line.line - 1] = line.kind == .bullet ? "- " + line.text : line.text
    }
    return slots.joined(separator: "\n")
  }
}
