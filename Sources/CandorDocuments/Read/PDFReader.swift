import CPoppler
import CandorKit
import Foundation

/// Reads the text layer of a PDF with poppler, in reading order.
///
/// Columns are read one after the other, running headers, footers and page numbers are
/// dropped, ligatures and letter-spaced headings are repaired. A PDF without a text layer
/// (a scan) or one that needs a password is an input error, never an empty resume.
public enum PDFReader {
  /// Fewest letters and digits per page, on average, for a PDF to count as having text.
  static let minimumCharactersPerPage = 25

  /// The document's text, pages separated by a blank line.
  public static func text(_ data: Data, name: String) throws(CandorError) -> String {
    let pages = try pages(data, name: name)
    let pageTexts = RunningLines.remove(from: pages).map(\.text).filter { !$0.isEmpty }
    let lines = pageTexts.joined(separator: "\n\n").components(separatedBy: "\n")
    let text = Dehyphenation.apply(lines).joined(separator: "\n")
    try checkReadable(text, pages: pages.count, name: name)
    return text + "\n"
  }

  /// Refuses a text layer that is missing (a scan) or that decodes to control characters
  /// (fonts without a Unicode map), rather than handing on an empty or garbled resume.
  static func checkReadable(_ text: String, pages: Int, name: String) throws(CandorError) {
    let visible = text.unicodeScalars.filter { !$0.properties.isWhitespace }
    let characters = visible.filter { CharacterSet.alphanumerics.contains($0) }
    guard characters.count >= minimumCharactersPerPage * max(pages, 1) else {
      throw .noTextLayer(path: name)
    }
    let garbled = visible.filter { $0.value < 0x20 || $0 == "\u{FFFD}" }
    if garbled.count * 10 > visible.count * 3 {
      throw .damagedDocument(
        path: name,
        reason: "its text does not decode to readable characters; export it as PDF again")
    }
  }

  /// Every page's lines in reading order.
  static func pages(_ data: Data, name: String) throws(CandorError) -> [PageText] {
    let document = try open(data, name: name)
    defer { g_object_unref(UnsafeMutableRawPointer(document)) }
    let count = poppler_document_get_n_pages(document)
    guard count > 0 else { throw .noTextLayer(path: name) }
    return (0..<count).compactMap { index in
      guard let page = poppler_document_get_page(document, index) else { return nil }
      defer { g_object_unref(UnsafeMutableRawPointer(page)) }
      var width = 0.0
      var height = 0.0
      poppler_page_get_size(page, &width, &height)
      return PageText(glyphs: glyphs(page), height: height)
    }
  }

  static func open(_ data: Data, name: String) throws(CandorError) -> OpaquePointer {
    let bytes = data.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
    defer { g_bytes_unref(bytes) }
    var error: UnsafeMutablePointer<GError>?
    if let document = poppler_document_new_from_bytes(bytes, nil, &error) {
      return document
    }
    defer { g_error_free(error) }
    let isEncrypted =
      error?.pointee.domain == poppler_error_quark()
      && error?.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue)
    if isEncrypted { throw .encrypted(path: name) }
    let reason = error.map { String(cString: $0.pointee.message) } ?? "unknown error"
    throw .damagedDocument(path: name, reason: reason.lowercased())
  }

  /// The page's characters with their boxes, in the text layer's order.
  static func glyphs(_ page: OpaquePointer) -> [Glyph] {
    guard let raw = poppler_page_get_text(page) else { return [] }
    defer { g_free(raw) }
    let text = String(cString: raw)
    var rectangles: UnsafeMutablePointer<PopplerRectangle>?
    var count: guint = 0
    guard poppler_page_get_text_layout(page, &rectangles, &count) != 0, let rectangles else {
      return []
    }
    defer { g_free(rectangles) }
    return zip(text.unicodeScalars, UnsafeBufferPointer(start: rectangles, count: Int(count)))
      .map { scalar, rectangle in
        Glyph(
          scalar: scalar,
          box: TextBox(x0: rectangle.x1, y0: rectangle.y1, x1: rectangle.x2, y1: rectangle.y2))
      }
  }
}
