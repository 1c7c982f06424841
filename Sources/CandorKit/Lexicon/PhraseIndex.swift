/// Finds lexicon phrases in token streams: whole tokens only, longest first, with the
/// case rules each spelling asks for, light plurals, and hyphen or space variants.
///
/// Spellings are stored in a trie keyed by folded tokens, so finding the longest phrase at
/// a position costs one dictionary step per token.
struct PhraseIndex: Sendable {
  private struct Node: Sendable {
    var children: [String: Int] = [:]
    /// Children whose key is a plural, under its singular ("pattern" → "patterns").
    var pluralChildren: [String: Int] = [:]
    var phrases: [Phrase] = []
  }

  private var nodes = [Node()]

  init(_ entries: [Lexicon.Entry]) {
    nodes.reserveCapacity(entries.count * 6)
    nodes[0].children.reserveCapacity(entries.count * 3)
    var joined: [Phrase] = []
    var plurals: [PluralEdge] = []
    for (number, entry) in entries.enumerated() {
      add(entry.term, of: entry, number: number, joined: &joined, plurals: &plurals)
      for alias in entry.aliases {
        add(alias, of: entry, number: number, joined: &joined, plurals: &plurals)
      }
    }
    // "front end" also finds "frontend", unless that spelling means something else.
    for phrase in joined where node(for: phrase.folded).map({ nodes[$0].phrases.isEmpty }) ?? true {
      if let edge = insert(phrase) { plurals.append(edge) }
    }
    indexPluralChildren(plurals)
  }

  /// A word that may be a plural ("patterns") leading from `parent` to `child`, where a
  /// phrase that is not case-sensitive ends.
  private struct PluralEdge {
    var parent: Int
    var word: String
    var child: Int
  }

  /// Lets "design pattern" find the phrase "design patterns": plural last words of phrases
  /// of several words are indexed under their singular forms too.
  private mutating func indexPluralChildren(_ edges: [PluralEdge]) {
    for edge in edges {
      for singular in Plural.singulars(of: edge.word)
      where nodes[edge.parent].children[singular] == nil {
        nodes[edge.parent].pluralChildren[singular] = edge.child
      }
    }
  }

  /// Indexes one spelling of entry `number`, keeping its one-word form for later.
  private mutating func add(
    _ spelling: String, of entry: Lexicon.Entry, number: Int, joined: inout [Phrase],
    plurals: inout [PluralEdge]
  ) {
    guard let phrase = Phrase(spelling: spelling, of: entry, number: number) else { return }
    if let edge = insert(phrase) { plurals.append(edge) }
    if let form = phrase.joinedForm() { joined.append(form) }
  }

  /// Adds `phrase` to the trie; returns its last step when the phrase has several words and
  /// the last may be a plural.
  private mutating func insert(_ phrase: Phrase) -> PluralEdge? {
    var (parent, current) = (0, 0)
    for word in phrase.folded {
      let fresh = nodes.count
      (parent, current) = (current, Self.stored(&nodes[current].children[word, default: fresh]))
      if current == fresh { nodes.append(Node()) }
    }
    nodes[current].phrases.append(phrase)
    let last = phrase.folded[phrase.folded.count - 1]
    guard parent != 0, !phrase.caseSensitive, last.utf8.last == UInt8(ascii: "s") else {
      return nil
    }
    return PluralEdge(parent: parent, word: last, child: current)
  }

  /// The value in `slot`. Passed `children[word, default: fresh]`, it finds the child or
  /// stores `fresh`, hashing the word once.
  private static func stored(_ slot: inout Int) -> Int { slot }

  /// The phrase spelled exactly by `tokens` (every word, no plural), obeying case rules.
  func phrase(spelledBy tokens: [Token]) -> Phrase? {
    guard let end = node(for: tokens.map(\.folded)) else { return nil }
    let text = TokenText(tokens, detectCapitals: false)
    return accepted(nodes[end].phrases, text, 0)
  }

  private func node(for folded: [String]) -> Int? {
    var current = 0
    for word in folded {
      guard let next = nodes[current].children[word] else { return nil }
      current = next
    }
    return current
  }

  /// Every phrase found in `text`, longest first and never overlapping, each marked with
  /// whether it still needs skill context to count.
  func candidates(in text: TokenText) -> [PhraseMatch] {
    var result: [PhraseMatch] = []
    var position = 0
    while position < text.count {
      if let found = longestMatch(text, at: position) {
        result.append(found)
        position += found.length
      } else {
        position += 1
      }
    }
    return result
  }

  /// The entry whose spelling is exactly the whole token sequence, if any.
  func lookup(_ tokens: [Token]) -> Int? {
    let text = TokenText(tokens, detectCapitals: false)
    if let found = longestMatch(text, at: 0), found.length == tokens.count {
      return found.entry
    }
    return tokens.count == 2 ? hyphenJoin(text, at: 0, requireHyphen: false)?.entry : nil
  }

