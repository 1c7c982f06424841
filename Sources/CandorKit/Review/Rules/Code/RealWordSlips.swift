/// A real word typed for the word the posting or resume puts beside the same neighbour:
/// "Front Office Manger" where the posting says "Front Office Manager". A dictionary knows
/// "manger", but a word one slip from the one the sources write after "Office", and used
/// nowhere in them, is the writer's slip. Inflections ("manage", "managed") are no slip,
/// and only a content word counts as the shared neighbour ("the", "of" say nothing).
struct RealWordSlips {
  /// Words the sources write right after a word, and right before it.
  private var after: [String: Set<String>] = [:]
  private var before: [String: Set<String>] = [:]

  init(_ texts: [String]) {
    for text in texts {
      let words = WordTokenizer.words(in: text)
      for index in words.indices.dropFirst() {
        after[words[index - 1].key, default: []].insert(words[index].key)
        before[words[index].key, default: []].insert(words[index - 1].key)
      }
    }
  }

  /// The source word `words[index]` is likely a slip of, written in its case; nil when
  /// none is near. `vocabulary` holds every word of the sources.
  func fix(_ words: [LetterWord], _ index: Int, _ text: String, _ vocabulary: Set<String>)
    -> String?
  {
    let typed = words[index].key
    // A number said in words is meant: "visits four schools" is no slip of "for".
    guard typed.count >= 4, !vocabulary.contains(typed), typed.allSatisfy(\.isLetter),
      NumberWords.english[typed] == nil, NumberWords.magnitudes[typed] == nil
    else { return nil }
    var near: Set<String> = []
    if index > 0, Self.isContent(words[index - 1].key) {
      near.formUnion(after[words[index - 1].key] ?? [])
    }
    if index + 1 < words.count, Self.isContent(words[index + 1].key) {
      near.formUnion(before[words[index + 1].key] ?? [])
    }
    let best = near.filter { Self.isSlip(typed, $0) }
      .map { (word: $0, cost: SpellingFixes.cost(typed, $0)) }
      .min { ($0.cost, $0.word) < ($1.cost, $1.word) }
    return best.map { SpellingFixes.inCase(of: String(text[words[index].range]), $0.word) }
  }

  private static func isContent(_ key: String) -> Bool {
    key.count >= 3 && !ContentWords.stopWords.contains(key)
  }

  /// `known` is one cheap slip from `typed` (a vowel, a neighbouring key or a doubled
  /// letter: a cost under 1, so "with" is no slip of "wich") with the same first letter, and
  /// neither is the other with an ending ("manage", "managers").
  static func isSlip(_ typed: String, _ known: String) -> Bool {
    guard known != typed, known.first == typed.first, abs(known.count - typed.count) <= 1,
      known.allSatisfy(\.isLetter), !known.hasPrefix(typed), !typed.hasPrefix(known),
      !TechWords.stems(of: typed).contains(known), !TechWords.stems(of: known).contains(typed)
    else { return false }
    return SpellingFixes.cost(typed, known) < 1
  }
}
