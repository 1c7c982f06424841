/// A clause after a semicolon that opens on a verb with no subject: "I own month-end close;
/// shortened the close from 8 to 6 days", "…; shortens the cycle by 4 days", "…; close 45
/// work orders a week" paste a resume bullet into a sentence. A semicolon joins two
/// sentences, and the second one lacks its "I" or "it".
struct FragmentCheck: CodeCheck {
  /// Subjects the clause before the semicolon must have for the verb after it to lack one.
  private static let subjects: Set<String> = ["i", "we"]
  /// Words that open a verb's object: a present verb ("shortens", "close") must have one
  /// after it, as a noun in the same spelling ("inventory accuracy", "work orders") has not.
  private static let objectStarts: Set<String> = [
    "the", "a", "an", "my", "our", "their", "its", "it", "them", "this", "that", "these",
    "those", "every", "each", "all", "about", "over", "up", "more", "with",
  ]

  func run(_ context: ReviewContext) -> [Hit] {
    let text = context.letter.text
    return context.bodySentences.flatMap { _, sentence -> [Hit] in
      guard !sentence.isListItem else { return [] }
      let words = sentence.words
      return words.indices.dropFirst().compactMap { index in
        let word = words[index]
        let gap = LetterWord.gap(words[index - 1], word, in: text)
        guard gap.contains(";"), text[word.range].first?.isLowercase == true else { return nil }
        let hasSubject = words[..<index].contains(where: { Self.subjects.contains($0.key) })
        let opensObject = index + 1 < words.count && Self.opensObject(words[index + 1])
        let verb = String(text[word.range])
        // "My coursework included 1,920 hours; graduated with a 3.8 GPA": a past verb and its
        // object after a semicolon lack a subject whatever the first clause's subject is.
        if Verbs.isPastTense(word.key), hasSubject || opensObject {
          return Hit(
            range: word.range,
            message: "give '\(verb)' its subject ('; I \(verb)') or join the clauses with 'and'")
        }
        let isThirdPerson = Verbs.baseOfThirdPerson(word.key) != nil
        guard hasSubject, isThirdPerson || Verbs.isBase(word.key), opensObject else { return nil }
        let subject = isThirdPerson ? "it" : "I"
        return Hit(
          range: word.range,
          message: "give '\(verb)' its subject ('; \(subject) \(verb)') or join the clauses "
            + "with 'and'")
      }
    }
  }

  /// True when `word` can open a verb's object: a determiner, a pronoun or a figure.
  private static func opensObject(_ word: LetterWord) -> Bool {
    objectStarts.contains(word.key) || word.key.first?.isNumber == true
      || NumberWords.english[word.key] != nil
  }
}
