import CCairoPango
import Foundation
import Testing

/// Makes a PDF that looks like a scan: a page rendered to a picture with `pdftoppm`, then
/// wrapped in a new PDF with Cairo, so it has no text layer at all.
enum ScannedPDF {
  static func make(from pdf: URL, into folder: URL) throws -> URL {
    let prefix = folder.appendingPathComponent("scan").path
    let render = try ExternalTool.run(
      "pdftoppm", ["-png", "-r", "60", "-singlefile", "-f", "1", "-l", "1", pdf.path, prefix])
    #expect(render.status == 0, "pdftoppm failed: \(render.error)")
    let image = cairo_image_surface_create_from_png(prefix + ".png")
    defer { cairo_surface_destroy(image) }
    let width = Double(cairo_image_surface_get_width(image))
    let height = Double(cairo_image_surface_get_height(image))
    let output = folder.appendingPathComponent("scanned.pdf")
    let page = cairo_pdf_surface_create(output.path, width * 72 / 60, height * 72 / 60)
    let cairo = cairo_create(page)
    cairo_scale(cairo, 72 / 60, 72 / 60)
    cairo_set_source_surface(cairo, image, 0, 0)
    cairo_paint(cairo)
    cairo_destroy(cairo)
    cairo_surface_finish(page)
    cairo_surface_destroy(page)
    return output
  }
}
