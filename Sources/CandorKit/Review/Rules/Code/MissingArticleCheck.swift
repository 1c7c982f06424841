/// "You ask for teaching credential.": a singular count noun a posting asks for, with no
/// article. Only nouns that are always counted are listed, so "You ask for experience",
/// "asks for CPR certification" and "asks for QuickBooks" pass.
struct MissingArticleCheck: CodeCheck {
  /// Verbs after which the thing asked for follows ("ask for", "requires", "need").
  private static let askVerbs: Set<String> = [
    "ask", "asks", "asked", "asking", "need", "needs", "needed", "require", "requires",
    "required", "want", "wants", "seek", "seeks", "request", "requests", "expect", "expects",
  ]
  /// Singular nouns that never stand without an article in this place.
  static let countNouns: Set<String> = [
    "credential", "license", "licence", "degree", "diploma", "certificate", "passport",
    "vehicle", "car", "portfolio", "bachelor's", "master's", "endorsement", "permit",
  ]
  /// Words that fill the article's place, or show the noun phrase is not one.
  private static let determiners: Set<String> = [
    "a", "an", "the", "my", "your", "our", "their", "his", "her", "its", "this", "that",
    "one", "any", "each", "every", "some", "no", "another", "either", "which", "what",
  ]

  func run(_ context: ReviewContext) -> [Hit] {
    let text = context.letter.text
    var hits: [Hit] = []
    for (_, sentence) in context.bodySentences {
      let words = sentence.words
      for (index, verb) in words.enumerated() where Self.askVerbs.contains(verb.key) {
        var start = index + 1
        if start < words.count, words[start].key == "for" { start += 1 }
        guard let head = Self.bareHead(from: start, words, text) else { continue }
        let phrase = words[start].range.lowerBound..<words[head].range.upperBound
        let quote = String(text[phrase])
        let article = IndefiniteArticle.article(for: text[words[start].range]) ?? "a"
        hits.append(
          Hit(
            range: phrase, message: "add an article: '\(article) \(quote)'",
            suggestion: "write '\(article) \(quote)'"))
      }
    }
    return hits
  }

  /// The index of a listed noun ending a bare phrase of up to three lowercase words from
  /// `start`, joined by spaces only and ending the clause; nil when the phrase opens with a
  /// determiner or ends in another word.
  private static func bareHead(from start: Int, _ words: [LetterWord], _ text: String) -> Int? {
    var index = start
    while index < words.count, index - start < 3 {
      let word = words[index]
      guard !word.isCapitalized, !determiners.contains(word.key),
        text[word.range].allSatisfy({ $0.isLowercase || $0 == "'" || $0 == "’" || $0 == "-" })
      else { return nil }
      if index > start {
        guard LetterWord.gap(words[index - 1], word, in: text) == " " else { return nil }
      }
      if countNouns.contains(word.key) {
        let next = index + 1
        // "degree-level knowledge": the noun describes the next word.
        if next < words.count, LetterWord.gap(word, words[next], in: text).contains("-") {
          return nil
        }
        let ends =
          next == words.count
          || !LetterWord.gap(word, words[next], in: text).allSatisfy(\.isWhitespace)
          || ["and", "or", "in", "from", "with"].contains(words[next].key)
        return ends ? index : nil
      }
      index += 1
    }
    return nil
  }
}
