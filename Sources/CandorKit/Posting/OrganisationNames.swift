import Foundation

/// What shows a capitalised phrase names an organisation rather than a person ("Grace
/// Hopper Academy", "Kaiser Permanente", "St. Joseph"), from
/// `Resources/lexicon/words/organisations.json`.
enum OrganisationNames {
  private static let lists: [String: [String]] = {
    guard let folder = LexiconFiles.folder,
      let data = try? Data(contentsOf: folder.appendingPathComponent("words/organisations.json")),
      let lists = try? LexiconFileReader.stringLists(data)
    else { return [:] }
    return lists
  }()

  /// Nouns and legal forms of organisations' names, lowercase.
  private static let words = Set(lists["words"] ?? [])
  /// Well-known employers named like a person, folded.
  private static let names = (lists["names"] ?? []).map(\.folded)
  /// Short forms that open place and organisation names ("St", "Mt").
  private static let abbreviations = Set(lists["abbreviations"] ?? [])

  /// True when `words`, the words of a would-be name, name an organisation: one is an
  /// organisation's noun, legal form or abbreviation, or they start with a known employer.
  static func named(by words: [String]) -> Bool {
    if words.contains(where: {
      let bare = $0.trimming(charactersIn: ".,")
      return abbreviations.contains(bare) || self.words.contains($0.lowercased())
        || self.words.contains(bare.lowercased())
    }) {
      return true
    }
    let folded = words.joined(separator: " ").folded
    return names.contains { folded == $0 || folded.hasPrefix($0 + " ") }
  }
}
