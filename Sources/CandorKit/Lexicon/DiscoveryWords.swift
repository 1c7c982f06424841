import Foundation

/// Words that are never skills, from `Resources/lexicon/words/common-words.json`: generic
/// posting words, common English words, calendar words, places, everyday acronyms and
/// well-known company names.
enum DiscoveryWords {
  /// The lists of the words file, by name.
  struct File {
    var generic: [String]
    var english: [String]
    var calendar: [String]
    var places: [String]
    var acronyms: [String]
    var companies: [String]

    var words: [String] { generic + english + calendar + places + acronyms }

    /// The file's lists, or nil when one is missing.
    init?(_ lists: [String: [String]]) {
      guard let generic = lists["generic"], let english = lists["english"],
        let calendar = lists["calendar"], let places = lists["places"],
        let acronyms = lists["acronyms"], let companies = lists["companies"]
      else { return nil }
      (self.generic, self.english, self.calendar) = (generic, english, calendar)
      (self.places, self.acronyms, self.companies) = (places, acronyms, companies)
    }
  }

  /// The bundled words file, or nil when it is missing or does not read; read with
  /// ``LexiconFileReader``, much cheaper than `JSONDecoder`, since every process loads it.
  static func load() -> File? {
    guard let folder = LexiconFiles.folder,
      let data = try? Data(contentsOf: folder.appendingPathComponent("words/common-words.json")),
      let lists = try? LexiconFileReader.stringLists(data)
    else { return nil }
    return File(lists)
  }

  private static let file = load()
  /// Every listed word except company names, folded.
  static let common: Set<String> = Set((file?.words ?? []).map { Tokenizer.fold($0) })
  /// Everyday English and generic posting words, folded: words that are lowercase inside
  /// a sentence.
  static let ordinary: Set<String> = Set(
    ((file?.english ?? []) + (file?.generic ?? [])).map { Tokenizer.fold($0) })
  /// Countries, states, regions and cities, folded.
  static let places: Set<String> = Set((file?.places ?? []).map { Tokenizer.fold($0) })
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
