/// Degrees a letter names that the lexicon does not know ("a Master of Journalism") and the
/// field of a degree ("an M.S. in Water Resources Engineering", "a degree in Journalism"):
/// the resume must show the field, in one line, in any order.
enum DegreeClaims {
  /// Capitalised words that open a degree's name ("Master of …", "Bachelor's in …").
  private static let degreeWords: Set<String> = [
    "master", "masters", "bachelor", "bachelors", "doctor", "doctorate", "associate",
    "associates",
  ]
  /// Words of a field that say nothing on their own.
  private static let linkWords: Set<String> = ["and", "of", "in", "the", "for", "de", "&"]

  static func hits(
    _ sentence: LetterText.Sentence, _ sources: ClaimSources, _ context: ReviewContext
  ) -> [Hit] {
    let words = sentence.words
    let text = context.letter.text
    let degrees = context.terms(in: sentence.range, of: [.degree])
    var hits: [Hit] = []
    for (index, word) in words.enumerated() {
      var start = index
      var link = index + 1
      if word.isCapitalized, degreeWords.contains(word.key) {
        // "Master of Business Administration" is the lexicon's MBA: checked as a credential.
        if let held = degrees.first(where: { $0.range.lowerBound == word.range.lowerBound }),
          held.range.upperBound > word.range.upperBound
        {
          continue
        }
      } else if let degree = degrees.first(where: { ends($0, at: word, text) }) {
        // "an M.S. in Water Resources": a degree the resume does not hold is flagged as a
        // credential already; only a held one has its field checked.
        guard sources.supports(term: degree.term) || sources.contains(degree.spelling) else {
          continue
        }
        start = words.firstIndex { $0.range.lowerBound >= degree.range.lowerBound } ?? index
      } else if word.key == "degree" {
        start = index
      } else {
        continue
      }
      guard link < words.count, ["of", "in"].contains(words[link].key) else { continue }
      link += 1
      guard let field = NameMatching.properName(in: words, from: link, text: text),
        !isDate(field, words)
      else { continue }
      var end = field.upperBound
      // "Bachelor of Science in Nursing": the field after the kind of degree. "in May",
      // "in Spring 2027" date the degree and are no part of its field.
      if end + 1 < words.count, words[end].key == "in",
        let more = NameMatching.properName(in: words, from: end + 1, text: text),
        !isDate(more, words)
      {
        end = more.upperBound
      }
      let fieldWords = words[link..<end].map(\.key).filter { !linkWords.contains($0) }
      let range = words[start].range.lowerBound..<words[end - 1].range.upperBound
      let quote = ReviewContext.collapse(text[range])
      guard !fieldWords.isEmpty, !sources.holdsInOneLine(fieldWords),
        context.lexicon.entry(for: quote) == nil,
        !UnsupportedClaimCheck.isDisclaimed(range.lowerBound, in: sentence, text)
      else { continue }
      hits.append(
        Hit(
          range: range, message: "check '\(quote)': your resume does not show this degree",
          severity: .error))
    }
    return hits
  }

  /// "May", "Spring": a lone capitalised month or season dates a degree ("a B.S. in May").
  private static func isDate(_ name: Range<Int>, _ words: [LetterWord]) -> Bool {
    name.count == 1 && MonthNames.month(for: words[name.lowerBound].key) != nil
  }

  /// The degree ends with `word`, or with the period after it ("M.S." ends at "M.S").
  private static func ends(_ degree: TermMatch, at word: LetterWord, _ text: String) -> Bool {
    let end = word.range.upperBound
    if degree.range.upperBound == end { return true }
    return end < text.endIndex && text[end] == "."
      && degree.range.upperBound == text.index(after: end)
  }
}
