/// The terms one posting line names: lexicon terms, and on requirement lines and skill
/// lists also product names and acronyms the lexicon lacks.
enum LineTerms {
  static func hits(in line: KeywordLine, lexicon: Lexicon) -> [TermHit] {
    let text = line.text
    var hits = lexicon.matches(in: text).map { match in
      var hit = TermHit(
        key: Lexicon.normalized(match.term), spelling: match.spelling,
        category: KeywordCategory(match.category), kind: match.category, range: match.range)
      hit.namesTeam = namesTeam(after: match.range, in: text)
      return hit
    }
    if line.isRequirement || line.section == .stack || line.section == .requirements {
      hits += discovered(in: text, besides: hits, lexicon: lexicon)
    }
    return hits.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  private static func discovered(in text: String, besides known: [TermHit], lexicon: Lexicon)
    -> [TermHit]
  {
    var result: [TermHit] = []
    for term in TermDiscovery.terms(in: text, lexicon: lexicon) {
      guard let range = wholeWordRange(of: term, in: text),
        !known.contains(where: { $0.range.overlaps(range) })
      else { continue }
      result.append(
        TermHit(
          key: lexicon.key(for: term), spelling: term, category: .tool, kind: nil, range: range))
    }
    return result
  }

  /// True when a group word follows the term ("customer success team", "the sales
  /// department"), so the term names people rather than a skill asked for.
  static func namesTeam(after range: Range<String.Index>, in text: String) -> Bool {
    let words = WordScanner(text[range.upperBound...])
    guard let next = words.peek()?.lowercased() else { return false }
    return ["team", "teams", "department", "departments", "group", "organization"].contains(next)
  }

  /// The first place `word` occurs in `text` with no letter or digit on either side.
  static func wholeWordRange(of word: String, in text: String) -> Range<String.Index>? {
    var start = text.startIndex
    while let found = text.range(of: word, range: start..<text.endIndex) {
      let before =
        found.lowerBound > text.startIndex ? text[text.index(before: found.lowerBound)] : " "
      let after = found.upperBound < text.endIndex ? text[found.upperBound] : " "
      if !isWordCharacter(before) && !isWordCharacter(after) { return found }
      start = text.index(after: found.lowerBound)
    }
    return nil
  }

  static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "+" || character == "#"
  }
}
