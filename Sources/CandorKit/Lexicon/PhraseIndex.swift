/// Finds lexicon phrases in token streams: whole tokens only, longest first, with the
/// case and context rules each entry asks for.
struct PhraseIndex: Sendable {
  private struct Phrase: Sendable {
    var tokens: [String]
    var entry: Int
    var caseSensitive: Bool
    var ambiguous: Bool
  }

  /// Phrases keyed by their first token, folded.
  private var byFirstToken: [String: [Phrase]] = [:]
  private var bySpelling: [String: Int] = [:]

  init(_ entries: [Lexicon.Entry]) {
    for (number, entry) in entries.enumerated() {
      for spelling in [entry.term] + entry.aliases {
        let tokens = Tokenizer.tokens(in: spelling).map { String($0.text) }
        guard let first = tokens.first else { continue }
        let phrase = Phrase(
          tokens: tokens, entry: number, caseSensitive: entry.caseSensitive,
          ambiguous: entry.ambiguous)
        byFirstToken[first.lowercased(), default: []].append(phrase)
        let key = entry.caseSensitive ? spelling : spelling.lowercased()
        if bySpelling[key] == nil { bySpelling[key] = number }
      }
    }
    for key in byFirstToken.keys {
      byFirstToken[key]!.sort { $0.tokens.count > $1.tokens.count }
    }
  }

  func entry(for spelling: String) -> Int? {
    bySpelling[spelling] ?? bySpelling[spelling.lowercased()]
  }

  /// The entry and token count of the longest phrase starting at `position`.
  func longestMatch(_ tokens: [Token], at position: Int) -> (Int, Int)? {
    let token = tokens[position]
    guard !token.isPunctuation else { return nil }
    let candidates = (byFirstToken[token.folded] ?? []) + pluralCandidates(token)
    for phrase in candidates where matches(phrase, tokens, position) {
      if phrase.ambiguous && !inListContext(tokens, position, phrase.tokens.count) { continue }
      return (phrase.entry, phrase.tokens.count)
    }
    return nil
  }

  /// "APIs" and "databases" find "API" and "database" when the phrase is one token.
  private func pluralCandidates(_ token: Token) -> [Phrase] {
    let folded = token.folded
    guard folded.count > 3, folded.hasSuffix("s"), !folded.hasSuffix("ss") else { return [] }
    let singular = String(folded.dropLast())
    return (byFirstToken[singular] ?? []).filter { $0.tokens.count == 1 && !$0.caseSensitive }
  }

  private func matches(_ phrase: Phrase, _ tokens: [Token], _ position: Int) -> Bool {
    guard position + phrase.tokens.count <= tokens.count else { return false }
    for (offset, expected) in phrase.tokens.enumerated() {
      let actual = tokens[position + offset].text
      if phrase.caseSensitive {
        guard actual == expected else { return false }
      } else if offset == 0 && phrase.tokens.count == 1 {
        let folded = actual.lowercased()
        let wanted = expected.lowercased()
        guard folded == wanted || folded == wanted + "s" else { return false }
      } else {
        guard actual.lowercased() == expected.lowercased() else { return false }
      }
    }
    return true
  }

  private static let listWords: Set<String> = ["and", "or", "with", "in", "using", "like"]

  /// True when the phrase sits next to list punctuation or a conjunction.
  private func inListContext(_ tokens: [Token], _ position: Int, _ length: Int) -> Bool {
    let neighbours = [position - 1, position + length].filter { $0 >= 0 && $0 < tokens.count }
    return neighbours.contains { index in
      let token = tokens[index]
      return (token.isPunctuation && token.text != "&")
        || Self.listWords.contains(token.folded)
    } || tokens.count == length
  }
}
