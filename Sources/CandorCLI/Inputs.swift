import CandorDocuments
import CandorKit
import Foundation

extension Console {
  /// Reads an input file, or standard input for `-`: PDF and DOCX through their readers,
  /// text as it is.
  func readFile(_ path: String) throws(CandorError) -> InputFile {
    guard path == "-" else { return try DocumentReader.read(path) }
    return try DocumentReader.read(data: readInput(), name: "<stdin>")
  }
}

/// Encodes values as stable, readable JSON.
enum JSONOutput {
  static func encode<T: Encodable>(_ value: T) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(value) else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }
}
