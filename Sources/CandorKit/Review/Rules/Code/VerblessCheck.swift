/// A body sentence of four or more words, ended with a full stop, that holds no verb and no
/// subject: "Strong communication skills and proven track record." or "Five years of Python,
/// SQL and dashboards for clients." A run of nouns set down as a sentence reads as a resume
/// line or a garbled edit.
struct VerblessCheck: CodeCheck {
  /// Words that show a clause: subjects, forms of "be", "have" and "do", modals, and "to"
  /// before a verb.
  private static let clauseWords: Set<String> = [
    "i", "we", "you", "he", "she", "they", "it", "this", "that", "there", "who", "which",
    "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "do",
    "does", "did", "can", "could", "will", "would", "shall", "should", "may", "might", "must",
    "to", "let", "please", "thank", "thanks",
  ]
  /// Common verbs the resume-verb list lacks, in their forms that end in no "-ed".
  private static let commonVerbs: Set<String> = [
    "like", "love", "want", "hope", "feel", "believe", "know", "look", "suit", "live", "need",
    "seem", "welcome", "enjoy", "appreciate", "say", "matter", "offer", "fit", "come", "go",
    "stay", "happen", "include", "require", "remain", "sound", "think", "mean", "got", "gone",
    "went", "came", "knew", "felt", "left", "kept", "told",
  ]

  /// Marks that may close a sentence after its full stop.
  private static let closers: Set<Character> = ["\"", "”", "’", "'", ")"]

  func run(_ context: ReviewContext) -> [Hit] {
    let text = context.letter.text
    return context.bodySentences.compactMap { _, sentence in
      let words = sentence.words
      guard !sentence.isListItem, words.count >= 4,
        text[sentence.range].last(where: { !$0.isWhitespace && !Self.closers.contains($0) })
          == ".",
        !text[sentence.range].contains(":"), !Self.followsInitials(sentence, text),
        !words.indices.contains(where: { Self.mayBeVerb($0, words) })
      else { return nil }
      return Hit(
        range: context.firstWords(of: sentence),
        message: "give this sentence a verb and a subject: it is a list of nouns")
    }
  }

  /// "the C.J.M. Court, and …": a piece cut off after initials is the end of a sentence,
  /// not one of its own.
  private static func followsInitials(_ sentence: LetterText.Sentence, _ text: String) -> Bool {
    let before = text[..<sentence.range.lowerBound].reversed().drop(while: \.isWhitespace)
    let letters = Array(before.prefix(3))
    return letters.count == 3 && letters[0] == "." && letters[1].isUppercase
      && (letters[2] == "." || letters[2].isWhitespace)
  }

  /// The word at `index` is, or may be, a verb or a clause's subject. A bare verb form
  /// ("record", "plan") is a verb only first, as a command, or after a plural or a name that
  /// can be its subject ("Our nurses record vitals"); after another word it is a noun
  /// ("proven track record").
  private static func mayBeVerb(_ index: Int, _ words: [LetterWord]) -> Bool {
    let key = words[index].key
    if clauseWords.contains(key) || commonVerbs.contains(key) { return true }
    if Verbs.isPastTense(key) || Verbs.isGerund(key) || Verbs.baseOfThirdPerson(key) != nil {
      return true
    }
    if Verbs.isBase(key) {
      guard index > 0 else { return true }
      let before = words[index - 1]
      return before.key.hasSuffix("s") || before.isCapitalized
    }
    // "attached", "running", "suits": an -ed or -ing form, or a common verb with its "s".
    return key.hasSuffix("ed") || key.hasSuffix("ing")
      || (key.hasSuffix("s") && commonVerbs.contains(String(key.dropLast())))
  }
}
