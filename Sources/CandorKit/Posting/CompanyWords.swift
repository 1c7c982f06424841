/// A company's name as a sentence may write it, worked out once per posting: in full, or
/// by the first word of a longer name ("Quillfeather makes…" for Quillfeather Software).
struct CompanyWords {
  /// The whole name, lowercased.
  let full: String
  /// " quillfeather ": the first word with spaces around it, when it is distinctive.
  let firstWord: String?

  init(_ name: String) {
    full = name.lowercased()
    guard let space = full.firstIndex(of: " ") else {
      firstWord = nil
      return
    }
    let first = String(full[..<space])
    let distinctive =
      first.count >= 5 && !PersonName.notNames.contains(first)
      && !Self.commonFirstWords.contains(first)
    firstWord = distinctive ? " " + first + " " : nil
  }

  /// True when `lower`, a lowercased sentence with a space before it, names the company.
  func named(in lower: String) -> Bool {
    if lower.byteRange(of: full) != nil { return true }
    return firstWord.map { lower.byteRange(of: $0) != nil } ?? false
  }

  /// True when the sentence opens on the company's name.
  func opens(_ lower: String) -> Bool {
    lower.hasPrefix(" " + full) || firstWord.map { lower.hasPrefix($0) } ?? false
  }

  /// First words many companies share, which name none of them alone.
  private static let commonFirstWords: Set<String> = [
    "american", "united", "first", "north", "south", "east", "west", "pacific", "atlantic",
    "central", "northern", "southern", "eastern", "western", "great", "metro", "community",
  ]
}