  private func longestMatch(_ text: TokenText, at start: Int) -> PhraseMatch? {
    guard !text[start].isPunctuation else { return nil }
    var best: PhraseMatch?
    var current = 0
    var position = start
    while position < text.count, !text[position].isLineBreak {
      let token = text[position]
      let exact = nodes[current].children[token.folded]
      if let exact, let phrase = accepted(nodes[exact].phrases, text, start) {
        best = marked(phrase, text, start)
      } else if !token.isPunctuation, let phrase = pluralPhrase(current, text, start, position) {
        best = marked(phrase, text, start)
      } else if position > start, let child = nodes[current].pluralChildren[token.folded],
        let phrase = nodes[child].phrases.first(where: { !$0.caseSensitive })
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

  /// The first phrase among `phrases` whose case rules the tokens from `start` satisfy.
  private func accepted(_ phrases: [Phrase], _ text: TokenText, _ start: Int) -> Phrase? {
    phrases.first { phrase in
      !phrase.caseSensitive
        || phrase.words.indices.allSatisfy { phrase.matchesCase(text, start + $0, at: $0) }
    }
  }

  /// A phrase whose last word the token at `position` spells in the plural.
  private func pluralPhrase(_ parent: Int, _ text: TokenText, _ start: Int, _ position: Int)
    -> Phrase?
  {
    let token = text[position]
    guard token.folded.hasSuffix("s") else { return nil }
    var stems = Plural.singulars(of: token.folded)
    if Plural.looksLikeAcronymPlural(token.text) { stems.append(String(token.folded.dropLast())) }
    for stem in stems {
      guard let child = nodes[parent].children[stem] else { continue }
      let found = nodes[child].phrases.first { phrase in
        guard phrase.acceptsPlural(token) else { return false }
        return phrase.words.indices.dropLast().allSatisfy {
          !phrase.caseSensitive || phrase.matchesCase(text, start + $0, at: $0)
        }
      }
      if let found { return found }
    }
    return nil
  }

  /// Flags a match that needs skill context: an ambiguous spelling, a capitalised everyday
  /// word opening a sentence ("Swift response"), or a case-sensitive term in an all-caps line.
  private func marked(_ phrase: Phrase, _ text: TokenText, _ start: Int) -> PhraseMatch {
    let inCapitals =
      phrase.caseSensitive && text.isShouting(start) && text[start].text != phrase.words[0]
    let inName =
      (phrase.isCommonNoun || phrase.isEverydayWord) && text.continuesProperName(start)
      || phrase.isEverydayWord && startsProperName(text, start)
    let needsContext =
      phrase.ambiguous || (phrase.isEverydayWord && text.opensSentence(start)) || inCapitals
      || inName
    return PhraseMatch(
      entry: phrase.entry, category: phrase.category, start: start, length: phrase.words.count,
      needsContext: needsContext)
  }

  /// True when the word after `start` is a capitalised word that is no term, so the two
  /// may form a name ("Juniper Table Bistro", "Swift Transportation").
  private func startsProperName(_ text: TokenText, _ start: Int) -> Bool {
    guard text.continuesProperName(start + 1) else { return false }
    let next = text[start + 1]
    return nodes[0].children[next.folded].map { nodes[$0].phrases.isEmpty } ?? true
  }

  /// "e-commerce" written as two hyphenated tokens finds the one-word spelling "ecommerce".
  private func hyphenJoin(_ text: TokenText, at start: Int, requireHyphen: Bool = true)
    -> PhraseMatch?
  {
    guard start + 1 < text.count, !text[start].isPunctuation, !text[start + 1].isPunctuation
    else { return nil }
    if requireHyphen && !text.isHyphenated(start) { return nil }
    let written = String(text[start].text) + String(text[start + 1].text)
    guard let child = nodes[0].children[text[start].folded + text[start + 1].folded] else {
      return nil
    }
    let phrase = nodes[child].phrases.first { !$0.caseSensitive || $0.words[0] == written }
    return phrase.map {
      PhraseMatch(
        entry: $0.entry, category: $0.category, start: start, length: 2,
        needsContext: $0.ambiguous)
    }
  }
}

/// A run of tokens that spells a lexicon entry.
struct PhraseMatch: Sendable, Equatable {
  var entry: Int
  var category: SkillCategory
  var start: Int
  var length: Int
  /// True when the spelling counts only in skill context (see ``SkillContext``).
  var needsContext = false

  var end: Int { start + length }
}

extension PhraseIndex {
  /// Every path of the trie (its folded words) with the phrases ending there and its plural
  /// children, one line each, sorted: two indexes with the same outline find the same phrases.
  var outline: [String] {
    Self.outline(
      children: { nodes[$0].children }, pluralChildren: { nodes[$0].pluralChildren },
      phrases: { nodes[$0].phrases })
  }

  /// The outline of any trie whose root is node 0, given each node's parts.
  static func outline(
    children: (Int) -> [String: Int], pluralChildren: (Int) -> [String: Int],
    phrases: (Int) -> [Phrase]
  ) -> [String] {
    var paths = [0: ""]
    var pending = [0]
    while let node = pending.popLast() {
      for (word, child) in children(node) {
        paths[child] = paths[node, default: ""] + " " + word
        pending.append(child)
      }
    }
    var lines: [String] = []
    for (node, path) in paths {
      for phrase in phrases(node) {
        lines.append(
          "\(path) = \(phrase.entry) \(phrase.words) \(phrase.folded) \(phrase.category) "
            + "\(phrase.caseSensitive) \(phrase.ambiguous)")
      }
      for (singular, child) in pluralChildren(node) {
        lines.append("\(path) ~ \(singular) ->\(paths[child, default: "?"])")
      }
    }
    return lines.sorted()
  }
}
