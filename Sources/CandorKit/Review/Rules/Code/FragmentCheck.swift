/// A clause after a semicolon that opens on a verb in the past with no subject: "I own
/// month-end close; shortened the close from 8 to 6 days" pastes a resume bullet into a
/// sentence. A semicolon joins two sentences, and the second one lacks its "I".
struct FragmentCheck: CodeCheck {
  /// Subjects the clause before the semicolon must have for the verb after it to lack one.
  private static let subjects: Set<String> = ["i", "we"]

  func run(_ context: ReviewContext) -> [Hit] {
    let text = context.letter.text
    return context.bodySentences.flatMap { _, sentence -> [Hit] in
      guard !sentence.isListItem else { return [] }
      let words = sentence.words
      return words.indices.dropFirst().compactMap { index in
        let word = words[index]
        let gap = LetterWord.gap(words[index - 1], word, in: text)
        guard gap.contains(";"), text[word.range].first?.isLowercase == true,
          Verbs.isPastTense(word.key),
          words[..<index].contains(where: { Self.subjects.contains($0.key) })
        else { return nil }
        let verb = String(text[word.range])
        return Hit(
          range: word.range,
          message: "give '\(verb)' its subject ('; I \(verb)') or join the clauses with 'and'")
      }
    }
  }
}
