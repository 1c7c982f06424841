/// Quotes that read on their own: a phrase hit that stops on a word leaving the phrase hanging
/// ("Ever since I", "Feel free to reach") is widened to the end of its clause.
extension ReviewContext {
  /// `range` widened to the end of its clause when its last word leaves the phrase hanging:
  /// a function word ("since I", "my love of"), a verb after "to" ("feel free to reach") or
  /// after an auxiliary or adverb ("I have always loved"). The start never moves, so a
  /// finding's position stays on the words it names.
  func readable(_ range: Range<String.Index>) -> Range<String.Index> {
    guard let sentence = sentence(containing: range.lowerBound),
      let last = sentence.words.lastIndex(where: {
        $0.range.lowerBound >= range.lowerBound && $0.range.upperBound <= range.upperBound
      }),
      isHanging(sentence.words, at: last)
    else { return range }
    let end = clauseEnd(after: range.upperBound, in: sentence)
    return end > range.upperBound ? range.lowerBound..<end : range
  }

  /// The sentence's opening clause, from its first word to the first comma, semicolon, colon
  /// or dash after at least `minimum` words (or to the sentence's end), to quote in a finding
  /// about a larger stretch.
  func firstWords(of sentence: LetterText.Sentence, minimum: Int = 4) -> Range<String.Index> {
    let words = sentence.words
    guard let first = words.first else { return sentence.range }
    let from = words[min(words.count, minimum) - 1].range.upperBound
    return first.range.lowerBound..<clauseEnd(after: from, in: sentence)
  }

  /// Where the clause that goes on at `index` ends: before the next clause mark, or at the
  /// sentence's end without its full stop.
  private func clauseEnd(after index: String.Index, in sentence: LetterText.Sentence)
    -> String.Index
  {
    let text = letter.text
    let sentenceEnd = sentence.range.upperBound
    guard index < sentenceEnd else { return index }
    let punctuation = text[index..<sentenceEnd].indices.first {
      Self.clauseMarks.contains(text[$0]) && !Self.isThousandsComma(at: $0, in: text)
    }
    let mark = [punctuation, clauseJoin(after: index, in: sentence)].compactMap { $0 }.min()
    var end = mark ?? sentenceEnd
    while end > index {
      let previous = text[text.index(before: end)]
      guard previous.isWhitespace || (mark == nil && ".!?…".contains(previous)) else { break }
      end = text.index(before: end)
    }
    return end
  }

  private static let clauseMarks: Set<Character> = [",", ";", ":", "—", "–", "(", ")"]

  /// A comma inside a number ("1,200"), which ends no clause: a digit on each side.
  private static func isThousandsComma(at index: String.Index, in text: String) -> Bool {
    guard text[index] == ",", index > text.startIndex else { return false }
    let next = text.index(after: index)
    let digits: ClosedRange<Character> = "0"..."9"
    return next < text.endIndex && digits.contains(text[text.index(before: index)])
      && digits.contains(text[next])
  }

  /// The start of a word after `index` that begins a new clause: "because", "while", or
  /// "and", "but", "or", "so" before a subject ("… about data and I believe …").
  private func clauseJoin(after index: String.Index, in sentence: LetterText.Sentence)
    -> String.Index?
  {
    let words = sentence.words
    for (offset, word) in words.enumerated() where word.range.lowerBound >= index {
      if Self.subordinators.contains(word.key) { return word.range.lowerBound }
      if Self.coordinators.contains(word.key), offset + 1 < words.count,
        Self.subjects.contains(words[offset + 1].key)
      {
        return word.range.lowerBound
      }
    }
    return nil
  }

  private static let subordinators: Set<String> = [
    "because", "while", "although", "though", "whereas", "unless",
  ]
  private static let coordinators: Set<String> = ["and", "but", "or", "so", "yet"]
  private static let subjects: Set<String> = ["i", "we", "you", "they", "he", "she", "it"]

  /// Found by binary search, paragraphs and sentences being in text order, so quoting every
  /// finding of a long letter stays linear in its length.
  private func sentence(containing index: String.Index) -> LetterText.Sentence? {
    let paragraphs = letter.paragraphs
    guard
      let paragraph = Self.last(
        in: paragraphs.indices, where: { paragraphs[$0].range.lowerBound <= index }),
      paragraphs[paragraph].range.contains(index)
    else { return nil }
    let sentences = paragraphs[paragraph].sentences
    guard
      let sentence = Self.last(
        in: sentences.indices, where: { sentences[$0].range.lowerBound <= index }),
      sentences[sentence].range.contains(index)
    else { return nil }
    return sentences[sentence]
  }

  /// The last index in `indices` for which `isBefore` holds, `isBefore` being true for a
  /// leading run of them and false after it.
  private static func last(in indices: Range<Int>, where isBefore: (Int) -> Bool) -> Int? {
    var low = indices.lowerBound
    var high = indices.upperBound
    while low < high {
      let middle = (low + high) / 2
      if isBefore(middle) { low = middle + 1 } else { high = middle }
    }
    return low > indices.lowerBound ? low - 1 : nil
  }

  private func isHanging(_ words: [LetterWord], at index: Int) -> Bool {
    let key = words[index].key
    if Self.functionWords.contains(key) { return true }
    // "feel free to reach out", "hesitate to contact me", "always loved working": a verb
    // whose object follows; "attention to detail is" ends on a noun and stays as it is.
    guard index > 0, index + 1 < words.count, Self.verbLeads.contains(words[index - 1].key)
    else { return false }
    let next = words[index + 1].key
    return Self.objectStarts.contains(next) || (next.count > 4 && next.hasSuffix("ing"))
  }

  /// Words that open a verb's object or particle: "reach out", "contact me", "discuss my".
  private static let objectStarts: Set<String> = [
    "out", "me", "us", "you", "it", "them", "my", "your", "our", "the", "a", "an", "this",
    "that", "how", "what", "with", "about", "on", "up", "in", "to", "for", "more",
  ]

  /// Words that cannot end a phrase a reader would quote.
  static let functionWords: Set<String> = [
    "i", "you", "we", "they", "he", "she", "it", "me", "us", "them", "my", "your", "our",
    "their", "his", "her", "its", "a", "an", "the", "this", "that", "these", "those", "any",
    "some", "every", "each", "of", "to", "for", "in", "on", "at", "with", "about", "from", "by",
    "into", "as", "than", "since", "like", "and", "or", "but", "because", "if", "when", "while",
    "so", "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "do",
    "does", "did", "will", "would", "can", "could", "should", "may", "might", "must", "shall",
    "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll",
  ]

  /// Words after which a verb still wants its object: "to reach", "always loved".
  private static let verbLeads: Set<String> = [
    "to", "always", "never", "ever", "have", "has", "had", "really", "truly", "would", "will",
  ]
}
