/// The terms one posting line names: lexicon terms, and on requirement lines and skill
/// lists also product names and acronyms the lexicon lacks.
enum LineTerms {
  /// The hits on `line`; `keys` remembers each lexicon term's key across lines,
  /// `discovered` holds the names the posting reader found that the lexicon lacks, and
  /// `reading` the lexicon terms it found, if the posting was read with `lexicon`.
  static func hits(
    in line: KeywordLine, lexicon: Lexicon, reading: PostingReading, discovered: [String],
    keys: inout [String: String]
  ) -> [TermHit] {
    let text = line.text
    var hits = reading.matches(in: text, lexicon: lexicon).map { match in
      let key = keys[match.term] ?? KeywordKey.normalized(match.term)
      keys[match.term] = key
      let isSpoken =
        match.category == .language && lexicon.entry(for: match.term)?.isSpokenLanguage == true
      // "Unit and UI testing": the first term of a shared head is spelled "Unit" on the
      // line; its keyword is the whole term.
      let spelling = lexicon.entry(for: match.spelling) == nil ? match.term : match.spelling
      var hit = TermHit(
        key: key, spelling: spelling,
        category: KeywordCategory(match.category, isSpoken: isSpoken), kind: match.category,
        range: match.range)
      hit.namesTeam = namesTeam(after: match.range, in: text)
      hit.lexiconSpellings = match.spellingCount
      return hit
    }
    if line.isRequirement || line.section == .stack || line.section == .requirements {
      let found = names(discovered, in: text, besides: hits, lexicon: lexicon)
      // "Idaho Pharmacy Technician license": a credential's name holds the terms inside it.
      let credentials = found.filter { $0.category == .certification }.map(\.range)
      hits.removeAll { hit in credentials.contains { holds($0, hit.range) } }
      hits += found
    }
    return hits.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  /// Hits for the discovered names `line` spells out, where no lexicon term already is.
  private static func names(
    _ discovered: [String], in text: String, besides known: [TermHit], lexicon: Lexicon
  ) -> [TermHit] {
    var result: [TermHit] = []
    for term in discovered {
      guard let range = wholeWordRange(of: term, in: text) else { continue }
      let category = KeywordCategory(CredentialCue.category(of: term, in: text))
      let inside = { (hit: TermHit) in category == .certification && holds(range, hit.range) }
      guard !known.contains(where: { $0.range.overlaps(range) && !inside($0) }) else {
        continue
      }
      result.append(
        TermHit(
          key: lexicon.key(for: term), spelling: term, category: category, kind: nil,
          range: range))
    }
    return result
  }

  private static func holds(_ outer: Range<String.Index>, _ inner: Range<String.Index>) -> Bool {
    outer.lowerBound <= inner.lowerBound && inner.upperBound <= outer.upperBound
  }

  /// True when a group word follows the term ("customer success team", "the sales
  /// department"), so the term names people rather than a skill asked for.
  static func namesTeam(after range: Range<String.Index>, in text: String) -> Bool {
    let words = WordScanner(text[range.upperBound...])
    guard let next = words.peek()?.lowercased() else { return false }
    return ["team", "teams", "department", "departments", "group", "organization"].contains(next)
  }

  /// The first place `word` occurs in `text` (letter case ignored) with no letter or digit
  /// on either side.
  static func wholeWordRange(of word: String, in text: String) -> Range<String.Index>? {
    FoldedSearch(text).ranges(of: word).first { found in
      let before =
        found.lowerBound > text.startIndex ? text[text.index(before: found.lowerBound)] : " "
      let after = found.upperBound < text.endIndex ? text[found.upperBound] : " "
      return !isWordCharacter(before) && !isWordCharacter(after)
    }
  }

  static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "+" || character == "#"
  }
}
