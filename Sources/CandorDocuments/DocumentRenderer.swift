import CandorKit
import Foundation

/// Writes a ``Document`` in any printable format: one call for letters and resumes alike.
public enum DocumentRenderer {
  /// The file's bytes.
  public static func render(
    _ document: Document, as format: DocumentFormat, style: DocumentStyle
  ) throws(DocumentWriteError) -> Data {
    switch format {
    case .html:
      let ragged =
        style.alignment == .justified
        ? PDFWriter.layoutChoices(document, style: style).raggedBlocks : []
      return Data(DocumentHTML.render(document, style: style, raggedBlocks: ragged).utf8)
    case .pdf: return try PDFWriter.write(document, style: style)
    case .docx: return try DOCXWriter.write(document, style: style)
    }
  }
}
