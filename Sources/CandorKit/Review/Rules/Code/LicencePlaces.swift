/// The places a letter says a licence is held in: "a licensed PE in Texas and Wisconsin",
/// "my PE licence in Minnesota and Ohio". A licence is held where the resume says it is:
/// a place the resume does not name is an invented credential. A state or province
/// matches its code both ways: the resume's "RN, TX" backs "licensed in Texas", and its
/// "Texas" backs "licensed in TX".
enum LicencePlaces {
  /// Words that say a licence is held somewhere ("licensed … in Texas").
  private static let licenceWords: Set<String> = [
    "licensed", "license", "licence", "licenses", "licences", "licensure", "registered",
  ]
  /// Words before "licensed" or "registered" that make it a state held ("a licensed PE",
  /// "I am registered in"), not a verb of work done ("I registered 12 employees in Ohio").
  private static let heldCues: Set<String> = [
    "a", "an", "am", "is", "was", "be", "been", "also", "fully", "currently", "still",
  ]
  /// Words a licence's place list runs across ("Texas, Ohio and Iowa").
  private static let joiners: Set<String> = ["and", "or"]

  static func hits(_ sentence: LetterText.Sentence, _ context: ReviewContext) -> [Hit] {
    guard !UnsupportedClaimCheck.isPlan(sentence) else { return [] }
    let words = sentence.words
    let text = context.letter.text
    var hits: [Hit] = []
    for index in words.indices where licenceWords.contains(words[index].key) {
      if ["licensed", "registered"].contains(words[index].key),
        index == 0 || !heldCues.contains(words[index - 1].key)
      {
        continue
      }
      // "licensed PE in", "licensed to practice in": "in" within four words.
      let reach = words[(index + 1)..<min(words.count, index + 5)]
      guard let place = reach.firstIndex(where: { $0.key == "in" }) else { continue }
      for name in places(after: place, words, text) {
        let quote = NameMatching.text(words, name, in: text)
        let first = words[name.lowerBound].range.lowerBound
        let isNamed =
          context.resumeNames(region: quote)
          ?? (ClaimSources.holds(context.resumeText, quote)
            || ClaimSources.holds(context.resumeSource, quote))
        guard !isNamed, !UnsupportedClaimCheck.isDisclaimed(first, in: sentence, text)
        else { continue }
        hits.append(
          Hit(
            range: first..<words[name.upperBound - 1].range.upperBound,
            message: "check '\(quote)': your resume does not show a licence held there",
            severity: .error))
      }
    }
    return hits
  }

  /// The places listed after the word at `index` ("in Texas, Ohio and New Mexico", "in TX
  /// and NM"), each a run of capitalised words one of which is a known place, or a state's
  /// code in capitals; the list ends at any other word.
  private static func places(after index: Int, _ words: [LetterWord], _ text: String)
    -> [Range<Int>]
  {
    var found: [Range<Int>] = []
    var start = index + 1
    while start < words.count {
      var end = start
      while end < words.count, end - start < 3, words[end].isCapitalized,
        end == start || !NameMatching.isBroken(between: words[end - 1], words[end], in: text)
      {
        end += 1
      }
      let isCode = end == start + 1 && RegionCodes.names[String(text[words[start].range])] != nil
      let isPlace =
        isCode || words[start..<end].contains { DiscoveryWords.places.contains($0.key) }
      guard end > start, isPlace else { break }
      // Other two-letter words ("US", "UK") are too loose to check.
      if isCode || text[words[start].range].count > 2 { found.append(start..<end) }
      guard end < words.count,
        joiners.contains(words[end].key)
          || (end > 0 && LetterWord.gap(words[end - 1], words[end], in: text).contains(","))
      else { break }
      start = joiners.contains(words[end].key) ? end + 1 : end
    }
    return found
  }
}
