import CandorKit
import Foundation

/// Reads any input Candor accepts: PDF and DOCX files through their libraries, everything
/// else as text through ``InputFile``.
public enum DocumentReader {
  /// Reads the file at `path` (`-` for standard input is the caller's business).
  public static func read(_ path: String) throws(CandorError) -> InputFile {
    try read(data: InputFile.contents(of: path), name: path)
  }

  /// Reads bytes already loaded, such as standard input; `name` is used in messages.
  public static func read(data: Data, name: String) throws(CandorError) -> InputFile {
    switch DocumentKind(sniffing: data) {
    case .pdf:
      return InputFile(
        name: name, text: try PDFReader.text(data, name: name), format: .text, document: .pdf)
    case .docx:
      return InputFile(
        name: name, text: try DOCXReader.markdown(data, name: name), format: .markdown,
        document: .docx)
    case .compoundFile:
      if isEncryptedOffice(data) { throw .encrypted(path: name) }
      throw .damagedDocument(
        path: name, reason: "a Word 97-2003 .doc file; save it as .docx or PDF")
    case .text:
      return InputFile(name: name, text: try InputFile.decode(data, name: name))
    }
  }

  /// Password-protected Office files are compound files holding an `EncryptedPackage`.
  static func isEncryptedOffice(_ data: Data) -> Bool {
    let marker = Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    return data.range(of: marker) != nil
  }
}
