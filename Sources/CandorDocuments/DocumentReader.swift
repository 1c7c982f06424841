import CandorKit
import Foundation

/// Reads any input Candor accepts: PDF and DOCX files through their libraries, everything
/// else as text through ``InputFile``.
public enum DocumentReader {
  /// What a file's first bytes say it is.
  enum Kind: Equatable {
    case pdf, docx, compoundFile, text
  }

  /// Reads the file at `path` (`-` for standard input is the caller's business).
  public static func read(_ path: String) throws(CandorError) -> InputFile {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .fileNotFound(path: path)
    }
    if isDirectory.boolValue { throw .isDirectory(path: path) }
    if let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int,
      size > InputFile.sizeLimit
    {
      throw .tooLarge(path: path, bytes: size, limit: InputFile.sizeLimit)
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .unreadable(path: path, reason: "permission denied or unreadable")
    }
    return try read(data: data, name: path)
  }

  /// Reads bytes already loaded, such as standard input; `name` is used in messages.
  public static func read(data: Data, name: String) throws(CandorError) -> InputFile {
    switch kind(of: data) {
    case .pdf:
      return InputFile(name: name, text: try PDFReader.text(data, name: name), format: .text)
    case .docx:
      return InputFile(
        name: name, text: try DOCXReader.markdown(data, name: name), format: .markdown)
    case .compoundFile:
      if isEncryptedOffice(data) { throw .encrypted(path: name) }
      throw .damagedDocument(
        path: name, reason: "a Word 97-2003 .doc file; save it as .docx or PDF")
    case .text:
      return InputFile(name: name, text: try InputFile.decode(data, name: name))
    }
  }

  static func kind(of data: Data) -> Kind {
    let head = [UInt8](data.prefix(1024))
    if head.starts(with: Array("%PDF-".utf8)) { return .pdf }
    if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .docx }
    if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .compoundFile }
    // Some PDF writers put a few bytes of junk before the header.
    if let range = data.prefix(1024).range(of: Data("%PDF-".utf8)), range.lowerBound < 1024,
      !head.prefix(range.lowerBound - data.startIndex).contains(where: { $0 == 0x0A })
    {
      return .pdf
    }
    return .text
  }

  /// Password-protected Office files are compound files holding an `EncryptedPackage`.
  static func isEncryptedOffice(_ data: Data) -> Bool {
    let marker = Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    return data.range(of: marker) != nil
  }
}
