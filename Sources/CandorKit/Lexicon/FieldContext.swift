/// Decides whether a generic spelling that several fields use ("building pipeline" in sales
/// and data work, "warehouse" in logistics and analytics, "accessibility" in web work and
/// buildings) is meant in its entry's field, from that field's words nearby.
///
/// It applies to the `ambiguous` spellings of entries that list `contextWords`; other
/// ambiguous spellings keep the list-and-cue rules of ``SkillContext``. Besides a context
/// word on its line, a lone list item ("- Accessibility") or a cue after it ("accessibility
/// expertise", "warehouse is a plus") confirms one; a list of other fields' terms or a cue
/// before it ("experience with building pipelines") does not.
struct FieldContext: Sendable {
  /// The folded context words of each entry that has some, by entry number.
  private let words: [Int: Set<String>]
  /// Each entry's field of work, by entry number ("" for an entry made in code).
  private let fields: [String]

  /// How many tokens on either side may hold a context word.
  private static let reach = 30

  /// Categories of named products: a generic word right after one is part of its name
  /// ("Snowflake warehouse", "Jenkins pipeline"), so it belongs to the product's field.
  private static let products: Set<SkillCategory> = [.tool, .database, .cloud, .framework]

  init(_ entries: [Lexicon.Entry]) {
    var words: [Int: Set<String>] = [:]
    for (number, entry) in entries.enumerated() where !entry.contextWords.isEmpty {
      words[number] = Set(entry.contextWords.map { Tokenizer.fold($0) })
    }
    self.words = words
    fields = entries.map(\.field)
  }

  /// `matches` without the field-bound ones their field's words do not confirm; the ones
  /// confirmed no longer need skill context.
  func confirmed(_ matches: [PhraseMatch], in tokens: [Token]) -> [PhraseMatch] {
    guard !words.isEmpty, matches.contains(where: isFieldBound) else { return matches }
    var result: [PhraseMatch] = []
    result.reserveCapacity(matches.count)
    for (index, match) in matches.enumerated() {
      guard isFieldBound(match), let own = words[match.entry] else {
        result.append(match)
        continue
      }
      let previous = index > 0 ? matches[index - 1] : nil
      if let previous, previous.end == match.start, Self.products.contains(previous.category),
        !sharesField(previous, match)
      {
        continue
      }
      if Self.hasWord(of: own, near: match, tokens)
        || SkillContext.standsAlone(match, tokens, [])
        || SkillContext.hasCueAfter(match, tokens)
      {
        var kept = match
        kept.needsContext = false
        result.append(kept)
      }
    }
    return result
  }

  /// True when one of `own` lies within ``reach`` tokens of the match, in its sentence on
  /// its line: "31 million pounds of food" says nothing of the "cold-storage warehouse" a
  /// later sentence funds.
  private static func hasWord(of own: Set<String>, near match: PhraseMatch, _ tokens: [Token])
    -> Bool
  {
    var index = match.start - 1
    while index >= max(0, match.start - reach), !tokens[index].isLineBreak,
      !endsSentence(tokens, index)
    {
      if own.contains(tokens[index].folded) { return true }
      index -= 1
    }
    index = match.end
    while index < min(tokens.count, match.end + reach), !tokens[index].isLineBreak,
      !endsSentence(tokens, index - 1)
    {
      if own.contains(tokens[index].folded) { return true }
      index += 1
    }
    return false
  }

  /// True when a full stop and a space follow the token at `index` before the next token.
  private static func endsSentence(_ tokens: [Token], _ index: Int) -> Bool {
    guard index >= 0, index + 1 < tokens.count else { return false }
    let end = tokens[index].text.endIndex
    let next = tokens[index + 1].text.startIndex
    guard end < next else { return false }
    let gap = tokens[index].text.base.unicodeScalars[end..<next]
    return gap.count >= 2 && gap.first == "." && gap.dropFirst().first == " "
  }

  /// True when both entries come from one field's data file: "Django backend" is back-end
  /// work in Django, unlike "Snowflake warehouse", a data product's part.
  private func sharesField(_ product: PhraseMatch, _ match: PhraseMatch) -> Bool {
    let field = fields[match.entry]
    return !field.isEmpty && fields[product.entry] == field
  }

  private func isFieldBound(_ match: PhraseMatch) -> Bool {
    match.needsContext && words[match.entry] != nil
  }
}
