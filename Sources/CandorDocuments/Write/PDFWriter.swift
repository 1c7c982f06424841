import CCairoPango
import CandorKit
import Foundation

/// Writes a ``Document`` as a PDF with Cairo and Pango: embedded fonts, kerning, a
/// selectable text layer, widow and orphan control, and Title and Author metadata.
public enum PDFWriter {
  /// Smaller type and margins tried, in order, to keep a one-page document on one page.
  static let fittingSteps: [(fontScale: Double, marginScale: Double)] = [
    (1, 1), (10.5 / 11, 0.9), (10 / 11, 0.8),
  ]

  /// The PDF file's bytes.
  public static func write(_ document: Document, style: DocumentStyle) throws(DocumentWriteError)
    -> Data
  {
    let sink = ByteSink()
    let size = style.paper.size
    let surface = cairo_pdf_surface_create_for_stream(
      { closure, bytes, length in
        guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
        Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
          .data.append(bytes, count: Int(length))
        return CAIRO_STATUS_SUCCESS
      }, Unmanaged.passUnretained(sink).toOpaque(), size.width, size.height)
    defer { cairo_surface_destroy(surface) }
    setMetadata(surface, document)
    let cairo = cairo_create(surface)
    defer { cairo_destroy(cairo) }
    let context = pango_cairo_create_context(cairo)
    defer { g_object_unref(UnsafeMutableRawPointer(context)) }
    setFontOptions(context)

    let (setter, blocks, pages) = compose(document, style: style, context: context)
    for (number, page) in pages.enumerated() {
      if number > 0 { cairo_show_page(cairo) }
      draw(page, blocks: blocks, margin: setter.style.margin, cairo: cairo)
    }
    cairo_surface_finish(surface)
    let status = cairo_surface_status(surface)
    guard status == CAIRO_STATUS_SUCCESS else {
      throw .cairo(String(cString: cairo_status_to_string(status)))
    }
    return withExtendedLifetime(sink) { sink.data }
  }

  /// Sets the blocks and breaks them into pages, shrinking type a little when that keeps a
  /// one-page document on one page.
  static func compose(_ document: Document, style: DocumentStyle, context: OpaquePointer?)
    -> (TextSetter, [SetBlock?], [[Placement]])
  {
    var first: (TextSetter, [SetBlock?], [[Placement]])?
    for step in document.prefersOnePage ? fittingSteps : [fittingSteps[0]] {
      var scaled = style
      scaled.fontSize = style.fontSize * step.fontScale
      scaled.margin = style.margin * step.marginScale
      let setter = TextSetter(context: context, style: scaled)
      let blocks = document.blocks.map(setter.set)
      let measured = zip(document.blocks, blocks).map { measure($0, $1, style: scaled) }
      let height = scaled.paper.size.height - 2 * scaled.margin
      let pages = Paginator.paginate(measured, pageHeight: height)
      if pages.count <= 1 { return (setter, blocks, pages) }
      if first == nil { first = (setter, blocks, pages) }
    }
    return first!
  }

  /// How the PDF sets `document`: the style after fitting a one-page document to one page,
  /// and the blocks whose justification was left off because it would stretch a line too
  /// far. The DOCX and HTML writers follow the same choices.
  public static func layoutChoices(_ document: Document, style: DocumentStyle)
    -> (style: DocumentStyle, raggedBlocks: Set<Int>)
  {
    let context = pango_font_map_create_context(pango_cairo_font_map_get_default())
    defer { g_object_unref(UnsafeMutableRawPointer(context)) }
    setFontOptions(context)
    let (setter, blocks, _) = compose(document, style: style, context: context)
    let ragged = blocks.indices.filter { blocks[$0]?.keptRagged == true }
    return (setter.style, Set(ragged))
  }

  static func measure(_ block: DocumentBlock, _ set: SetBlock?, style: DocumentStyle)
    -> MeasuredBlock
  {
    let heights = set?.lines.map(\.height) ?? []
    let gap = style.fontSize * 0.8
    switch block {
    case .heading(_, let level):
      return MeasuredBlock(
        lineHeights: heights, spaceBefore: level <= 1 ? 0 : gap * 1.2, spaceAfter: gap * 0.4,
        keepsTogether: true, keepsWithNext: true)
    case .paragraph: return MeasuredBlock(lineHeights: heights, spaceAfter: gap)
    case .bullet: return MeasuredBlock(lineHeights: heights, spaceAfter: gap * 0.35)
    case .lines: return MeasuredBlock(lineHeights: heights, spaceAfter: gap, keepsTogether: true)
    case .spacer(let points): return MeasuredBlock(lineHeights: [], spaceAfter: points)
    }
  }

  static func draw(
    _ page: [Placement], blocks: [SetBlock?], margin: Double, cairo: OpaquePointer?
  ) {
    cairo_set_source_rgb(cairo, 0.07, 0.07, 0.07)
    for placement in page {
      guard let block = blocks[placement.block], let layout = block.layout else { continue }
      let firstTop = block.lines[placement.lines.lowerBound].top
      for index in placement.lines {
        let line = block.lines[index]
        let baseline = margin + placement.top + line.baseline - firstTop
        cairo_move_to(cairo, margin + block.indent, baseline)
        pango_cairo_show_layout_line(cairo, pango_layout_get_line_readonly(layout, Int32(index)))
        if index == 0, let sign = block.sign {
          cairo_move_to(cairo, margin + 3, baseline)
          pango_cairo_show_layout_line(cairo, pango_layout_get_line_readonly(sign, 0))
        }
      }
    }
  }

  static func setMetadata(_ surface: OpaquePointer?, _ document: Document) {
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, document.title)
    if let author = document.author {
      cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, author)
    }
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Candor")
  }

  /// Unhinted outlines and metrics, so glyph positions are the font's own at any size.
  static func setFontOptions(_ context: OpaquePointer?) {
    let options = cairo_font_options_create()
    defer { cairo_font_options_destroy(options) }
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
    pango_cairo_context_set_font_options(context, options)
  }
}

/// Collects the bytes Cairo streams out.
final class ByteSink {
  var data = Data()
}

/// A document could not be written.
public enum DocumentWriteError: Error, Equatable, Sendable, CustomStringConvertible {
  case cairo(String)
  case zip(String)

  public var description: String {
    switch self {
    case .cairo(let reason): return "the PDF could not be written (\(reason))"
    case .zip(let reason): return "the DOCX could not be written (\(reason))"
    }
  }
}
