/// Whether a posting's duty is work the letter already shows done: "processing insurance
/// claims" after "I processed 40 insurance claims a day" would offer to take on what the
/// candidate just said they do.
///
/// Words are compared by their stems ("processed", "processing" → "process"), never by a
/// fixed prefix, which made "custom" the same word as "customer"; function words and
/// generic ones ("from", "daily", "accurate") count for nothing.
enum ShownWork {
  /// True when one sentence of `said` (each as ``stems(_:)``) holds three quarters of the
  /// stems of the duty's object, two at least: the noun phrase after its opening verbs,
  /// before a purpose or a place ("customer sites" of "visiting customer sites to review
  /// packaging needs"), or of the object with its first verb ("filling prescriptions",
  /// "reconciling payroll registers and tax filings" after "reconciled payroll tax filings").
  /// Words from two sentences ("web design", "sprint planning") never show one duty
  /// ("running a design sprint").
  static func isShown(_ duty: String, in said: [Set<String>]) -> Bool {
    let object = stems(object(of: duty))
    let verb = duty.split(separator: " ").first.map { stems(String($0)) } ?? []
    return [object, object.union(verb)].contains { wanted in
      wanted.count >= 2
        && said.contains {
          Double(wanted.intersection($0).count) >= 0.75 * Double(wanted.count)
        }
    }
  }

  /// The stems of `text`'s content words: words of four letters or more, lowercased, each
  /// without its inflection ("claims" → "claim", "labeling" → "label").
  static func stems(_ text: String) -> Set<String> {
    var result = Set<String>()
    func add(_ word: String) {
      if !generic.contains(word) { result.insert(stem(word)) }
    }
    // An ASCII word's bytes tell its length; a word with other scalars counts characters.
    LetterWords.forEach(
      in: text,
      plain: { if $0.count >= 4 { add(String(decoding: $0, as: UTF8.self)) } },
      other: { if $0.count >= 4 { add($0) } })
    return result
  }

  /// A duty's object: its opening verbs dropped, cut before the first preposition.
  private static func object(of duty: String) -> String {
    let rest = LetterComposer.dutyObject(duty).split(separator: " ")
    return rest.prefix { !cuts.contains($0.lowercased()) }.joined(separator: " ")
  }

  private static func stem(_ word: String) -> String {
    var word = word
    for suffix in ["ing", "ed", "es", "s"] where word.hasSuffix(suffix) {
      let base = word.dropLast(suffix.count)
      guard base.count >= 4, !(suffix == "s" && base.hasSuffix("s")) else { continue }
      word = String(base)
      break
    }
    return word.count >= 5 && word.hasSuffix("e") ? String(word.dropLast()) : word
  }

  /// Words that end a duty's object: what follows says why, where or how.
  private static let cuts: Set<String> = [
    "to", "for", "in", "with", "using", "across", "at", "on", "from", "by", "within", "through",
  ]

  /// Function words and words too general to show a duty done.
  private static let generic: Set<String> = [
    "from", "that", "this", "with", "into", "their", "they", "them", "across", "over", "under",
    "other", "each", "every", "about", "daily", "weekly", "monthly", "accurate", "various",
    "multiple", "work", "team", "ensure", "support", "help", "well", "while", "within",
    "through", "also", "more", "most", "some", "such", "than", "then", "your", "will", "what",
    "when", "where", "which", "including", "needs", "needed",
  ]
}
