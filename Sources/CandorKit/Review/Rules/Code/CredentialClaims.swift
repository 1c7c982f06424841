/// Credentials, schools and tools a letter names outside the lexicon: "certified in
/// Waterlase laser therapy", "a licensed general contractor", "the CSPT credential", "from
/// Boise State University", "in Rx30". The resume must name them.
enum CredentialClaims {
  static func hits(
    _ sentence: LetterText.Sentence, _ sources: ClaimSources, _ context: ReviewContext
  ) -> [Hit] {
    let words = sentence.words
    let text = context.letter.text
    // "an M.S. from NC State": a degree in the sentence makes "from" name a school.
    let hasDegree =
      words.contains { schoolCues.contains($0.key) }
      || context.terms.contains {
        $0.category == .degree && sentence.range.contains($0.range.lowerBound)
      }
    var hits: [Hit] = []
    for (index, word) in words.enumerated() {
      guard let phrase = claimed(index, words, text, school: hasDegree) else { continue }
      let quote = NameMatching.text(words, phrase, in: text)
      let first = words[phrase.lowerBound].range.lowerBound
      guard !isKnown(quote, sources, context),
        !UnsupportedClaimCheck.isDisclaimed(first, in: sentence, text)
      else { continue }
      let range = first..<words[phrase.upperBound - 1].range.upperBound
      let kind = word.key == "from" ? "school" : "credential"
      hits.append(
        Hit(range: range, message: "check '\(quote)': your resume does not show this \(kind)"))
    }
    return hits
  }

  private static let credentialNouns: Set<String> = [
    "credential", "certification", "certificate", "license", "licence",
  ]
  private static let stops: Set<String> = [
    "and", "or", "with", "since", "for", "at", "in", "from", "by", "on", "to", "who", "that",
  ]
  private static let schoolCues: Set<String> = [
    "degree", "graduated", "earned", "diploma", "studied", "bachelor", "master", "associate",
  ]

  /// The word range a claim at `index` names, if the word opens one.
  private static func claimed(_ index: Int, _ words: [LetterWord], _ text: String, school: Bool)
    -> Range<Int>?
  {
    let word = words[index]
    let next = index + 1
    switch word.key {
    case "in" where index > 0 && words[index - 1].key == "certified":
      return phrase(from: next, words, text)
    case "licensed", "certified":
      // "a licensed general contractor": the writer's title as a credential.
      guard index > 0, next < words.count, !words[next].isCapitalized,
        ["a", "an"].contains(words[index - 1].key),
        let rest = phrase(from: next, words, text)
      else { return nil }
      return index..<rest.upperBound
    case "from" where school:
      guard next < words.count,
        let name = NameMatching.properName(in: words, from: next, text: text)
      else { return nil }
      // "from NC State and the OSHA 500 card": the school ends before "and".
      let end = words[name].firstIndex { ["and", "the"].contains($0.key) } ?? name.upperBound
      return end > next ? next..<end : nil
    default:
      // "the CSPT credential": an acronym right before a credential noun.
      if credentialNouns.contains(word.key), index > 0, isAcronym(words[index - 1], text) {
        return (index - 1)..<index
      }
      return nil
    }
  }

  /// Up to four words from `start`, ending before a stop word or punctuation.
  private static func phrase(from start: Int, _ words: [LetterWord], _ text: String)
    -> Range<Int>?
  {
    var end = start
    while end < words.count, end - start < 4, !stops.contains(words[end].key) {
      if end > start, NameMatching.isBroken(between: words[end - 1], words[end], in: text) {
        break
      }
      end += 1
    }
    return end > start ? start..<end : nil
  }

  private static func isAcronym(_ word: LetterWord, _ text: String) -> Bool {
    let written = text[word.range]
    return written.count >= 3 && written.allSatisfy { $0.isUppercase || $0.isNumber }
  }

  /// The resume or the lexicon knows the phrase, or the resume holds each of its words.
  private static func isKnown(_ quote: String, _ sources: ClaimSources, _ context: ReviewContext)
    -> Bool
  {
    if context.lexicon.entry(for: quote) != nil || sources.contains(quote) { return true }
    if context.job?.lines.contains(where: { $0.text.contains(quote) }) == true { return true }
    // "licensed general contractor" is shown by "general contractor license" too.
    for held in ["licensed ", "certified "] where quote.lowercased().hasPrefix(held) {
      let rest = String(quote.dropFirst(held.count))
      let forms = ["license", "licence", "certification", "certificate", "certified"].map {
        rest + " " + $0
      }
      return forms.contains(where: sources.contains) || context.lexicon.entry(for: rest) != nil
    }
    return false
  }

  /// Product names written as letters and digits with a lowercase letter ("Rx30") that
  /// neither the resume nor the posting names.
  static func products(
    _ sentence: LetterText.Sentence, _ sources: ClaimSources, _ context: ReviewContext
  ) -> [Hit] {
    let text = context.letter.text
    return sentence.words.filter { word in
      let written = text[word.range]
      guard (3...8).contains(written.count), written.first?.isLetter == true,
        written.contains(where: \.isNumber), written.contains(where: \.isLowercase),
        written.allSatisfy({ $0.isLetter || $0.isNumber })
      else { return false }
      let quote = String(written)
      return !sources.contains(quote) && context.lexicon.entry(for: quote) == nil
        && context.job?.lines.contains(where: { $0.text.contains(quote) }) != true
    }.map {
      Hit(range: $0.range, message: "check '\(text[$0.range])': your resume does not mention it")
    }
  }
}
