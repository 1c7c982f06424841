import Foundation

/// The lexicon data files shipped in the bundle: one JSON file per field of work.
enum LexiconFiles {
  /// A lexicon file: a field of work and its terms.
  struct File: Codable {
    var field: String
    var terms: [Lexicon.Entry]
  }

  /// The bundled `lexicon` folder.
  static var folder: URL? {
    Bundle.module.url(forResource: "lexicon", withExtension: nil)
  }

  /// The URLs of the term files, sorted by name so loading order is stable.
  static func termFileURLs() -> [URL] {
    guard let folder,
      let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
    else { return [] }
    return names.sorted().filter { $0.hasSuffix(".json") }.map {
      folder.appendingPathComponent($0)
    }
  }

  /// Reads one term file with ``LexiconFileReader``, which is much cheaper than `JSONDecoder`.
  static func decode(_ url: URL) throws(LexiconFileError) -> File {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw .unreadable(reason: error.localizedDescription)
    }
    return try LexiconFileReader.read(data)
  }

  /// Every entry of every bundled term file. A file that does not decode is skipped (the
  /// tests prove every shipped file decodes).
  static func bundledEntries() -> [Lexicon.Entry] {
    termFileURLs().flatMap { url -> [Lexicon.Entry] in
      guard let file = try? decode(url) else { return [] }
      return file.terms.map { entry in
        var entry = entry
        entry.field = file.field
        return entry
      }
    }
  }
}
