/// How a sentence frames the words in it: denied or named as a gap, part of a name, a
/// result told without "I", about the job ahead or the company, or held from "I hold" on.
extension UnsupportedClaimCheck {
  /// Words that deny what follows ("I have not used Sage 300", "no Airflow yet").
  static let negations: Set<String> = ["not", "never", "no", "without", "nor"]
  /// Words that mark what comes before them as a gap the writer names ("On dbt or Airflow,
  /// my nearest evidence is ...", "You ask for X; my closest match is ...").
  static let gapMarkers: Set<String> = ["nearest", "closest"]

  /// Words that end a negation's reach ("I have not used Jira, but I run Asana").
  static let clauseBreaks: Set<String> = [
    "but", "yet", "though", "although", "while", "which", "where", "so", "instead",
  ]

  /// Words after a negation that deny use ("not used", "never worked with", "no experience").
  static let useWords: Set<String> = [
    "used", "use", "using", "worked", "work", "touched", "tried", "experience", "exposure",
    "done", "had", "run", "yet", "programmed", "operated", "installed", "configured",
  ]

  /// True when the sentence denies the words at `position` or names them as a gap: a
  /// negation of use earlier in the same clause ("I have not used", "no", up to eight words
  /// back, no ";" or ":" between), or a gap marker after. Such words claim nothing; "I never
  /// missed a deadline with Kubernetes" still claims Kubernetes.
  static func isDisclaimed(
    _ position: String.Index, in sentence: LetterText.Sentence, _ text: String
  ) -> Bool {
    let words = sentence.words
    let index = words.firstIndex { $0.range.lowerBound >= position } ?? words.endIndex
    if words[index...].contains(where: { gapMarkers.contains($0.key) }) { return true }
    for back in stride(from: index - 1, through: max(0, index - 8), by: -1) {
      let word = words[back]
      if clauseBreaks.contains(word.key) { return false }
      // A word may run past `position` when the claim starts inside it ("#RN-448812").
      if word.range.upperBound < position,
        text[word.range.upperBound..<position].contains(where: { ";:—".contains($0) })
      {
        return false
      }
      if negations.contains(word.key) {
        let next = words[(back + 1)..<min(index, back + 3)]
        // "no production Zephyr experience", "not shipped Zephyr yet": the words right
        // after the name may say what is denied; so may a verb the negation governs, with
        // the name its object ("I have not shipped Zephyr").
        let after = words[min(index + 1, words.count)..<min(words.count, index + 3)]
        let verb = back + 1 < index && Verbs.isPastTense(words[back + 1].key) && index - back <= 3
        return back + 1 == index || next.contains { useWords.contains($0.key) }
          || after.contains { useWords.contains($0.key) } || verb
      }
    }
    return false
  }

  /// "Sage 300", "Local 48", "Unit 4B": a bare number right after a capitalised word inside
  /// the sentence is part of a name, not a figure.
  static func isInName(
    _ found: Range<String.Index>, _ sentence: LetterText.Sentence, _ text: String
  ) -> Bool {
    let written = text[found]
    guard written.first?.isNumber == true, written.allSatisfy({ $0.isNumber || $0.isLetter }),
      let before = sentence.words.lastIndex(where: { $0.range.upperBound <= found.lowerBound }),
      before > 0, sentence.words[before].isCapitalized
    else { return false }
    return text[sentence.words[before].range.upperBound..<found.lowerBound] == " "
  }

  /// True when a sentence without "I" or "my" states a figure as a result: it neither
  /// addresses the reader ("you", "your") nor names the posting's company, and is no plan.
  static func reportsResult(
    _ sentence: LetterText.Sentence, _ keys: Set<String>, _ context: ReviewContext
  ) -> Bool {
    guard keys.isDisjoint(with: ["you", "your", "yours", "will"]) else { return false }
    guard let company = context.job?.company else { return true }
    return !NameMatching.mentions(sentence.words, NameMatching.variants(of: company))
  }

  /// Words that make a sentence about the job ahead, not the writer's past: "I am ready to
  /// take on reviewing the last two weeks of work", "Next step: a 12 week project".
  static let aheadWords: Set<String> = [
    "ready", "next", "would", "will", "eager", "forward", "hope", "want",
  ]

