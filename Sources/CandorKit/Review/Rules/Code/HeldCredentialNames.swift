/// Credentials a letter claims by name without a credential word that `CredentialClaims`
/// reads: "I am an Envision Sustainability Professional", "I am also a Google Cloud
/// Certified Architect", "I am ACEDS-certified", "a Relativity-certified administrator".
/// The resume must show them; the posting naming one does not make it the writer's.
enum HeldCredentialNames {
  /// Last words of a capitalised name after "I am a" that make it a credential, not a job.
  private static let heads: Set<String> = [
    "professional", "specialist", "practitioner", "technologist", "diplomate", "fellow",
    "examiner", "auditor", "appraiser",
  ]
  /// Words inside such a name that make it a credential wherever they stand.
  private static let marks: Set<String> = [
    "certified", "licensed", "registered", "chartered", "accredited", "credentialed",
  ]
  /// Words that may stand between "I am" and the article ("I am also a").
  private static let adverbs: Set<String> = ["also", "now", "currently", "already"]

  static func hits(
    _ sentence: LetterText.Sentence, _ sources: ClaimSources, _ context: ReviewContext
  ) -> [Hit] {
    let words = sentence.words
    let text = context.letter.text
    var hits: [Hit] = []
    for index in words.indices {
      guard let claim = named(after: index, words, text) ?? hyphened(index, words, text)
      else { continue }
      let range =
        words[claim.name.lowerBound].range
        .lowerBound..<words[claim.name.upperBound - 1]
        .range.upperBound
      let quote = String(text[range])
      guard !claim.isKnown(sources, context) else { continue }
      hits.append(
        Hit(
          range: range, message: "check '\(quote)': your resume does not show this credential",
          severity: .error))
    }
    return hits
  }

  /// A claimed name: its word range and the name of what is held.
  private struct Claim {
    let name: Range<Int>
    /// What the resume must show: the whole name, or the "X" of "X-certified".
    let held: String
    let isHyphened: Bool

    func isKnown(_ sources: ClaimSources, _ context: ReviewContext) -> Bool {
      guard isHyphened else {
        return CredentialClaims.isKnown(held, sources, context, school: false)
      }
      // "Relativity-certified" needs the certification, not the tool alone.
      if let entry = context.lexicon.entry(for: held), entry.category == .certification {
        return true
      }
      return ["certified", "certification", "certificate", "licensed", "license", "licence"]
        .contains { sources.holdsInOneLine([held, $0]) }
        || sources.listsCertificate(holding: [held.lowercased()])
    }
  }

  /// "I am (also) a/an <Capitalised Name>" whose name reads as a credential.
  private static func named(after index: Int, _ words: [LetterWord], _ text: String) -> Claim? {
    guard words[index].key == "am", index > 0, words[index - 1].key == "i" else { return nil }
    var article = index + 1
    while article < words.count, adverbs.contains(words[article].key) { article += 1 }
    let start = article + 1
    guard start < words.count, ["a", "an"].contains(words[article].key),
      words[start].isCapitalized,
      let name = NameMatching.properName(in: words, from: start, text: text), name.count >= 2
    else { return nil }
    let keys = words[name].map(\.key)
    guard heads.contains(keys[keys.count - 1]) || keys.contains(where: marks.contains) else {
      return nil
    }
    return Claim(name: name, held: NameMatching.text(words, name, in: text), isHyphened: false)
  }

  /// "ACEDS-certified", "Relativity-certified": a name joined to a credential's mark.
  private static func hyphened(_ index: Int, _ words: [LetterWord], _ text: String) -> Claim? {
    guard index > 0, marks.contains(words[index].key),
      LetterWord.gap(words[index - 1], words[index], in: text) == "-",
      words[index - 1].isCapitalized
    else { return nil }
    return Claim(
      name: (index - 1)..<(index + 1), held: String(text[words[index - 1].range]),
      isHyphened: true)
  }
}
