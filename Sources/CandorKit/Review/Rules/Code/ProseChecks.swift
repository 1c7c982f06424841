/// Finds a space before punctuation ("requires .") and a missing space after a comma or full
/// stop ("verification,I").
struct SpacingCheck: CodeCheck {
  func run(_ context: ReviewContext) -> [Hit] {
    let text = context.letter.text
    let scalars = text.unicodeScalars
    var hits: [Hit] = []
    for (_, sentence) in context.bodySentences {
      var index = sentence.range.lowerBound
      while index < sentence.range.upperBound {
        let mark = scalars[index]
        if ",.;!?".unicodeScalars.contains(mark), index > text.startIndex,
          let hit = check(mark, at: index, in: text)
        {
          hits.append(hit)
        }
        index = scalars.index(after: index)
      }
    }
    return hits
  }

  /// The finding for the punctuation `mark` at `index`, if its spacing is wrong.
  private func check(_ mark: Unicode.Scalar, at index: String.Index, in text: String) -> Hit? {
    let scalars = text.unicodeScalars
    let previousIndex = scalars.index(before: index)
    let previous = scalars[previousIndex]
    let nextIndex = scalars.index(after: index)
    let next: Unicode.Scalar = nextIndex < scalars.endIndex ? scalars[nextIndex] : " "
    if previous == " " || previous == "\t", previousIndex > text.startIndex,
      ScalarClass.isWord(scalars[scalars.index(before: previousIndex)]),
      next != ".", !ScalarClass.isWord(next)
    {
      return spaceBefore(previousIndex, Character(mark), text)
    }
    if mark == "," || mark == ";", ScalarClass.isLetter(previous), ScalarClass.isLetter(next),
      !Self.isInsideLink(text, index)
    {
      return spaceAfter(index, Character(mark), text)
    }
    if mark == ".", ScalarClass.isLowercase(previous), ScalarClass.isUppercase(next),
      !Self.isInsideLink(text, index), !Self.isDottedName(text, index)
    {
      return spaceAfter(index, Character(mark), text)
    }
    return nil
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

  private static func isInsideLink(_ text: String, _ index: String.Index) -> Bool {
    let start = text[..<index].lastIndex { $0.isWhitespace } ?? text.startIndex
    let end = text[index...].firstIndex { $0.isWhitespace } ?? text.endIndex
    let chunk = text[start..<end]
    return chunk.utf8.contains(0x40) || ScalarClass.containsFolded(chunk, "://")
      || ScalarClass.containsFolded(chunk, "www.")
  }

  /// "ASP.NET", "Vue.JS", "LiHua.Zhang": a dotted name, not two sentences.
  private static func isDottedName(_ text: String, _ index: String.Index) -> Bool {
    let end = text[index...].firstIndex { !$0.isLetter && $0 != "." } ?? text.endIndex
    let tail = text[text.index(after: index)..<end]
    return tail.count <= 3 || tail.allSatisfy(\.isUppercase)
  }
}

/// Checks "a" and "an" against the sound of the next word, by its spelling. A capital "A"
/// inside a sentence, or one set off by punctuation ("A. Alvarez", "A, Alvarez", "A & B"),
/// is an initial or a label, not an article.
struct ArticleCheck: CodeCheck {
  func run(_ context: ReviewContext) -> [Hit] {
    let text = context.letter.text
    var hits: [Hit] = []
    for (_, sentence) in context.bodySentences {
      let pairs = zip(sentence.words, sentence.words.dropFirst()).enumerated()
      for (index, (article, next)) in pairs {
        guard article.key == "a" || article.key == "an" else { continue }
        if index > 0 && text[article.range] == "A" { continue }
        let gap = LetterWord.gap(article, next, in: text)
        guard !gap.isEmpty, gap.allSatisfy(\.isWhitespace) else { continue }
        var written = text[next.range]
        guard let wanted = IndefiniteArticle.article(for: written), wanted != article.key
        else { continue }
        // "a M.S.": the abbreviation keeps its last period ("an M.S.", not "an M.S").
        if written.contains("."), next.range.upperBound < text.endIndex,
          text[next.range.upperBound] == "."
        {
          written = text[next.range.lowerBound...next.range.upperBound]
        }
        let range = article.range.lowerBound..<written.endIndex
        let fixed = (article.isCapitalized ? wanted.capitalized : wanted) + " " + written
        hits.append(
          Hit(
            range: range, message: "write '\(fixed)' instead of '\(text[range])'",
            suggestion: "write '\(fixed)'"))
      }
    }
    return hits
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
