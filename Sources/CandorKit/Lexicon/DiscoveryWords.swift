import Foundation

/// Words that are never skills, from `Resources/lexicon/words/common-words.json`: generic
/// posting words, common English words, calendar words, places, everyday acronyms and
/// well-known company names.
enum DiscoveryWords {
  /// The lists of the words file, by name.
  struct File: Decodable {
    var generic: [String]
    var english: [String]
    var calendar: [String]
    var places: [String]
    var acronyms: [String]
    var companies: [String]

    var words: [String] { generic + english + calendar + places + acronyms }
  }

  /// The bundled words file, or nil when it is missing or does not decode.
  static func load() -> File? {
    guard let folder = LexiconFiles.folder,
      let data = try? Data(contentsOf: folder.appendingPathComponent("words/common-words.json"))
    else { return nil }
    return try? JSONDecoder().decode(File.self, from: data)
  }

  private static let file = load()
  /// Every listed word except company names, folded.
  static let common: Set<String> = Set((file?.words ?? []).map { Tokenizer.fold($0) })
  /// Everyday English and generic posting words, folded: words that are lowercase inside
  /// a sentence.
  static let ordinary: Set<String> = Set(
    ((file?.english ?? []) + (file?.generic ?? [])).map { Tokenizer.fold($0) })
  /// Well-known company names, folded.
  static let companies: Set<String> = Set((file?.companies ?? []).map { Tokenizer.fold($0) })

  /// True when `folded` (a folded token) is a listed word, also in the plural.
  static func isCommon(_ folded: String) -> Bool {
    common.contains(folded) || Plural.singulars(of: folded).contains(where: common.contains)
  }

  /// True when `folded` is a well-known company name, which may start a product name
  /// ("Google Data Studio") but is no skill alone.
  static func isCompany(_ folded: String) -> Bool {
    companies.contains(folded)
  }
}
