import Foundation

/// What a DOCX file's paragraph styles mean: which are headings (and at what level) and
/// which are list styles, following `basedOn` chains.
struct WordStyles {
  struct Style {
    var name: String
    var basedOn: String?
    var outlineLevel: Int?
    /// The list level the style's own numbering sets, when it has one.
    var listLevel: Int?
  }

  var styles: [String: Style] = [:]

  init() {}

  init(_ tree: XMLTree) {
    for node in XMLTree.children(tree.root) where XMLTree.name(node) == "style" {
      guard let id = XMLTree.attribute(node, "styleId") else { continue }
      let properties = XMLTree.child(node, "pPr")
      let outline = properties.flatMap { XMLTree.child($0, "outlineLvl") }
        .flatMap { XMLTree.attribute($0, "val") }.flatMap { Int($0) }
      let numbering = properties.flatMap { XMLTree.child($0, "numPr") }
      styles[id] = Style(
        name: XMLTree.child(node, "name").flatMap { XMLTree.attribute($0, "val") }?
          .lowercased() ?? id.lowercased(),
        basedOn: XMLTree.child(node, "basedOn").flatMap { XMLTree.attribute($0, "val") },
        outlineLevel: outline,
        listLevel: numbering.map {
          XMLTree.child($0, "ilvl").flatMap { XMLTree.attribute($0, "val") }.flatMap { Int($0) }
            ?? 0
        })
    }
  }

  /// The heading level (1 to 6) a style gives, following `basedOn`; nil for body styles.
  func headingLevel(_ id: String?) -> Int? {
    var current = id
    for _ in 0..<6 {
      guard let key = current else { return nil }
      let style = styles[key]
      let name = style?.name ?? key.lowercased()
      if name == "title" { return 1 }
      if let level = Self.level(inName: name) { return level }
      if let outline = style?.outlineLevel, outline < 6 { return outline + 1 }
      current = style?.basedOn
    }
    return nil
  }

  /// The list depth (1 for top-level items) a style gives its paragraphs; nil for styles
  /// that are not lists.
  func listDepth(_ id: String?) -> Int? {
    var current = id
    for _ in 0..<6 {
      guard let key = current else { return nil }
      let style = styles[key]
      let name = style?.name ?? key.lowercased()
      if name.hasPrefix("list"), let digit = name.last?.wholeNumberValue {
        return max(1, min(digit, 6))
      }
      if let level = style?.listLevel { return level + 1 }
      if name.hasPrefix("list") { return 1 }
      current = style?.basedOn
    }
    return nil
  }

  /// "heading 2" or "Heading2" gives 2.
  static func level(inName name: String) -> Int? {
    let compact = name.replacingOccurrences(of: " ", with: "")
    guard compact.hasPrefix("heading"), let level = Int(compact.dropFirst(7)),
      (1...6).contains(level)
    else { return nil }
    return level
  }
}
