/// A degree named by its field in lowercase: "my pharmacy degree", "a degree in
/// accounting". The resume must hold a degree (not a certificate or diploma) in that field;
/// "Pharmacy Technician Certificate" is no pharmacy degree.
enum FieldDegreeClaims {
  /// Words before "degree" that give its kind or size, not its field.
  private static let notFields: Set<String> = [
    "a", "an", "the", "my", "his", "her", "our", "this", "that", "one", "two", "four", "year",
    "associate", "associates", "bachelor", "bachelors", "master", "masters", "doctoral",
    "graduate", "undergraduate", "postgraduate", "college", "university", "advanced", "first",
    "second", "professional", "technical", "honorary", "online", "related", "relevant",
    "same", "high", "full", "certain", "some", "any", "no", "new", "recent", "joint", "dual",
    "double", "and", "or", "of", "in", "from", "at", "with", "for", "to", "while", "during",
    "since", "by", "on", "as",
  ]
  /// Words before a field that make it the writer's degree ("my pharmacy degree").
  private static let owners: Set<String> = ["my", "a", "an", "the", "his", "her"]
  /// Words that make a study a certificate, not a degree.
  private static let notDegrees: Set<String> = [
    "certificate", "certification", "diploma", "license", "licence", "course", "program",
    "programme", "bootcamp", "training", "ged",
  ]

  static func hits(
    _ sentence: LetterText.Sentence, _ sources: ClaimSources, _ context: ReviewContext
  ) -> [Hit] {
    let words = sentence.words
    let text = context.letter.text
    let degreeTerms = context.terms(in: sentence.range, of: [.degree])
    var hits: [Hit] = []
    for (index, word) in words.enumerated() where word.key == "degree" {
      guard let field = field(around: index, words) else { continue }
      let first = words[field.span.lowerBound].range.lowerBound
      let range = first..<words[field.span.upperBound - 1].range.upperBound
      // "a nursing degree" is the lexicon's, checked as a credential.
      guard !degreeTerms.contains(where: { $0.range.overlaps(range) }),
        !holdsDegree(in: field.keys, sources),
        !UnsupportedClaimCheck.isDisclaimed(range.lowerBound, in: sentence, text)
      else { continue }
      let quote = ReviewContext.collapse(text[range])
      hits.append(
        Hit(
          range: range, message: "check '\(quote)': your resume does not show this degree",
          severity: .error))
    }
    return hits
  }

  /// The field's words and the span to quote: up to three lowercase words between a
  /// determiner and "degree" ("my pharmacy degree"), or after "degree in" ("a degree in
  /// pharmacy"); nil for "a high degree of accuracy" or "a four-year degree".
  private static func field(around index: Int, _ words: [LetterWord])
    -> (keys: [String], span: Range<Int>)?
  {
    var start = index
    while start > 0, index - start < 3, isFieldWord(words[start - 1]) { start -= 1 }
    if start < index, start > 0, owners.contains(words[start - 1].key) {
      return (words[start..<index].map(\.key), start..<(index + 1))
    }
    guard index + 2 < words.count, words[index + 1].key == "in" else { return nil }
    var end = index + 2
    while end < words.count, end - index < 5, isFieldWord(words[end]) { end += 1 }
    guard end > index + 2 else { return nil }
    return (words[(index + 2)..<end].map(\.key), index..<end)
  }

  private static func isFieldWord(_ word: LetterWord) -> Bool {
    !word.isCapitalized && word.key.allSatisfy(\.isLetter) && !notFields.contains(word.key)
  }

  /// An education entry that is a degree names every field word, or one line of the resume
  /// says "degree" beside them.
  private static func holdsDegree(in field: [String], _ sources: ClaimSources) -> Bool {
    let degrees = sources.resume.resume.education.map { entry in
      [entry.studyType, entry.area].compactMap { $0 }.joined(separator: " ").lowercased()
    }.filter { study in
      !study.split { !$0.isLetter }.contains { notDegrees.contains(String($0)) }
    }
    let stems = field.map { String($0.prefix(5)) }
    return degrees.contains { study in stems.allSatisfy(study.contains) }
      || sources.holdsInOneLine(field + ["degree"])
  }
}
