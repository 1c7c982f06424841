/// A company detail given as a noun phrase with no verb (`--hook "your lab's 2025 paper on
/// heart regeneration"`) cannot follow "I read that" or "where": it is said as a sentence of
/// its own instead.
enum HookPhrase {
  private static let finiteWords: Set<String> = [
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "does",
    "do", "did", "may", "might", "must", "should", "shall", "isn't", "aren't", "wasn't",
  ]
  /// Words that can follow a verb but hardly a plural noun: "educates 2,300 students".
  private static let objectStarts: Set<String> = [
    "a", "an", "the", "its", "their", "your", "our", "my", "his", "her", "this", "that",
    "these", "those", "more", "over", "nearly", "about", "every", "each", "it", "them",
  ]
  private static let prepositions: Set<String> = [
    "in", "on", "at", "to", "for", "with", "from", "across", "into", "by", "after",
  ]

  /// True for a `--hook` the person wrote as a noun phrase, or in their own voice ("I saw
  /// your CTO's talk …"), which "I read that …" would garble; posting sentences keep their
  /// frames.
  static func isOwnSentence(_ hook: PlannedHook) -> Bool {
    hook.source == .option("--hook") && (isNounPhrase(hook.text) || isFirstPerson(hook.text))
  }

  /// True when `text` opens in the writer's own voice: "I", "I've", "My", "We", "Our".
  static func isFirstPerson(_ text: String) -> Bool {
    let first = text.prefix { $0 != " " }.lowercased()
    return ["i", "i've", "i'm", "i'd", "i’ve", "i’m", "i’d", "my", "we", "we've", "our"]
      .contains(first)
  }

  /// True when `text` has no verb a clause needs: no auxiliary, and no past-tense or
  /// third-person verb followed by what a verb takes ("opened in", "serves 900 stores").
  /// With `participles`, a past form is read as describing the noun before it ("a startup
  /// headquartered in Iowa City").
  static func isNounPhrase(_ text: String, participles: Bool = false) -> Bool {
    let words = text.split(separator: " ").map { $0.lowercased().trimmingPunctuation() }
    guard words.count >= 2 else { return false }
    if words.contains(where: finiteWords.contains) { return false }
    for (index, word) in words.enumerated().dropFirst() {
      let next = index + 1 < words.count ? words[index + 1] : ""
      let takesObject =
        objectStarts.contains(next) || next.first?.isNumber == true || next.hasPrefix("$")
      if !participles, Verbs.isPastTense(word), takesObject || prepositions.contains(next) {
        return false
      }
      if Verbs.baseOfThirdPerson(word) != nil, takesObject { return false }
    }
    return true
  }

  /// `text` naming `company` once per sentence: a company detail that opens on the name,
  /// placed after a pattern that already said it ("… at Harlow Valley, where Harlow Valley
  /// runs 31 routes"), calls it "it" ("…, where it runs 31 routes").
  static func namingOnce(_ company: String?, in text: String) -> String {
    guard let company, !company.isEmpty else { return text }
    return SentenceSplitter.split(text).map { sentence in
      guard let first = sentence.byteRange(of: company) else { return sentence }
      var result = sentence
      // "…, where Pear Deck is a funded startup." → "…, a funded startup.": a description
      // with no verb of its own reads better beside the name.
      let described = ", where \(company) is "
      if let range = result.byteRange(of: described, from: first.upperBound),
        let appositive = Self.appositive(String(result[range.upperBound...]))
      {
        result.replaceSubrange(range.lowerBound..<result.endIndex, with: ", " + appositive)
      }
      for connective in connectives {
        let repeated = " \(connective) \(company) "
        while let range = result.byteRange(of: repeated, from: first.upperBound) {
          result.replaceSubrange(range, with: " \(connective) it ")
        }
      }
      return result
    }.joined(separator: " ")
  }

  /// "a funded startup." → itself; nil for a rest that is no noun phrase with its article
  /// ("a leader and hires widely.", "growing fast.").
  private static func appositive(_ rest: String) -> String? {
    let words = rest.split(separator: " ")
    guard let article = words.first, ["a", "an"].contains(article.lowercased()),
      words.count >= 2, rest.hasSuffix("."),
      isNounPhrase(String(rest.dropLast()), participles: true), !rest.dropLast().contains(".")
    else { return nil }
    return rest
  }

  /// Words that open the clause a company detail is placed in.
  private static let connectives = ["that", "where"]

  /// "Your lab's 2025 paper on heart regeneration is a large part of why I am applying."; a
  /// hook in the writer's own voice as they wrote it, with its capital and full stop.
  static func sentence(_ phrase: String) -> String {
    let text = ClauseBuilder.capitalisedFirst(ClauseBuilder.trimmedStatement(phrase))
    if isFirstPerson(text) { return ".!?".contains(text.last ?? " ") ? text : text + "." }
    return text + " is a large part of why I am applying."
  }
}
