/// Completes coordinated phrases that share words: "predictive and prescriptive modeling"
/// also names predictive modeling, "unit and integration testing" unit testing, and
/// "accounts payable and receivable" accounts receivable.
enum Ellipsis {
  /// Conjunctions and separators that coordinate two phrases.
  private static let glue: Set<String> = ["and", "or", "/", ",", "&"]

  /// Matches for words that complete a neighbouring phrase of two or more words, placed
  /// on those words; `matches` are the confirmed matches of `text`, in order.
  static func completions(
    _ matches: [PhraseMatch], in text: TokenText, index: PhraseIndex
  ) -> [PhraseMatch] {
    var covered = Set<Int>()
    for match in matches { covered.formUnion(match.start..<match.end) }
    var result: [PhraseMatch] = []
    for match in matches where match.length >= 2 {
      let words = Array(text.tokens[match.start..<match.end])
      if let found = leading(match, words, text, index, covered) { result.append(found) }
      if let found = trailing(match, words, text, index, covered) { result.append(found) }
    }
    return result
  }

  /// "predictive and [prescriptive modeling]": words before the glue take the phrase's tail.
  private static func leading(
    _ match: PhraseMatch, _ words: [Token], _ text: TokenText, _ index: PhraseIndex,
    _ covered: Set<Int>
  ) -> PhraseMatch? {
    let glueEnd = match.start
    var wordEnd = glueEnd
    while wordEnd > 0 && glue.contains(text[wordEnd - 1].folded) { wordEnd -= 1 }
    guard wordEnd < glueEnd, wordEnd - glueEnd >= -2 else { return nil }
    for count in [2, 1] where wordEnd - count >= 0 {
      let start = wordEnd - count
      let head = Array(text.tokens[start..<wordEnd])
      guard head.allSatisfy({ !$0.isPunctuation }),
        !(start..<wordEnd).contains(where: covered.contains)
      else { continue }
      if let phrase = index.phrase(spelledBy: head + words.dropFirst()), phrase.entry != match.entry
      {
        return PhraseMatch(
          entry: phrase.entry, category: phrase.category, start: start, length: count)
      }
    }
    return nil
  }

  /// "[accounts payable] and receivable": the word after the glue takes the phrase's head,
  /// unless it is a common word that stands on its own ("data entry and reporting").
  private static func trailing(
    _ match: PhraseMatch, _ words: [Token], _ text: TokenText, _ index: PhraseIndex,
    _ covered: Set<Int>
  ) -> PhraseMatch? {
    var wordStart = match.end
    while wordStart < text.count && glue.contains(text[wordStart].folded) { wordStart += 1 }
    guard wordStart > match.end, wordStart - match.end <= 2, wordStart < text.count,
      !text[wordStart].isPunctuation, !covered.contains(wordStart),
      !DiscoveryWords.isCommon(text[wordStart].folded)
    else { return nil }
    guard let phrase = index.phrase(spelledBy: words.dropLast() + [text[wordStart]]),
      phrase.entry != match.entry
    else { return nil }
    return PhraseMatch(entry: phrase.entry, category: phrase.category, start: wordStart, length: 1)
  }
}