  /// True when the sentence speaks of the reader's side ("your team of 50+", the company by
  /// name) or of the job ahead: the posting's own figures may then stand in it.
  static func isAboutJob(_ sentence: LetterText.Sentence, _ context: ReviewContext)
    -> Bool
  {
    if sentence.words.contains(where: { ["you", "your"].contains($0.key) }) { return true }
    if sentence.words.contains(where: { aheadWords.contains($0.key) }) { return true }
    if opensWithPostingName(sentence, context) { return true }
    guard let company = context.job?.company else { return false }
    return NameMatching.mentions(sentence.words, NameMatching.variants(of: company))
  }

  /// Verbs after a name that make it the sentence's subject ("Cedar Hollow is launching").
  private static let subjectVerbs: Set<String> = [
    "is", "has", "was", "will", "runs", "serves", "offers", "plans", "needs", "opens",
    "opened", "launched", "launches", "just", "recently", "now",
  ]

  /// "Cedar Hollow's new course with Fresno City College is …": a sentence whose subject is
  /// an organisation the posting names and the resume does not (the employer, even when
  /// the posting's company line was not read) tells the posting's facts about it.
  private static func opensWithPostingName(
    _ sentence: LetterText.Sentence, _ context: ReviewContext
  ) -> Bool {
    let words = sentence.words
    let text = context.letter.text
    guard let name = NameMatching.properName(in: words, from: 0, text: text),
      name.upperBound < words.count
    else { return false }
    let written = NameMatching.text(words, name, in: text)
    let possessive = ["'s", "’s"].first { written.hasSuffix($0) }
    let bare = possessive.map { String(written.dropLast($0.count)) } ?? written
    guard possessive != nil || subjectVerbs.contains(words[name.upperBound].key) else {
      return false
    }
    // "Kubernetes is what I ran": a tool the lexicon knows is no organisation.
    let folded = bare.lowercased()
    guard context.lexicon.entry(for: bare) == nil else { return false }
    return context.jobLines.contains { ClaimSources.holds($0, folded) }
      && !ClaimSources.holds(context.resumeText, folded)
  }

  /// True when a sentence naming the company ("I read that Alder Pay runs point-of-sale
  /// terminals") gives the posting's own term without the writer owning it or working on
  /// it: a fact about the company, not a claim.
  static func quotesJob(
    _ range: Range<String.Index>, _ sentence: LetterText.Sentence, _ context: ReviewContext
  ) -> Bool {
    let folded = context.letter.text[range].lowercased()
    return isAboutJob(sentence, context) && !FigureClaims.isOwned(range.lowerBound, sentence)
      && context.jobLines.contains { ClaimSources.holds($0, folded) }
  }

  /// Where "I am …", "I hold …", "I have earned …" starts: what follows is what the writer
  /// says they hold now ("You ask for BLS and ACLS; I hold both" claims only after "I").
  static func heldFrom(_ sentence: LetterText.Sentence) -> String.Index? {
    guard !sentence.words.contains(where: { ["eager", "hope", "want", "plan"].contains($0.key) })
    else { return nil }
    return zip(sentence.words, sentence.words.dropFirst()).first {
      $0.key == "i" && ["am", "hold", "have", "earned", "obtained"].contains($1.key)
    }?.0.range.lowerBound
  }

  /// The content words up to four words either side of a figure ("travel", "schedule" in
  /// "what a 50% travel schedule asks"), which name what it measures.
  static func neighbours(_ range: Range<String.Index>, _ sentence: LetterText.Sentence)
    -> [String]
  {
    let words = sentence.words
    let first = words.firstIndex { $0.range.upperBound > range.lowerBound } ?? words.endIndex
    let last = words.firstIndex { $0.range.lowerBound >= range.upperBound } ?? words.endIndex
    let around = words[max(0, first - 4)..<first] + words[last..<min(words.count, last + 4)]
    return around.map(\.key).filter { $0.count >= 4 && !plainWords.contains($0) }
  }

  /// Common words that name nothing a figure measures.
  private static let plainWords: Set<String> = [
    "what", "that", "this", "with", "from", "your", "have", "know", "asks", "about", "than",
    "they", "them", "their", "there", "which", "were", "been", "will", "would", "into",
  ]
}
