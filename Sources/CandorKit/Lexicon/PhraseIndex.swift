/// Finds lexicon phrases in token streams: whole tokens only, longest first, with the
/// case rules each spelling asks for, light plurals, and hyphen or space variants.
///
/// Spellings are stored in a trie over numbered words (see ``WordTable``): a text's tokens
/// are numbered once, and finding the longest phrase at a position costs one array or
/// integer-keyed step per token.
struct PhraseIndex: Sendable {
  /// A trie edge: the parent node's number in the high half, the word's in the low half.
  typealias Edge = UInt64

  private(set) var words: WordTable
  /// The children of the root (node 0) at their word numbers; -1 where no phrase starts.
  private var rootChildren: [Int32] = []
  /// The children of every other node.
  private var children = EdgeTable()
  /// Children whose word is a plural, under its singular ("pattern" → "patterns").
  private var pluralChildren = EdgeTable()
  /// The phrases that end at each node, by node number.
  private(set) var phrases: NodePhrases

  init(_ entries: [Lexicon.Entry]) {
    words = WordTable(capacity: entries.count * 3)
    rootChildren.reserveCapacity(entries.count * 3)
    children = EdgeTable(capacity: entries.count * 2)
    phrases = NodePhrases(capacity: entries.count * 4)
    phrases.addNode()
    var joined: [Phrase] = []
    var plurals: [PluralEdge] = []
    for (number, entry) in entries.enumerated() {
      add(entry.term, of: entry, number: number, joined: &joined, plurals: &plurals)
      for alias in entry.aliases {
        add(alias, of: entry, number: number, joined: &joined, plurals: &plurals)
      }
    }
    // "front end" also finds "frontend", unless that spelling means something else.
    for phrase in joined where node(for: phrase.folded).map({ phrases.isEmpty(at: $0) }) ?? true {
      if let edge = insert(phrase) { plurals.append(edge) }
    }
    indexPluralChildren(plurals)
    phrases.group()
  }

  /// The node count of the trie.
  var nodeCount: Int { phrases.count }

  static func edge(_ node: Int, _ word: Int32) -> Edge {
    UInt64(node) << 32 | UInt64(UInt32(word))
  }

  /// The child of `node` along word number `word` (-1 for an unknown word).
  func child(of node: Int, _ word: Int32) -> Int? {
    guard word >= 0 else { return nil }
    if node == 0 {
      guard Int(word) < rootChildren.count, rootChildren[Int(word)] >= 0 else { return nil }
      return Int(rootChildren[Int(word)])
    }
    return children[Self.edge(node, word)].map(Int.init)
  }

  /// The child of `node` whose word is a plural of word number `word`.
  func pluralChild(of node: Int, _ word: Int32) -> Int? {
    guard word >= 0 else { return nil }
    return pluralChildren[Self.edge(node, word)].map(Int.init)
  }

  /// Every edge of the trie as (parent, word number, child), the root's first.
  var edges: [(parent: Int, word: Int32, child: Int)] {
    let fromRoot = rootChildren.enumerated().filter { $0.element >= 0 }.map {
      (parent: 0, word: Int32($0.offset), child: Int($0.element))
    }
    return fromRoot + children.edges
  }

  /// Every plural edge as (parent, singular's word number, child).
  var pluralEdges: [(parent: Int, word: Int32, child: Int)] {
    pluralChildren.edges
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
      where words.number(of: singular).flatMap({ child(of: edge.parent, $0) }) == nil {
        let number = words.number(adding: singular)
        pluralChildren[Self.edge(edge.parent, number)] = Int32(edge.child)
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
      (parent, current) = (current, childAdding(current, words.number(adding: word)))
    }
    phrases.append(phrase, at: current)
    let last = phrase.folded[phrase.folded.count - 1]
    guard parent != 0, !phrase.caseSensitive, last.utf8.last == UInt8(ascii: "s") else {
      return nil
    }
    return PluralEdge(parent: parent, word: last, child: current)
  }

  /// The child of `node` along `word`, made when there is none.
  private mutating func childAdding(_ node: Int, _ word: Int32) -> Int {
    if let found = child(of: node, word) { return found }
    let fresh = phrases.count
    phrases.addNode()
    if node == 0 {
      let slot = Int(word)
      if rootChildren.count <= slot {
        rootChildren.append(contentsOf: repeatElement(-1, count: slot + 1 - rootChildren.count))
      }
      rootChildren[slot] = Int32(fresh)
    } else {
      children[Self.edge(node, word)] = Int32(fresh)
    }
    return fresh
  }

  /// The node reached by the folded words `folded`, if the trie holds that path.
  private func node(for folded: [String]) -> Int? {
    var current = 0
    for word in folded {
      guard let number = words.number(of: word), let next = child(of: current, number) else {
        return nil
      }
      current = next
    }
    return current
  }

  /// The phrase spelled exactly by `tokens` (every word, no plural), obeying case rules.
  func phrase(spelledBy tokens: [Token]) -> Phrase? {
    guard let end = node(for: tokens.map(\.folded)) else { return nil }
    let text = TokenText(tokens, detectCapitals: false)
    return accepted(phrases[end], text, 0)
  }

  /// The first phrase among `phrases` whose case rules the tokens from `start` satisfy.
  /// A spelling written exactly comes before one read from a line in capitals: in "CBT,
  /// DBT, Epic" the capitals are DBT's own, not "dbt" shouted.
  func accepted(_ phrases: ArraySlice<Phrase>, _ text: TokenText, _ start: Int) -> Phrase? {
    if phrases.count > 1,
      let exact = phrases.first(where: { phrase in
        phrase.caseSensitive
          && phrase.words.indices.allSatisfy { text[start + $0].text == phrase.words[$0] }
      })
    {
      return exact
    }
    return phrases.first { phrase in
      !phrase.caseSensitive
        || phrase.words.indices.allSatisfy { phrase.matchesCase(text, start + $0, at: $0) }
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
  /// True when another field's entry has the same spelling (see ``HomographSense``).
  var isHomograph = false

  var end: Int { start + length }
}
