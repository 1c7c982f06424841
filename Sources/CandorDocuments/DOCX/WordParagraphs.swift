/// One paragraph of a Word document as Candor reads it.
struct WordParagraph: Sendable, Equatable {
  enum Kind: Sendable, Equatable {
    case heading(Int)
    case bullet(depth: Int)
    case text
  }

  var kind: Kind
  var text: String
}

/// Walks a Word body in order: paragraphs, list items, headings, tables (a row of short
/// cells as one line, cells holding several paragraphs one after another), content
/// controls and text boxes. Deleted text and field codes are skipped.
struct WordParagraphs {
  let styles: WordStyles
  private(set) var paragraphs: [WordParagraph] = []

  init(styles: WordStyles) {
    self.styles = styles
  }

  mutating func read(_ container: XMLTree.Node) {
    for node in XMLTree.children(container) {
      switch XMLTree.name(node) {
      case "p": paragraph(node)
      case "tbl": table(node)
      case "sdt", "sdtContent", "customXml", "smartTag", "ins", "txbxContent":
        read(node)
      default: break
      }
    }
  }

  private mutating func paragraph(_ node: XMLTree.Node) {
    var boxes: [XMLTree.Node] = []
    var text = ""
    collectText(node, into: &text, boxes: &boxes)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    let kind = self.kind(node)
    if lines.allSatisfy(\.isEmpty) {
      if boxes.isEmpty { paragraphs.append(WordParagraph(kind: .text, text: "")) }
    } else {
      for line in lines where !line.isEmpty {
        paragraphs.append(WordParagraph(kind: kind, text: line))
      }
    }
    for box in boxes { read(box) }
  }

  private func kind(_ node: XMLTree.Node) -> WordParagraph.Kind {
    let properties = XMLTree.child(node, "pPr")
    let style = properties.flatMap { XMLTree.child($0, "pStyle") }
      .flatMap { XMLTree.attribute($0, "val") }
    if let level = styles.headingLevel(style) { return .heading(level) }
    if let numbering = properties.flatMap({ XMLTree.child($0, "numPr") }) {
      let depth =
        XMLTree.child(numbering, "ilvl").flatMap { XMLTree.attribute($0, "val") }
        .flatMap { Int($0) } ?? 0
      let numberID = XMLTree.child(numbering, "numId").flatMap { XMLTree.attribute($0, "val") }
      if numberID != "0" { return .bullet(depth: depth + 1) }
    }
    return styles.listDepth(style).map { .bullet(depth: $0) } ?? .text
  }

  /// Appends the visible text under `node`; text boxes are set aside to be read after.
  private func collectText(
    _ node: XMLTree.Node, into text: inout String, boxes: inout [XMLTree.Node]
  ) {
    for child in XMLTree.children(node) {
      switch XMLTree.name(child) {
      case "t": text += XMLTree.text(child)
      case "tab", "ptab": text += " "
      case "br", "cr": text += "\n"
      case "noBreakHyphen": text += "-"
      case "del", "delText", "instrText", "pPr", "rPr", "Fallback", "fldData": break
      case "txbxContent": boxes.append(child)
      default: collectText(child, into: &text, boxes: &boxes)
      }
    }
  }

  private mutating func table(_ node: XMLTree.Node) {
    for row in XMLTree.children(node) where XMLTree.name(row) == "tr" {
      var cells: [[WordParagraph]] = []
      for cell in XMLTree.children(row) where XMLTree.name(cell) == "tc" {
        var reader = WordParagraphs(styles: styles)
        reader.read(cell)
        cells.append(reader.paragraphs.filter { !$0.text.isEmpty })
      }
      let filled = cells.filter { !$0.isEmpty }
      if filled.allSatisfy({ $0.count == 1 && $0[0].kind == .text }) && filled.count > 1 {
        let line = filled.map { $0[0].text }.joined(separator: " | ")
        paragraphs.append(WordParagraph(kind: .text, text: line))
      } else {
        for cell in filled {
          paragraphs += cell
          paragraphs.append(WordParagraph(kind: .text, text: ""))
        }
      }
    }
  }
}
