/// Words the letter quotes from the posting: "you ask for a 'strong asset'", "You're asking
/// for French (bilingual English/French is a strong asset)". They are the posting's verdict,
/// not the writer's, so a rule about the writer's own wording does not fault them.
extension ReviewContext {
  /// Words of the posting that run on before a phrase for it to count as quoted.
  private static let quotedLead = 3

  /// True when the words at `range` stand inside quotation marks around words the posting
  /// has as they stand, or end a run of ``quotedLead`` or more words before them that the
  /// posting has as they stand.
  func quotesPosting(_ range: Range<String.Index>, in sentence: LetterText.Sentence) -> Bool {
    guard job != nil else { return false }
    let words = sentence.words
    guard let first = words.firstIndex(where: { $0.range.upperBound > range.lowerBound }),
      let last = words.lastIndex(where: { $0.range.lowerBound < range.upperBound }),
      first <= last
    else { return false }
    if let quoted = quoted(around: first...last, in: sentence), postingHas(words[quoted]) {
      return true
    }
    return first >= Self.quotedLead && postingHas(words[(first - Self.quotedLead)...last])
  }

  private func postingHas(_ words: ArraySlice<LetterWord>) -> Bool {
    postingWords.contains(" " + words.map(\.key).joined(separator: " ") + " ")
  }

  private static let quoteMarks: Set<Character> = ["\"", "“", "”", "'", "‘", "’"]

  /// The words between the nearest quotation marks around `words`, when both stand in the
  /// sentence and none stands between the words.
  private func quoted(around span: ClosedRange<Int>, in sentence: LetterText.Sentence)
    -> ClosedRange<Int>?
  {
    let words = sentence.words
    let text = letter.text
    func gap(before index: Int) -> Substring {
      index == 0
        ? text[sentence.range.lowerBound..<words[0].range.lowerBound]
        : LetterWord.gap(words[index - 1], words[index], in: text)
    }
    func gap(after index: Int) -> Substring {
      index + 1 == words.count
        ? text[words[index].range.upperBound..<sentence.range.upperBound]
        : LetterWord.gap(words[index], words[index + 1], in: text)
    }
    let marked = { (gap: Substring) in gap.contains(where: Self.quoteMarks.contains) }
    if span.count > 1,
      (span.lowerBound..<span.upperBound).contains(where: { marked(gap(after: $0)) })
    {
      return nil
    }
    guard
      let start = stride(from: span.lowerBound, through: 0, by: -1)
        .first(where: { marked(gap(before: $0)) }),
      let end = (span.upperBound..<words.count).first(where: { marked(gap(after: $0)) }),
      !(start..<span.lowerBound).contains(where: { marked(gap(after: $0)) })
    else { return nil }
    return start...end
  }
}
