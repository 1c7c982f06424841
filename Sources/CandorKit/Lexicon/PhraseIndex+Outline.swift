extension PhraseIndex {
  /// Every path of the trie (its folded words) with the phrases ending there and its plural
  /// children, one line each, sorted: two indexes with the same outline find the same phrases.
  var outline: [String] {
    var childMaps = [[String: Int]](repeating: [:], count: nodeCount)
    for edge in edges { childMaps[edge.parent][words.words[Int(edge.word)]] = edge.child }
    var pluralMaps = [[String: Int]](repeating: [:], count: nodeCount)
    for edge in pluralEdges { pluralMaps[edge.parent][words.words[Int(edge.word)]] = edge.child }
    return Self.outline(
      children: { childMaps[$0] }, pluralChildren: { pluralMaps[$0] },
      phrases: { Array(phrases[$0]) })
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
