/// Orders a spell checker's suggestions for one word: the closest first, by edit distance
/// with a swap of two neighbouring letters as one edit ("recieve" is one edit from
/// "receive", two from "relieve" for plain Levenshtein and one), then a fix that keeps
/// every typed letter, the checker's own order breaking ties; each written in the word's
/// case ("Managment" → "Management").
enum SpellingFixes {
  static func ranked(_ suggestions: [String], for word: String) -> [String] {
    let typed = word.lowercased()
    var seen: Set<String> = []
    return suggestions.enumerated()
      .map { (offset: $0.offset, fix: inCase(of: word, $0.element)) }
      .filter { seen.insert($0.fix).inserted }
      .map { (offset: $0.offset, fix: $0.fix, distance: distance(typed, $0.fix.lowercased())) }
      .sorted {
        ($0.distance, dropsTyped(typed, $0.fix), $0.offset)
          < ($1.distance, dropsTyped(typed, $1.fix), $1.offset)
      }
      .map(\.fix)
  }

  /// 1 when `fix` loses a letter that was typed, 0 when it keeps every one in order: of two
  /// fixes one edit away, a left-out letter ("lerner" → "learner") is likelier than a wrong
  /// one ("leaner").
  static func dropsTyped(_ typed: String, _ fix: String) -> Int {
    var rest = Substring(fix.lowercased())
    for letter in typed {
      guard let found = rest.firstIndex(of: letter) else { return 1 }
      rest = rest[rest.index(after: found)...]
    }
    return 0
  }

  /// `fix` in `word`'s case: capitalised after a capitalised word, upper case after an upper
  /// case one; a fix with capitals of its own ("English") keeps them.
  static func inCase(of word: String, _ fix: String) -> String {
    guard fix == fix.lowercased(), let first = word.first, first.isUppercase else { return fix }
    if word.count > 1, word == word.uppercased() { return fix.uppercased() }
    return fix.prefix(1).uppercased() + fix.dropFirst()
  }

  /// Edits from `a` to `b`: insertions, deletions, replacements and swaps of neighbouring
  /// letters (the optimal string alignment distance).
  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
    var rows = [Array(0...b.count)]
    for i in 1...a.count {
      var row = [i] + Array(repeating: 0, count: b.count)
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        row[j] = min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          row[j] = min(row[j], rows[i - 2][j - 2] + 1)
        }
      }
      rows.append(row)
    }
    return rows[a.count][b.count]
  }
}
