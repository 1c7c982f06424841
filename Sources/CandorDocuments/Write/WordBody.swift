import CandorKit

/// `word/document.xml` and `word/styles.xml`: every block a real Word paragraph with a
/// named style, so the text stays editable and readable by any DOCX reader.
enum WordBody {
  static func document(
    _ document: Document, style: DocumentStyle, raggedBlocks: Set<Int> = []
  ) -> String {
    let body = document.blocks.enumerated().map {
      paragraph($0.element, ragged: raggedBlocks.contains($0.offset))
    }.joined()
    let size = style.paper.size
    let margin = twips(style.margin)
    return WordML.declaration
      + "<w:document xmlns:w=\"\(WordML.main)\" xmlns:r=\"\(WordML.relationships)\"><w:body>"
      + body + "<w:sectPr><w:pgSz w:w=\"\(twips(size.width))\" w:h=\"\(twips(size.height))\"/>"
      + "<w:pgMar w:top=\"\(margin)\" w:right=\"\(margin)\" w:bottom=\"\(margin)\" "
      + "w:left=\"\(margin)\" w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/>"
      + "</w:sectPr></w:body></w:document>"
  }

  /// One Word paragraph; `ragged` overrides a justified style for this paragraph.
  static func paragraph(_ block: DocumentBlock, ragged: Bool = false) -> String {
    let left = ragged ? "<w:jc w:val=\"left\"/>" : ""
    switch block {
    case .heading(let text, let level):
      return styled("Heading\(min(max(level, 1), 3))", runs(text))
    case .paragraph(let text): return styled("BodyText", runs(text), properties: left)
    case .bullet(let text): return styled("ListBullet", runs(text), properties: left)
    case .lines(let lines):
      return styled("Lines", lines.map(runs).joined(separator: "<w:r><w:br/></w:r>"))
    case .spacer(let points):
      return "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" "
        + "w:line=\"\(twips(points))\" w:lineRule=\"exact\"/></w:pPr></w:p>"
    }
  }

  static func styled(_ styleID: String, _ content: String, properties: String = "") -> String {
    "<w:p><w:pPr><w:pStyle w:val=\"\(styleID)\"/>\(properties)</w:pPr>\(content)</w:p>"
  }

  static func runs(_ text: String) -> String {
    "<w:r><w:t xml:space=\"preserve\">\(WordML.escape(text))</w:t></w:r>"
  }

  static func styles(_ style: DocumentStyle) -> String {
    let font = WordML.escape(style.fontFamily)
    let size = halfPoints(style.fontSize)
    let gapPoints = style.fontSize * 0.8
    let gap = twips(gapPoints)
    let align = style.alignment == .justified ? "both" : "left"
    let fonts =
      "<w:rFonts w:ascii=\"\(font)\" w:hAnsi=\"\(font)\" w:cs=\"\(font)\" "
      + "w:eastAsia=\"\(font)\"/>"
    let defaults =
      "<w:docDefaults><w:rPrDefault><w:rPr>\(fonts)<w:kern w:val=\"0\"/>"
      + "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/><w:lang w:val=\"en-US\"/>"
      + "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl/>"
      + "<w:spacing w:after=\"0\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr>"
      + "</w:pPrDefault></w:docDefaults>"
    let list = [
      paragraphStyle("Normal", "Normal", basedOn: nil, pPr: "<w:widowControl/>", rPr: ""),
      paragraphStyle(
        "BodyText", "Body Text", pPr: "<w:spacing w:after=\"\(gap)\"/><w:jc w:val=\"\(align)\"/>"),
      paragraphStyle(
        "Lines", "Address Lines",
        pPr: "<w:keepLines/><w:spacing w:after=\"\(gap)\"/><w:jc w:val=\"left\"/>"),
      paragraphStyle(
        "ListBullet", "List Bullet",
        pPr: "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"
          + "<w:spacing w:after=\"\(twips(style.fontSize * 0.28))\"/>"
          + "<w:ind w:left=\"280\" w:hanging=\"280\"/><w:jc w:val=\"\(align)\"/>"),
      heading(1, size: style.fontSize * 1.45, before: 0, after: style.fontSize * 0.32),
      heading(
        2, size: style.fontSize * 1.12, before: gapPoints * 1.2, after: style.fontSize * 0.32),
      heading(3, size: style.fontSize, before: gapPoints, after: style.fontSize * 0.25),
    ]
    return WordML.declaration + "<w:styles xmlns:w=\"\(WordML.main)\">" + defaults
      + list.joined() + "</w:styles>"
  }

  static func heading(_ level: Int, size: Double, before: Double, after: Double) -> String {
    paragraphStyle(
      "Heading\(level)", "heading \(level)",
      pPr: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"\(twips(before))\" "
        + "w:after=\"\(twips(after))\"/><w:outlineLvl w:val=\"\(level - 1)\"/>",
      rPr: "<w:b/><w:bCs/><w:sz w:val=\"\(halfPoints(size))\"/>"
        + "<w:szCs w:val=\"\(halfPoints(size))\"/>")
  }

  static func paragraphStyle(
    _ id: String, _ name: String, basedOn: String? = "Normal", pPr: String, rPr: String = ""
  ) -> String {
    let isDefault = id == "Normal" ? " w:default=\"1\"" : ""
    let parent = basedOn.map { "<w:basedOn w:val=\"\($0)\"/>" } ?? ""
    return "<w:style w:type=\"paragraph\"\(isDefault) w:styleId=\"\(id)\">"
      + "<w:name w:val=\"\(name)\"/>\(parent)<w:qFormat/><w:pPr>\(pPr)</w:pPr>"
      + (rPr.isEmpty ? "" : "<w:rPr>\(rPr)</w:rPr>") + "</w:style>"
  }

  /// Points to twentieths of a point, Word's unit for lengths.
  static func twips(_ points: Double) -> Int { Int((points * 20).rounded()) }

  /// Points to half-points, Word's unit for font sizes.
  static func halfPoints(_ points: Double) -> Int { Int((points * 2).rounded()) }
}
