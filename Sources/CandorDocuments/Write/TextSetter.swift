import CCairoPango
import CandorKit

/// One block set in type by Pango: its layout and where each of its lines sits.
final class SetBlock {
  /// A line's top, height and baseline inside the layout, in points.
  struct Line {
    var top: Double
    var height: Double
    var baseline: Double
  }

  let layout: OpaquePointer?
  let lines: [Line]
  /// Distance from the left margin to the text, in points (bullets hang their sign).
  let indent: Double
  /// The bullet sign, set separately so wrapped lines align under the text.
  let sign: OpaquePointer?
  /// Justification was asked for but left off: it would have stretched a line too far.
  let keptRagged: Bool

  init(layout: OpaquePointer?, indent: Double, sign: OpaquePointer?, keptRagged: Bool = false) {
    self.layout = layout
    self.indent = indent
    self.sign = sign
    self.keptRagged = keptRagged
    self.lines = Self.measure(layout)
  }

  deinit {
    if let layout { g_object_unref(UnsafeMutableRawPointer(layout)) }
    if let sign { g_object_unref(UnsafeMutableRawPointer(sign)) }
  }

  private static func measure(_ layout: OpaquePointer?) -> [Line] {
    guard let layout, let iterator = pango_layout_get_iter(layout) else { return [] }
    defer { pango_layout_iter_free(iterator) }
    var lines: [Line] = []
    repeat {
      var logical = PangoRectangle()
      pango_layout_iter_get_line_extents(iterator, nil, &logical)
      let baseline = Double(pango_layout_iter_get_baseline(iterator)) / Double(PANGO_SCALE)
      let top = Double(logical.y) / Double(PANGO_SCALE)
      lines.append(
        Line(top: top, height: Double(logical.height) / Double(PANGO_SCALE), baseline: baseline))
    } while pango_layout_iter_next_line(iterator) != 0
    return lines
  }
}

/// Sets document blocks in type with Pango: fonts, sizes, alignment and line breaking.
///
/// Line breaks fall only at spaces: a name or technology with a hyphen, slash or dot
/// ("Smith-Jones", "CI/CD", "Node.js") never splits, and Pango never inserts hyphens.
struct TextSetter {
  let context: OpaquePointer?
  let style: DocumentStyle

  var textWidth: Double { style.paper.size.width - 2 * style.margin }
  static let bulletIndent = 14.0
  static let lineSpacing: Float = 1.05
  /// Widest extra space justification may add between two words, in ems.
  static let maximumStretch = 0.4

  func set(_ block: DocumentBlock) -> SetBlock? {
    switch block {
    case .heading(let text, let level):
      let scale = level <= 1 ? 1.45 : level == 2 ? 1.12 : 1.0
      return SetBlock(
        layout: layout(text, size: style.fontSize * scale, bold: true), indent: 0, sign: nil)
    case .paragraph(let text):
      let body = layout(text, size: style.fontSize, bold: false)
      let ragged = !justify(body, text: text)
      return SetBlock(layout: body, indent: 0, sign: nil, keptRagged: ragged)
    case .bullet(let text):
      let body = layout(text, size: style.fontSize, bold: false, inset: Self.bulletIndent)
      let ragged = !justify(body, text: text)
      let sign = layout("•", size: style.fontSize, bold: false)
      return SetBlock(layout: body, indent: Self.bulletIndent, sign: sign, keptRagged: ragged)
    case .lines(let lines):
      let text = lines.joined(separator: "\n")
      return SetBlock(layout: layout(text, size: style.fontSize, bold: false), indent: 0, sign: nil)
    case .spacer:
      return nil
    }
  }

  /// Justifies running text when the style asks for it and no line would stretch its word
  /// spaces by more than ``maximumStretch``; returns false when it was left ragged.
  private func justify(_ layout: OpaquePointer?, text: String) -> Bool {
    guard style.alignment == .justified else { return true }
    let width = Double(pango_layout_get_width(layout)) / Double(PANGO_SCALE)
    let bytes = Array(text.utf8)
    let count = Int(pango_layout_get_line_count(layout))
    for index in 0..<max(count - 1, 0) {
      guard let line = pango_layout_get_line_readonly(layout, Int32(index)) else { continue }
      var logical = PangoRectangle()
      pango_layout_line_get_extents(line, nil, &logical)
      let start = Int(line.pointee.start_index)
      var end = min(start + Int(line.pointee.length), bytes.count)
      while end > start, bytes[end - 1] == 0x20 { end -= 1 }
      let spaces = bytes[start..<end].filter { $0 == 0x20 }.count
      let slack = width - Double(logical.width) / Double(PANGO_SCALE)
      if spaces > 0 && slack / Double(spaces) > style.fontSize * Self.maximumStretch {
        return false
      }
    }
    pango_layout_set_justify(layout, 1)
    return true
  }

  private func layout(_ text: String, size: Double, bold: Bool, inset: Double = 0)
    -> OpaquePointer?
  {
    let layout = pango_layout_new(context)
    let description = pango_font_description_new()
    defer { pango_font_description_free(description) }
    pango_font_description_set_family(description, style.fontFamily)
    pango_font_description_set_absolute_size(description, size * Double(PANGO_SCALE))
    pango_font_description_set_weight(description, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
    pango_layout_set_font_description(layout, description)
    pango_layout_set_width(layout, Int32((textWidth - inset) * Double(PANGO_SCALE)))
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
    pango_layout_set_line_spacing(layout, Self.lineSpacing)
    pango_layout_set_text(layout, text, -1)
    let attributes = Self.attributes(for: text)
    pango_layout_set_attributes(layout, attributes)
    pango_attr_list_unref(attributes)
    return layout
  }

  /// Kerning on, inserted hyphens off, and no breaks inside words that carry a hyphen,
  /// slash or dot.
  static func attributes(for text: String) -> OpaquePointer? {
    let list = pango_attr_list_new()
    pango_attr_list_insert(list, pango_attr_font_features_new("kern 1"))
    pango_attr_list_insert(list, pango_attr_insert_hyphens_new(0))
    for range in unbreakableWords(in: text) {
      let attribute = pango_attr_allow_breaks_new(0)
      attribute?.pointee.start_index = UInt32(range.lowerBound)
      attribute?.pointee.end_index = UInt32(range.upperBound)
      pango_attr_list_insert(list, attribute)
    }
    return list
  }

  /// UTF-8 byte ranges of the words Pango must not break inside.
  static func unbreakableWords(in text: String) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var offset = 0
    let words = text.split(omittingEmptySubsequences: false) { $0 == " " || $0 == "\n" }
    for word in words {
      let length = word.utf8.count
      if DocumentBlock.keepsTogether(word) { ranges.append(offset..<offset + length) }
      offset += length + 1
    }
    return ranges
  }
}
