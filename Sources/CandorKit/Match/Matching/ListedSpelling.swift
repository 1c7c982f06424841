/// A product's capitalised spelling that is also a word ("Cornerstone", "Teams", "Word",
/// "Go"), found as one item of a list once the posting names the product: alone as an
/// item of a skills list ("Software - Cornerstone, Excel"), or elsewhere beside another
/// item the lexicon knows as a tool ("Cornerstone / VetLab"). Prose keeps it out: "Go" in
/// "Go live", "Teams" in "Led Teams of 12", "Word" in "Word of mouth".
enum ListedSpelling {
  /// The capitalised spellings of `entry` that count only in skill context and in their
  /// own letter case; a spelling two fields share is left to the words around it.
  static func spellings(of entry: Lexicon.Entry) -> [TokenSearch.Spelling] {
    entry.spellings.filter { spelling in
      entry.ambiguous.contains(spelling) && entry.caseSensitive.contains(spelling)
        && !entry.homographs.contains(spelling) && spelling.first?.isUppercase == true
    }.map { TokenSearch.Spelling($0, caseSensitive: true) }
  }

  /// Where `spelling` stands as a list item in `tokens`: any item of a skills list when
  /// `isList`, otherwise only an item with a known tool as its neighbour.
  static func find(
    _ spelling: TokenSearch.Spelling, in tokens: [Token], isList: Bool, lexicon: Lexicon
  ) -> [Range<String.Index>] {
    let words = spelling.words
    guard let first = words.first, tokens.count >= words.count else { return [] }
    return (0...(tokens.count - words.count)).compactMap { start in
      let end = start + words.count
      guard tokens[start].text == first,
        zip(tokens[start..<end], words).allSatisfy({ $0.text == $1 }),
        opensItem(at: start, tokens), closesItem(at: end, tokens),
        isList || hasToolBeside(start, end, tokens, lexicon)
      else { return nil }
      return tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound
    }
  }

  /// Separators and words between two items of a list.
  private static let separators: Set<String> = [
    ",", ";", "|", "•", "·", "/", "(", ")", ":", "\n", "&", "and", "or",
  ]

  private static func isSeparator(_ token: Token) -> Bool {
    separators.contains(token.isPunctuation ? String(token.text) : token.folded)
  }

  /// True when a dash set off by spaces stands between two tokens ("Software - Cornerstone").
  private static func isDash(between first: Token, _ second: Token) -> Bool {
    let gap = Tokenizer.gap(first, second)
    return gap.contains(" ") && gap.contains { "-–—".contains($0) }
  }

  private static func opensItem(at start: Int, _ tokens: [Token]) -> Bool {
    start == 0 || isSeparator(tokens[start - 1])
      || isDash(between: tokens[start - 1], tokens[start])
  }

  private static func closesItem(at end: Int, _ tokens: [Token]) -> Bool {
    end == tokens.count || isSeparator(tokens[end]) || isDash(between: tokens[end - 1], tokens[end])
  }

  /// True when the item just before or after `start..<end`, across one separator, is a
  /// lexicon term that names a tool, a language or a platform.
  private static func hasToolBeside(
    _ start: Int, _ end: Int, _ tokens: [Token], _ lexicon: Lexicon
  ) -> Bool {
    let after =
      end < tokens.count && isSeparator(tokens[end]) ? item(from: end + 1, step: 1, tokens) : nil
    let before =
      start > 0 && isSeparator(tokens[start - 1]) ? item(from: start - 2, step: -1, tokens) : nil
    return [before, after].contains { words in
      guard let words, let entry = lexicon.entry(for: words) else { return false }
      return ![.softSkill, .degree, .domain].contains(entry.category)
    }
  }

  /// The text of the item that runs from `index` in the direction of `step`, up to four
  /// words, or nil when none does.
  private static func item(from index: Int, step: Int, _ tokens: [Token]) -> String? {
    var last = index
    var cursor = index
    while cursor >= 0, cursor < tokens.count, !isSeparator(tokens[cursor]),
      abs(cursor - index) < 4
    {
      last = cursor
      cursor += step
    }
    guard index >= 0, index < tokens.count, !isSeparator(tokens[index]) else { return nil }
    let (low, high) = step > 0 ? (index, last) : (last, index)
    return String(
      tokens[low].text.base[tokens[low].range.lowerBound..<tokens[high].range.upperBound])
  }
}
