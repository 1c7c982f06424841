/// A company's name as a sentence may write it, worked out once per posting: in full, or
/// by the first word of a longer name ("Quillfeather makes…" for Quillfeather Software).
struct CompanyWords {
  /// The whole name, lowercased.
  let full: String
  /// " quillfeather": the first word with a space before it, when it is distinctive.
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
    firstWord = distinctive ? " " + first : nil
  }

  /// True when `lower`, a lowercased sentence with a space before it, names the company.
  func named(in lower: String) -> Bool {
    if lower.byteRange(of: full) != nil { return true }
    guard let firstWord, lower.byteRange(of: firstWord) != nil else { return false }
    var rest = lower[...]
    while let found = rest.range(of: firstWord) {
      if Self.endsWord(at: found.upperBound, in: lower) { return true }
      rest = lower[found.upperBound...]
    }
    return false
  }

  /// True when the sentence opens on the company's name.
  func opens(_ lower: String) -> Bool {
    if lower.hasPrefix(" " + full) { return true }
    guard let firstWord, lower.hasPrefix(firstWord) else { return false }
    return Self.endsWord(at: lower.index(lower.startIndex, offsetBy: firstWord.count), in: lower)
  }

  /// "riverlight’s mission", "riverlight, a nonprofit": the word ends where no letter
  /// follows, so a possessive names the company too.
  private static func endsWord(at index: String.Index, in text: String) -> Bool {
    index == text.endIndex || !text[index].isLetter
  }

  /// First words many companies share, which name none of them alone.
  private static let commonFirstWords: Set<String> = [
    "american", "united", "first", "north", "south", "east", "west", "pacific", "atlantic",
    "central", "northern", "southern", "eastern", "western", "great", "metro", "community",
  ]
}
