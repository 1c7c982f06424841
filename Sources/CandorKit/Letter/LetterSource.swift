import Foundation

/// Turns a letter file into the text the reviewer reads.
///
/// Text and Markdown are read as written, so positions match the file. HTML is reduced to
/// its visible text: each block (`<p>`, `<div>`, a list item) becomes a paragraph with a blank
/// line after it, a `<br>` a line break inside it, and a sign-off run together with the name
/// after it ("Sincerely, Sam Ortiz", as a browser shows a block without `<br>`) is put on a
/// line of its own, so the letter's parts are found as in a text letter.
public enum LetterSource {
  /// The text a reviewer reads, and for each of its lines the file line it came from.
  struct Reading {
    var text: String
    /// `sourceLines[n - 1]` is the file line of the text's line `n`.
    var sourceLines: [Int]

    /// The file line of the text's line `line`.
    func fileLine(_ line: Int) -> Int {
      sourceLines.indices.contains(line - 1) ? sourceLines[line - 1] : line
    }

    /// The file column of the text's `line` and `column` in `file`, the HTML read: the
    /// words there found again in their file line, past their earlier appearances on it
    /// (one file line may hold the whole letter). The text's column when none is found.
    func fileColumn(line: Int, column: Int, in file: String) -> Int {
      let rows = text.split(separator: "\n", omittingEmptySubsequences: false)
      let fileRows = file.split(separator: "\n", omittingEmptySubsequences: false)
      let target = fileLine(line)
      guard rows.indices.contains(line - 1), fileRows.indices.contains(target - 1) else {
        return column
      }
      let row = rows[line - 1]
      let start = row.index(row.startIndex, offsetBy: column - 1, limitedBy: row.endIndex)
      guard let start else { return column }
      let needle = String(row[start...].prefix(12))
      var occurrence = HTMLColumns.count(of: needle, in: row[..<start])
      for earlier in 0..<(line - 1) where fileLine(earlier + 1) == target {
        occurrence += HTMLColumns.count(of: needle, in: rows[earlier])
      }
      return HTMLColumns.column(of: needle, occurrence: occurrence, in: fileRows[target - 1])
        ?? column
    }
  }

  /// The letter inside a JSON file: the `text` field of `candor write --format json`. Other
  /// JSON is refused, since reviewing its braces and keys as prose helps no one; a text file
  /// that only looks like JSON ("{{name}}" on its first line) is read as text.
  public static func unwrapped(_ file: InputFile) throws(CandorError) -> InputFile {
    guard file.format == .json else { return file }
    let isNamedJSON = (file.name as NSString).pathExtension.lowercased() == "json"
    let value: Any
    do {
      value = try JSONSyntax.parse(file.text, name: file.name)
    } catch {
      if isNamedJSON { throw error }
      return InputFile(name: file.name, text: file.text, format: .text)
    }
    guard let text = (value as? [String: Any])?["text"] as? String else {
      throw .notALetter(
        path: file.name,
        reason: "the JSON has no \"text\" field holding the letter "
          + "(give the letter as text, Markdown, HTML, PDF or DOCX, "
          + "or the JSON that 'candor write --format json' prints)")
    }
    return InputFile(name: file.name, text: text, format: .text)
  }

  public static func text(of file: InputFile) -> String {
    read(file).text
  }

  static func read(_ file: InputFile) -> Reading {
    guard file.format == .html else {
      return Reading(text: file.text, sourceLines: [])
    }
    let html = HTMLText(TextCleaner.clean(file.text, keepingMarkup: true))
    var rows: [String] = []
    var sources: [Int] = []
    for (index, line) in html.lines.enumerated() {
      let text = line.text.trimmingSpaces()
      guard !text.isEmpty else { continue }
      if !rows.isEmpty && !html.brokenLines.contains(index) {
        rows.append("")
        sources.append(line.line)
      }
      let marked = line.kind == .bullet ? "- " + text : text
      if let end = LetterLineShape.signOffEnd(in: marked) {
        rows += [String(marked[..<end]), marked[end...].trimmingSpaces()]
        sources += [line.line, line.line]
      } else {
        rows.append(marked)
        sources.append(line.line)
      }
    }
    return Reading(text: rows.joined(separator: "\n"), sourceLines: sources)
  }
}
