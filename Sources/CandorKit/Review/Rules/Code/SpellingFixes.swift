/// Orders a spell checker's suggestions for one word: the closest first, by an edit cost that
/// knows how people misspell. A vowel written for another, or left out or added, costs less
/// than a consonant ("detale" is nearer "detail" than "delate", "definatly" nearer
/// "definitely" than "defiantly"); so do a neighbouring key and a doubled letter; a swap of two
/// neighbouring letters is one edit ("recieve" → "receive"). The checker's own order breaks
/// ties after a fix that keeps every typed letter ("lerner" → "learner" before "leaner"),
/// and each fix is written in the word's case ("Managment" → "Management").
enum SpellingFixes {
  static func ranked(_ suggestions: [String], for word: String) -> [String] {
    let typed = word.lowercased()
    var seen: Set<String> = []
    return suggestions.enumerated()
      .map { (offset: $0.offset, fix: inCase(of: word, $0.element)) }
      .filter { seen.insert($0.fix).inserted }
      .map { (offset: $0.offset, fix: $0.fix, cost: caseCost(typed, $0.fix)) }
      .sorted {
        ($0.cost, dropsTyped(typed, $0.fix), $0.offset)
          < ($1.cost, dropsTyped(typed, $1.fix), $1.offset)
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

  /// `cost(_:_:)`, where a fix that only changes capitals ("lerner" → "Lerner", a name) costs
  /// more than a left-out vowel ("learner") and less than a wrong consonant.
  private static func caseCost(_ typed: String, _ fix: String) -> Double {
    let folded = fix.lowercased()
    return folded == typed ? 0.75 : cost(typed, folded)
  }

  /// The cost of typing `b` as `a`: `distance(_:_:)` with cheaper edits for the slips
  /// people make by sound or by finger.
  static func cost(_ a: String, _ b: String) -> Double {
    let a = Array(a)
    let b = Array(b)
    guard !a.isEmpty, !b.isEmpty else { return Double(max(a.count, b.count)) }
    var rows = [(0...b.count).map { Double($0) }]
    for i in 1...a.count {
      var row = [Double(i)] + Array(repeating: 0, count: b.count)
      for j in 1...b.count {
        let change = substitution(a[i - 1], b[j - 1])
        let drop = gap(a, i - 1)
        let add = gap(b, j - 1)
        row[j] = min(rows[i - 1][j] + drop, row[j - 1] + add, rows[i - 1][j - 1] + change)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          let swap = isVowel(a[i - 1]) && isVowel(a[i - 2]) ? 0.5 : 1
          row[j] = min(row[j], rows[i - 2][j - 2] + swap)
        }
      }
      rows.append(row)
    }
    return rows[a.count][b.count]
  }

  private static func isVowel(_ letter: Character) -> Bool { "aeiouy".contains(letter) }

  /// Writing one letter for another: a vowel for a vowel or a neighbouring key costs less.
  private static func substitution(_ a: Character, _ b: Character) -> Double {
    if a == b { return 0 }
    if isVowel(a) && isVowel(b) { return 0.4 }
    return areNeighbours(a, b) ? 0.75 : 1
  }

  /// Leaving out or adding the letter at `index` of `word`: a vowel or a doubled letter
  /// costs less.
  private static func gap(_ word: [Character], _ index: Int) -> Double {
    let letter = word[index]
    let doubled =
      (index > 0 && word[index - 1] == letter)
      || (index + 1 < word.count && word[index + 1] == letter)
    return isVowel(letter) || doubled ? 0.5 : 1
  }

  private static let keyRows: [[Character]] = ["qwertyuiop", "asdfghjkl", "zxcvbnm"].map(Array.init)

  /// Keys beside each other on a QWERTY keyboard, in a row or across the stagger.
  private static func areNeighbours(_ a: Character, _ b: Character) -> Bool {
    func place(_ key: Character) -> (row: Int, column: Int)? {
      for (row, keys) in keyRows.enumerated() {
        if let column = keys.firstIndex(of: key) { return (row, column) }
      }
      return nil
    }
    guard let first = place(a), let second = place(b) else { return false }
    let (upper, lower) = first.row <= second.row ? (first, second) : (second, first)
    if upper.row == lower.row { return abs(upper.column - lower.column) == 1 }
    return lower.row == upper.row + 1
      && (lower.column == upper.column || lower.column == upper.column - 1)
  }
}
