import CandorKit
import Foundation

/// PDF and DOCX through `libCandorDocuments.so`, loaded with `dlopen` the first time a
/// command reads such a file or writes a printable document.
///
/// Linking the document stack (Cairo, Pango, poppler, libzip, libxml2 and some sixty
/// libraries they pull in) into `candor` cost every run, text-only ones too, about 11 MB of
/// memory and a fifth of its start-up; loaded on demand, only the runs that need it pay.
enum DocumentLibrary {
  /// The library's file name, as SwiftPM names a dynamic library product on Linux.
  static let fileName = "libCandorDocuments.so"

  /// The text of a PDF, DOCX or Word 97-2003 file's bytes.
  static func read(_ data: Data, name: String) throws -> InputFile {
    switch try call(.read(data: data, name: name)) {
    case .file(let file): return file
    case .unreadable(let error): throw error
    default: throw CandorCommandError.documentLibrary(reason: "an unexpected answer")
    }
  }

  /// `document` written as `format`.
  static func render(_ document: Document, as format: DocumentFormat, style: DocumentStyle)
    throws -> Data
  {
    switch try call(.render(document, format: format, style: style)) {
    case .bytes(let data): return data
    case .unwritable(let reason): throw CandorCommandError.documentNotWritten(reason)
    default: throw CandorCommandError.documentLibrary(reason: "an unexpected answer")
    }
  }

  private typealias Handler =
    @convention(c) (UnsafePointer<UInt8>, Int, UnsafeMutablePointer<Int>) ->
    UnsafeMutableRawPointer?

  private static func call(_ request: DocumentRequest) throws -> DocumentReply {
    let handler = try loaded.get()
    let bytes = [UInt8](try JSONEncoder().encode(request))
    var count = 0
    guard let reply = bytes.withUnsafeBufferPointer({ handler($0.baseAddress!, $0.count, &count) })
    else { throw CandorCommandError.documentLibrary(reason: "the library gave no answer") }
    defer { free(reply) }
    return try JSONDecoder().decode(DocumentReply.self, from: Data(bytes: reply, count: count))
  }

  private static let loaded = Result { () throws(CandorCommandError) -> Handler in
    try load()
  }

  /// The library's entry point, from beside the running executable or, failing that, from
  /// the build folder that holds CandorKit's resources.
  private static func load() throws(CandorCommandError) -> Handler {
    let folders = [Bundle.main.executableURL?.deletingLastPathComponent(), BuildProducts.folder]
    let paths = folders.compactMap { $0?.appendingPathComponent(fileName).path }
    guard let path = paths.first(where: FileManager.default.fileExists(atPath:)) else {
      throw .documentLibrary(reason: "\(fileName) is not beside candor")
    }
    guard let library = dlopen(path, RTLD_NOW | RTLD_LOCAL) else {
      let reason = dlerror().map { String(cString: $0) } ?? "it could not be loaded"
      throw .documentLibrary(reason: reason)
    }
    guard let symbol = dlsym(library, "candor_documents_handle") else {
      throw .documentLibrary(reason: "\(path) has no entry point")
    }
    return unsafeBitCast(symbol, to: Handler.self)
  }
}
