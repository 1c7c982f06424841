import CandorKit
import Foundation

/// Reads a DOCX file with libzip and libxml2 into Markdown: headings as `#`, list items as
/// `-`, tables row by row, and the page header's text (often the name and contacts) first.
public enum DOCXReader {
  /// The document as Markdown text.
  public static func markdown(_ data: Data, name: String) throws(CandorError) -> String {
    let parts: [String: Data]
    do {
      parts = try ZipArchive.entries(of: data, wanted: isNeeded)
    } catch {
      throw .damagedDocument(path: name, reason: "not a readable ZIP archive: \(error.reason)")
    }
    guard let body = parts["word/document.xml"].flatMap(XMLTree.init) else {
      throw .damagedDocument(path: name, reason: "no readable word/document.xml inside")
    }
    let styles = parts["word/styles.xml"].flatMap(XMLTree.init).map(WordStyles.init)
    var reader = WordParagraphs(styles: styles ?? WordStyles())
    for header in headers(of: body, parts: parts) { reader.read(header.root) }
    if let content = XMLTree.child(body.root, "body") { reader.read(content) }
    let lines = markdownLines(reader.paragraphs)
    guard lines.contains(where: { !$0.isEmpty }) else { throw .emptyFile(path: name) }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The parts the reader uses; large ones it does not (themes, stylesWithEffects) stay packed.
  static func isNeeded(_ path: String) -> Bool {
    ["word/document.xml", "word/styles.xml", "word/_rels/document.xml.rels"].contains(path)
      || (path.hasPrefix("word/header") && path.hasSuffix(".xml"))
  }

  /// The header parts the document's last section shows on its first page.
  static func headers(of body: XMLTree, parts: [String: Data]) -> [XMLTree] {
    guard let content = XMLTree.child(body.root, "body"),
      let section = XMLTree.child(content, "sectPr"),
      let relations = parts["word/_rels/document.xml.rels"].flatMap(XMLTree.init)
    else { return [] }
    let references = XMLTree.children(section).filter { XMLTree.name($0) == "headerReference" }
    let wanted = XMLTree.child(section, "titlePg") != nil ? "first" : "default"
    guard
      let reference = references.first(where: { XMLTree.attribute($0, "type") == wanted })
        ?? references.first(where: { XMLTree.attribute($0, "type") == "default" }),
      let id = XMLTree.attribute(reference, "id"),
      let relation = XMLTree.children(relations.root).first(where: {
        XMLTree.attribute($0, "Id") == id
      }),
      let target = XMLTree.attribute(relation, "Target"),
      let header = parts["word/" + target].flatMap(XMLTree.init)
    else { return [] }
    return [header]
  }

  /// Markdown lines: a blank line before headings and where the document leaves an empty
  /// paragraph, never two in a row.
  static func markdownLines(_ paragraphs: [WordParagraph]) -> [String] {
    var lines: [String] = []
    for paragraph in paragraphs {
      let line: String
      switch paragraph.kind {
      case .heading(let level):
        if lines.last?.isEmpty == false { lines.append("") }
        line = String(repeating: "#", count: level) + " " + paragraph.text
      case .bullet(let depth):
        line = String(repeating: "  ", count: depth - 1) + "- " + paragraph.text
      case .text:
        line = escaped(paragraph.text)
      }
      if line.isEmpty && (lines.last?.isEmpty ?? true) { continue }
      lines.append(line)
    }
    while lines.last?.isEmpty == true { lines.removeLast() }
    return lines
  }

  /// Body text that Markdown would read as a heading or a code fence, escaped; typed
  /// bullets ("- ", "• ") stay list items.
  static func escaped(_ text: String) -> String {
    text.hasPrefix("#") || text.hasPrefix("```") || text.hasPrefix("~~~") ? "\\" + text : text
  }
}
