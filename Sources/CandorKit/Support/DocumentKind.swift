import Foundation

/// What a file's first bytes say it is: a PDF, a DOCX (a ZIP archive), an old Office
/// compound file, or anything else, which is read as text.
public enum DocumentKind: Equatable, Sendable {
  case pdf, docx, compoundFile, text

  /// The kind of the file whose bytes are `data`.
  public init(sniffing data: Data) {
    let head = [UInt8](data.prefix(1024))
    if head.starts(with: Array("%PDF-".utf8)) {
      self = .pdf
    } else if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
      self = .docx
    } else if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
      self = .compoundFile
    } else if let range = data.prefix(1024).range(of: Data("%PDF-".utf8)),
      range.lowerBound < 1024,
      !head.prefix(range.lowerBound - data.startIndex).contains(where: { $0 == 0x0A })
    {
      // Some PDF writers put a few bytes of junk before the header.
      self = .pdf
    } else {
      self = .text
    }
  }
}
