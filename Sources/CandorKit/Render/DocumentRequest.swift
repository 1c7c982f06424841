import Foundation

/// A request to the document library (`libCandorDocuments.so`), which `candor` loads only
/// when it reads a PDF or DOCX file or writes a printable document, so that text-only runs
/// do not pay for loading Cairo, Pango, poppler, libzip and libxml2.
///
/// Requests and replies cross the library boundary as JSON bytes: the library carries its
/// own copy of CandorKit, so no Swift value is shared between the two in memory.
package enum DocumentRequest: Codable, Sendable {
  /// Read a PDF, DOCX or Word 97-2003 file's bytes; `name` is used in messages.
  case read(data: Data, name: String)
  /// Write `document` in `format`.
  case render(Document, format: DocumentFormat, style: DocumentStyle)
}

/// The document library's answer to a ``DocumentRequest``.
package enum DocumentReply: Codable, Sendable {
  /// The text read from a document.
  case file(InputFile)
  /// The bytes of a written document.
  case bytes(Data)
  /// Why the document could not be read.
  case unreadable(CandorError)
  /// Why the document could not be written, as a sentence.
  case unwritable(String)
}
