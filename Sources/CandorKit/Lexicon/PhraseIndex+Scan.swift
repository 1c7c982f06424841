extension PhraseIndex {
  /// Every phrase found in `text`, longest first and never overlapping, each marked with
  /// whether it still needs skill context to count.
  func candidates(in text: TokenText) -> [PhraseMatch] {
    let text = NumberedText(text, words)
    var result: [PhraseMatch] = []
    var position = 0
    while position < text.count {
      if let found = longestMatch(text, at: position) {
        if !splitsAcronym(found, text.text) { result.append(found) }
        position += found.length
      } else {
        position += 1
      }
    }
    return result
  }

  /// True when `match` is cut from an acronym with a one-letter suffix, which names another
  /// credential: "CCP" in "CCP-C", "C" in "FP-C".
  private func splitsAcronym(_ match: PhraseMatch, _ text: TokenText) -> Bool {
    text.isSuffixedAcronym(match.end - 1) || text.isSuffixedAcronym(match.start - 1)
  }

  /// The entry whose spelling is exactly the whole token sequence, if any.
  func lookup(_ tokens: [Token]) -> Int? {
    let text = NumberedText(TokenText(tokens, detectCapitals: false), words)
    if let found = longestMatch(text, at: 0), found.length == tokens.count {
      return found.entry
    }
    return tokens.count == 2 ? hyphenJoin(text, at: 0, requireHyphen: false)?.entry : nil
  }

  private func longestMatch(_ text: NumberedText, at start: Int) -> PhraseMatch? {
    guard !text[start].isPunctuation else { return nil }
    var best: PhraseMatch?
    var current = 0
    var position = start
    while position < text.count, !text[position].isLineBreak {
      let word = text.words[position]
      let exact = child(of: current, word)
      if let exact, let phrase = accepted(phrases[exact], text.text, start) {
        best = marked(phrase, text, start)
      } else if !text[position].isPunctuation,
        let phrase = pluralPhrase(current, text, start, position)
      {
        best = marked(phrase, text, start)
      } else if position > start, let child = pluralChild(of: current, word),
        let phrase = phrases[child].first(where: { !$0.caseSensitive })
      {
        best = marked(phrase, text, start)
      }
      guard let exact else { break }
      current = exact
      position += 1
    }
    if best.map({ $0.length < 2 }) ?? true, let joined = hyphenJoin(text, at: start) {
      return joined
    }
    return best
  }

  /// A phrase whose last word the token at `position` spells in the plural.
  private func pluralPhrase(_ parent: Int, _ text: NumberedText, _ start: Int, _ position: Int)
    -> Phrase?
  {
    let token = text[position]
    for stem in text.stems[position] {
      guard let child = child(of: parent, stem) else { continue }
      let found = phrases[child].first { phrase in
        guard phrase.acceptsPlural(token) else { return false }
        return phrase.words.indices.dropLast().allSatisfy {
          !phrase.caseSensitive || phrase.matchesCase(text.text, start + $0, at: $0)
        }
      }
      if let found { return found }
    }
    return nil
  }

  /// Flags a match that needs skill context: an ambiguous spelling, a capitalised everyday
  /// word opening a sentence ("Swift response"), or a case-sensitive term in an all-caps line.
  private func marked(_ phrase: Phrase, _ numbered: NumberedText, _ start: Int) -> PhraseMatch {
    let text = numbered.text
    let inCapitals =
      phrase.caseSensitive && text.isShouting(start) && text[start].text != phrase.words[0]
    let inName =
      (phrase.isCommonNoun || phrase.isEverydayWord) && text.continuesProperName(start)
      || phrase.isEverydayWord && startsProperName(numbered, start)
    let needsContext =
      phrase.ambiguous || (phrase.isEverydayWord && text.opensSentence(start)) || inCapitals
      || inName
    return PhraseMatch(
      entry: phrase.entry, category: phrase.category, start: start, length: phrase.words.count,
      needsContext: needsContext, isHomograph: phrase.homograph)
  }

  /// True when the word after `start` is a capitalised word that is no term, so the two
  /// may form a name ("Juniper Table Bistro", "Swift Transportation").
  private func startsProperName(_ text: NumberedText, _ start: Int) -> Bool {
    guard text.text.continuesProperName(start + 1) else { return false }
    return child(of: 0, text.words[start + 1]).map { phrases[$0].isEmpty } ?? true
  }

  /// "e-commerce" written as two hyphenated tokens finds the one-word spelling "ecommerce".
  private func hyphenJoin(_ text: NumberedText, at start: Int, requireHyphen: Bool = true)
    -> PhraseMatch?
  {
    guard start + 1 < text.count, !text[start].isPunctuation, !text[start + 1].isPunctuation
    else { return nil }
    if requireHyphen && !text.text.isHyphenated(start) { return nil }
    // "FP-C" is not "FPC": a one-letter suffix makes another acronym.
    if text.text.isSuffixedAcronym(start) { return nil }
    let written = String(text[start].text) + String(text[start + 1].text)
    guard let number = words.number(of: text[start].folded + text[start + 1].folded),
      let child = child(of: 0, number)
    else { return nil }
    let phrase = phrases[child].first { !$0.caseSensitive || $0.words[0] == written }
    return phrase.map {
      PhraseMatch(
        entry: $0.entry, category: $0.category, start: start, length: 2,
        needsContext: $0.ambiguous, isHomograph: $0.homograph)
    }
  }
}
