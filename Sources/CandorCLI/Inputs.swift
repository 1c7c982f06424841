import CandorKit
import Foundation

extension Console {
  /// Reads an input file, or standard input for `-`.
  func readFile(_ path: String) throws(CandorError) -> InputFile {
    guard path == "-" else { return try InputFile.read(path) }
    let text = try InputFile.decode(readInput(), name: "<stdin>")
    return InputFile(name: "<stdin>", text: text)
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
