import Testing

@testable import CandorKit

/// The phrase index built at start-up, with its shortcuts (plain spellings split on bytes,
/// plural children noted while inserting), is the index the straightforward build makes:
/// every spelling through the full tokenizer, every node searched for plural children.
@Suite struct PhraseIndexBuildTests {
  @Test func theStandardIndexIsTheStraightforwardOne() {
    let entries = Lexicon.standard.entries
    let built = PhraseIndex(entries).outline
    let reference = ReferenceTrie(entries).outline
    #expect(built.count == reference.count)
    #expect(built.count > 8_000)
    for (line, expected) in zip(built, reference) where line != expected {
      Issue.record("\(line) differs from \(expected)")
      break
    }
  }

  @Test func buildingTwiceGivesTheSameIndex() {
    let entries = Array(Lexicon.standard.entries.prefix(300))
    #expect(PhraseIndex(entries).outline == PhraseIndex(entries).outline)
  }
}

/// The phrase trie built the plain way, as ``PhraseIndex`` was built before.
private struct ReferenceTrie {
  struct Node {
    var children: [String: Int] = [:]
    var plurals: [String: Int] = [:]
    var phrases: [Phrase] = []
  }

  var nodes = [Node()]

  init(_ entries: [Lexicon.Entry]) {
    var joined: [Phrase] = []
    for (number, entry) in entries.enumerated() {
      for spelling in entry.spellings {
        let tokens = Tokenizer.trimmed(Tokenizer.tokens(in: spelling))
        guard !tokens.isEmpty else { continue }
        let phrase = Phrase(
          tokens: tokens, entry: number, category: entry.category,
          caseSensitive: entry.caseSensitive.contains(spelling),
          ambiguous: entry.ambiguous.contains(spelling))
        insert(phrase)
        joined += phrase.joinedForm().map { [$0] } ?? []
      }
    }
    for phrase in joined where node(phrase.folded).map({ nodes[$0].phrases.isEmpty }) ?? true {
      insert(phrase)
    }
    for number in nodes.indices.dropFirst() {
      for (key, child) in nodes[number].children
      where nodes[child].phrases.contains(where: { !$0.caseSensitive }) {
        for singular in Plural.singulars(of: key) where nodes[number].children[singular] == nil {
          nodes[number].plurals[singular] = child
        }
      }
    }
  }

  mutating func insert(_ phrase: Phrase) {
    var current = 0
    for word in phrase.folded {
      if let next = nodes[current].children[word] {
        current = next
      } else {
        nodes.append(Node())
        nodes[current].children[word] = nodes.count - 1
        current = nodes.count - 1
      }
    }
    nodes[current].phrases.append(phrase)
  }

  func node(_ folded: [String]) -> Int? {
    var current = 0
    for word in folded {
      guard let next = nodes[current].children[word] else { return nil }
      current = next
    }
    return current
  }

  var outline: [String] {
    PhraseIndex.outline(
      children: { nodes[$0].children }, pluralChildren: { nodes[$0].plurals },
      phrases: { nodes[$0].phrases })
  }
}
