import CandorKit
import Foundation

extension Console {
  /// Reads an input file, or standard input for `-`: PDF and DOCX through the document
  /// library, text as it is.
  func readFile(_ path: String) throws -> InputFile {
    let name = path == "-" ? "<stdin>" : path
    let data = path == "-" ? readInput() : try InputFile.contents(of: path)
    guard DocumentKind(sniffing: data) == .text else {
      return try DocumentLibrary.read(data, name: name)
    }
    return InputFile(name: name, text: try InputFile.decode(data, name: name))
  }
}

extension Console {
  /// Says on standard error, once, when a resume's layout could not be read well.
  func warnLayout(of resume: ParsedResume, file: InputFile, command: String) {
    guard let warning = resume.layoutWarning else { return }
    printError("candor \(command): \(file.name): warning: \(warning)")
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
