/// Brackets a sentence opens and never closes, closes without opening, or nests: "the PPS
/// Credential (clear.", "training (IIRP (completed in 2025))". A generated sentence that
/// pasted a resume field whole leaves them; a reader sees a broken sentence.
struct BracketCheck: CodeCheck {
  private static let pairs: [Character: Character] = ["(": ")", "[": "]"]

  func run(_ context: ReviewContext) -> [Hit] {
    let text = context.letter.text
    return context.bodySentences.flatMap { _, sentence -> [Hit] in
      guard !sentence.isListItem else { return [] }
      return Self.faults(in: text[sentence.range]).map { index, message in
        Hit(range: index..<text.index(after: index), message: message)
      }
    }
  }

  /// Each bracket at fault in `sentence` with what to do about it.
  static func faults(in sentence: Substring) -> [(String.Index, String)] {
    var open: [String.Index] = []
    var faults: [(String.Index, String)] = []
    for index in sentence.indices {
      let character = sentence[index]
      if pairs[character] != nil {
        if let outer = open.last {
          let inner = sentence[index...].prefix(40)
          faults.append((outer, "unnest the brackets in '\(inner)'"))
        }
        open.append(index)
      } else if pairs.values.contains(character) {
        // "a)" or "1)" opening a list item closes nothing.
        guard open.popLast() != nil || isItemMark(index, in: sentence) else {
          faults.append((index, "remove the ')' that closes no bracket"))
          continue
        }
      }
    }
    faults += open.map { ($0, "close the bracket opened at '\(sentence[$0...].prefix(30))'") }
    return faults
  }

  /// "a)", "2)": one letter or digit after the sentence's start or a space.
  private static func isItemMark(_ index: String.Index, in sentence: Substring) -> Bool {
    guard index > sentence.startIndex else { return false }
    let mark = sentence.index(before: index)
    guard sentence[mark].isLetter || sentence[mark].isNumber else { return false }
    return mark == sentence.startIndex || sentence[sentence.index(before: mark)] == " "
  }
}

/// An article with no noun before a preposition: "a Doctor of Pharmacy in The at State
/// University", "I completed the in 2024". A field a generator left empty or garbled shows
/// as two function words side by side, which no sentence needs.
struct EmptyNounCheck: CodeCheck {
  private static let articles: Set<String> = ["the", "a", "an"]
  private static let prepositions: Set<String> = [
    "at", "in", "of", "on", "from", "to", "for", "with", "by", "into", "as", "during",
  ]

  func run(_ context: ReviewContext) -> [Hit] {
    let text = context.letter.text
    return context.bodySentences.flatMap { _, sentence -> [Hit] in
      let words = sentence.words
      return words.indices.dropLast().compactMap { index in
        let (article, next) = (words[index], words[index + 1])
        let written = text[article.range]
        // "an A in chemistry", "Plan A to B": a capital "A" is a letter, not an article.
        guard Self.articles.contains(article.key), index == 0 || written != "A",
          Self.prepositions.contains(next.key), text[next.range].first?.isLowercase == true,
          // "the in-house audits": the preposition opens a compound.
          text[next.range.upperBound...].first != "-",
          LetterWord.gap(article, next, in: text).allSatisfy(\.isWhitespace)
        else { return nil }
        let quote = text[article.range.lowerBound..<next.range.upperBound]
        return Hit(
          range: article.range.lowerBound..<next.range.upperBound,
          message: "add the noun missing in '\(quote)', or remove '\(written)'")
      }
    }
  }
}
