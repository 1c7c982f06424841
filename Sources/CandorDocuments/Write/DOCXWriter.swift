import CandorKit
import Foundation

/// Writes a ``Document`` as a DOCX file: WordprocessingML parts in a ZIP built with libzip.
///
/// Type size, margins and which paragraphs stay ragged follow the PDF writer's choices, so
/// a letter that fits one page as a PDF is set the same way in Word.
public enum DOCXWriter {
  /// The DOCX file's bytes.
  public static func write(_ document: Document, style: DocumentStyle) throws(DocumentWriteError)
    -> Data
  {
    let (fitted, ragged) = PDFWriter.layoutChoices(document, style: style)
    let parts: [(String, String)] = [
      ("[Content_Types].xml", WordML.contentTypes()),
      ("_rels/.rels", WordML.packageRelationships()),
      ("word/document.xml", WordBody.document(document, style: fitted, raggedBlocks: ragged)),
      ("word/_rels/document.xml.rels", WordML.documentRelationships()),
      ("word/styles.xml", WordBody.styles(fitted)),
      ("word/numbering.xml", WordML.numbering()),
      ("word/settings.xml", WordML.settings()),
      ("docProps/core.xml", WordML.coreProperties(document)),
      ("docProps/app.xml", WordML.appProperties()),
    ]
    do {
      return try ZipArchive.create(parts.map { (path: $0.0, data: Data($0.1.utf8)) })
    } catch {
      throw .zip(error.reason)
    }
  }
}
