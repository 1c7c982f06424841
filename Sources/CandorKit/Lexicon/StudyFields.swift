import Foundation

/// Fields of study, from `Resources/lexicon/words/study-fields.json`: the last words of a
/// field's name ("Political Science") and the subjects that name a degree's field and no
/// skill apart from it ("economics"), all lowercase; read once.
enum StudyFields {
  private static let lists: [String: [String]] = {
    guard let folder = LexiconFiles.folder,
      let data = try? Data(contentsOf: folder.appendingPathComponent("words/study-fields.json")),
      let lists = try? LexiconFileReader.stringLists(data)
    else { return [:] }
    return lists
  }()

  /// Last words of fields of study, which no town's name ends on.
  static let heads: Set<String> = Set(lists["heads"] ?? [])
  /// Subjects that name a degree's field, as lexicon keys.
  static let disciplines: Set<String> = Set(lists["disciplines"] ?? [])

  /// True when `word`, lowercase, can end a field of study's name.
  static func isHead(_ word: String) -> Bool { heads.contains(word) }
}
