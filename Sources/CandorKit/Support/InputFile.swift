import Foundation

/// The kinds of text files Candor reads.
public enum InputFormat: String, Codable, Sendable, CaseIterable {
  case text, markdown, html, json
}

/// A text file read from disk or standard input, checked and decoded as UTF-8.
public struct InputFile: Sendable, Equatable, Codable {
  /// The name used in messages: the path as given, or `<stdin>`.
  public var name: String
  /// The decoded text, exactly as in the file.
  public var text: String
  /// The format, from the file extension or, failing that, from the content.
  public var format: InputFormat
  /// The document the text was taken from (a PDF or DOCX file); nil for a text file.
  public var document: DocumentFormat?

  /// The largest file Candor reads; real postings and resumes are far smaller.
  public static let sizeLimit = 10 * 1_048_576

  public init(
    name: String, text: String, format: InputFormat? = nil, document: DocumentFormat? = nil
  ) {
    self.name = name
    self.text = text
    self.format = format ?? Self.sniffFormat(name: name, text: text)
    self.document = document
  }

  /// Document formats by file extension: text under one of these names was misnamed, and
  /// reading it as text would hide that the real document was not given.
  private static let documentExtensions = ["pdf": "PDF", "docx": "DOCX", "doc": "Word"]

  /// Reads a file, or standard input when `path` is `-`.
  public static func read(_ path: String) throws(CandorError) -> InputFile {
    let name = path == "-" ? "<stdin>" : path
    let data = path == "-" ? readStandardInput() : try contents(of: path)
    return InputFile(name: name, text: try decode(data, name: name))
  }

  /// Decodes bytes as UTF-8, rejecting what is not UTF-8 text (UTF-16 with or without a
  /// byte-order mark, binary, other encodings) with a clear reason.
  public static func decode(_ data: Data, name: String) throws(CandorError) -> String {
    if data.count > sizeLimit {
      throw .tooLarge(path: name, bytes: data.count, limit: sizeLimit)
    }
    let bytes = [UInt8](data)
    if UTF16Text.isUTF32(bytes) { throw .utf32(path: name) }
    if UTF16Text.matches(bytes) { throw .utf16(path: name) }
    if bytes.isEmpty { throw .emptyFile(path: name) }
    if bytes.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) {
      throw .onlyWhitespace(path: name)
    }
    if looksBinary(bytes) {
      let suffix = (name as NSString).pathExtension
      if let document = documentExtensions[suffix.lowercased()] {
        throw .damagedDocument(
          path: name,
          reason: "it does not start as a \(document) file does; it may be damaged or only "
            + "named .\(suffix)")
      }
      throw .binaryFile(path: name)
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw .invalidUTF8(path: name, byteOffset: firstInvalidUTF8Offset(bytes))
    }
    if let document = documentExtensions[(name as NSString).pathExtension.lowercased()] {
      throw .textNamedAsDocument(path: name, document: document)
    }
    return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
  }

  /// The bytes of the file at `path`, refused with a clear reason when it is missing, a
  /// folder, larger than ``sizeLimit`` or unreadable.
  public static func contents(of path: String) throws(CandorError) -> Data {
    guard let info = FileBytes.status(of: path) else { throw .fileNotFound(path: path) }
    if FileBytes.isDirectory(info) { throw .isDirectory(path: path) }
    let size = Int(info.st_size)
    if size > sizeLimit { throw .tooLarge(path: path, bytes: size, limit: sizeLimit) }
    guard let data = FileBytes.read(path, sizeHint: size) else {
      throw .unreadable(path: path, reason: "permission denied or unreadable")
    }
    return data
  }

  private static func readStandardInput() -> Data {
    FileHandle.standardInput.readDataToEndOfFile()
  }

  /// NUL bytes, or many control bytes, mean the file is not text (PDF, image, archive).
  static func looksBinary(_ bytes: [UInt8]) -> Bool {
    let sample = bytes.prefix(8192)
    if sample.starts(with: Array("%PDF".utf8)) || sample.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
      return true
    }
    if sample.contains(0) { return true }
    let controls = sample.filter { $0 < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains($0) }.count
    return controls * 20 > sample.count
  }

  static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    while case .valid(let scalar) = parser.parseScalar(from: &iterator) {
      offset += scalar.count
    }
    return offset
  }

  /// Text whose first non-blank character opens a JSON object, or opens an array whose
  /// first element is an object, array or string: "[Ana Ruiz]" heads a text resume.
  static func startsJSON(_ head: String) -> Bool {
    if head.hasPrefix("{") { return true }
    guard head.hasPrefix("[") else { return false }
    let next = head.dropFirst().first(where: { !$0.isWhitespace })
    return next.map { "{[\"]".contains($0) } ?? true
  }

  /// Guesses the format from the extension, then from the first non-blank characters.
  static func sniffFormat(name: String, text: String) -> InputFormat {
    switch (name as NSString).pathExtension.lowercased() {
    case "json": return .json
    case "html", "htm", "xhtml": return .html
    case "md", "markdown", "mdown": return .markdown
    default: break
    }
    let head = text.drop(while: { $0.isWhitespace }).prefix(512).lowercased()
    if startsJSON(head) { return .json }
    if head.hasPrefix("<!doctype") || head.hasPrefix("<html") || head.hasPrefix("<div")
      || head.hasPrefix("<p") || head.hasPrefix("<h") || head.hasPrefix("<section")
    {
      return .html
    }
    if head.hasPrefix("---\n") || head.hasPrefix("# ") || head.contains("\n## ") {
      return .markdown
    }
    return .text
  }
}
