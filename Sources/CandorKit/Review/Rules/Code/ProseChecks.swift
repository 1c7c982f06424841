/// Finds a space before punctuation ("requires .") and a missing space after a comma or full
/// stop ("verification,I").
struct SpacingCheck: CodeCheck {
  func run(_ context: ReviewContext) -> [Hit] {
    let text = context.letter.text
    var hits: [Hit] = []
    for (_, sentence) in context.bodySentences {
      var previous: Character = " "
      var index = sentence.range.lowerBound
      while index < sentence.range.upperBound {
        let character = text[index]
        let next = text.index(after: index)
        let following: Character = next < text.endIndex ? text[next] : " "
        if character.isWhitespace, !character.isNewline, previous.isLetter || previous.isNumber,
          ",.;!?".contains(following),
          !Self.continuesPunctuation(text, after: next)
        {
          hits.append(spaceBefore(index, following, text))
        } else if ",;".contains(character), previous.isLetter, following.isLetter,
          !Self.isInsideLink(text, index)
        {
          hits.append(spaceAfter(index, character, text))
        } else if character == ".", previous.isLowercase, following.isUppercase,
          !Self.isInsideLink(text, index), !Self.isDottedName(text, index)
        {
          hits.append(spaceAfter(index, character, text))
        }
        previous = character
        index = next
      }
    }
    return hits
  }

  private func spaceBefore(_ space: String.Index, _ mark: Character, _ text: String) -> Hit {
    let wordStart = text[..<space].lastIndex { $0.isWhitespace }.map { text.index(after: $0) }
    let excerpt = text[(wordStart ?? space)...text.index(after: space)]
    return Hit(
      range: space..<text.index(after: space), message: "remove the space before '\(mark)'",
      excerpt: String(excerpt))
  }

  private func spaceAfter(_ mark: String.Index, _ character: Character, _ text: String) -> Hit {
    let start = text[..<mark].lastIndex { $0.isWhitespace }.map { text.index(after: $0) }
    let end = text[mark...].firstIndex { $0.isWhitespace } ?? text.endIndex
    return Hit(
      range: mark..<text.index(after: mark), message: "add a space after '\(character)'",
      excerpt: String(text[(start ?? mark)..<end]))
  }

  /// "word ..." (an ellipsis) or "word .NET" are not stray spaces.
  private static func continuesPunctuation(_ text: String, after index: String.Index) -> Bool {
    let next = text.index(after: index)
    guard next < text.endIndex else { return false }
    return text[next] == "." || text[next].isLetter || text[next].isNumber
  }

  private static func isInsideLink(_ text: String, _ index: String.Index) -> Bool {
    let start = text[..<index].lastIndex { $0.isWhitespace } ?? text.startIndex
    let end = text[index...].firstIndex { $0.isWhitespace } ?? text.endIndex
    let chunk = text[start..<end]
    return chunk.contains("@") || chunk.contains("://") || chunk.contains("www.")
  }

  /// "ASP.NET", "Vue.JS", "LiHua.Zhang": a dotted name, not two sentences.
  private static func isDottedName(_ text: String, _ index: String.Index) -> Bool {
    let end = text[index...].firstIndex { !$0.isLetter && $0 != "." } ?? text.endIndex
    let tail = text[text.index(after: index)..<end]
    return tail.count <= 3 || tail.allSatisfy(\.isUppercase)
  }
}

/// Checks "a" and "an" against the sound of the next word, by its spelling.
struct ArticleCheck: CodeCheck {
  private static let consonantSounds = [
    "uni", "use", "usu", "uti", "ure", "eu", "one", "once", "ubiq", "uranium", "ewe",
  ]
  private static let silentH = ["hour", "honest", "honor", "honour", "heir"]

  func run(_ context: ReviewContext) -> [Hit] {
    let text = context.letter.text
    var hits: [Hit] = []
    for (_, sentence) in context.bodySentences {
      for (article, next) in zip(sentence.words, sentence.words.dropFirst()) {
        guard article.key == "a" || article.key == "an" else { continue }
        let written = text[next.range]
        guard let wanted = Self.article(for: written), wanted != article.key else { continue }
        let range = article.range.lowerBound..<next.range.upperBound
        let fixed = (article.isCapitalized ? wanted.capitalized : wanted) + " " + written
        hits.append(
          Hit(
            range: range, message: "write '\(fixed)' instead of '\(text[range])'",
            suggestion: "write '\(fixed)'"))
      }
    }
    return hits
  }

  /// The article a word takes, or nil when spelling cannot tell (acronyms, numbers).
  static func article(for word: Substring) -> String? {
    guard let first = word.first, first.isLetter, word.count > 1 else { return nil }
    if word.allSatisfy({ !$0.isLetter || $0.isUppercase }) { return nil }
    if word.contains(".") || word.dropFirst().first?.isUppercase == true { return nil }
    let folded = word.lowercased()
    if consonantSounds.contains(where: folded.hasPrefix) { return "a" }
    if silentH.contains(where: folded.hasPrefix) { return "an" }
    return "aeiou".contains(folded.first!) ? "an" : "a"
  }
}

/// Finds a body paragraph whose last sentence trails off on a comma or a conjunction.
struct UnfinishedSentenceCheck: CodeCheck {
  private static let dangling: Set<String> = [
    "and", "or", "but", "with", "to", "the", "a", "an", "of", "for", "in", "on", "as",
  ]

  func run(_ context: ReviewContext) -> [Hit] {
    let text = context.letter.text
    return context.body.compactMap { index in
      guard let sentence = context.paragraph(index).sentences.last, !sentence.isListItem,
        let last = sentence.words.last
      else { return nil }
      let tail = text[last.range.upperBound..<sentence.range.upperBound]
        .filter { !$0.isWhitespace && !"*_\"'”’»)".contains($0) }
      let trails = tail == "," || tail == ";" || (tail.isEmpty && Self.dangling.contains(last.key))
      guard trails, sentence.words.count > 2 else { return nil }
      let quote = String(text[last.range.lowerBound..<sentence.range.upperBound])
      return Hit(range: last.range, message: "finish the sentence that ends in '\(quote)'")
    }
  }
}
