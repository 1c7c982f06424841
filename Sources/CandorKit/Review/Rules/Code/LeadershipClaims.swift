/// "I led the firm's e-discovery team", "I managed the discovery staff", "I supervised a
/// crew of six": the writer says they led people. The resume must show some leading
/// (a lead, manager or supervisor role, or a verb of leading); a resume that shows none
/// makes the claim invented.
enum LeadershipClaims {
  /// Verbs that say the writer led the group after them.
  private static let verbs: Set<String> = [
    "led", "lead", "leads", "headed", "heads", "managed", "manage", "manages", "supervised",
    "supervise", "supervises", "directed", "directs", "oversaw", "oversee", "oversees",
  ]
  /// Nouns that name a group of people.
  private static let groups: Set<String> = [
    "team", "teams", "staff", "crew", "crews", "group", "unit", "department", "squad",
    "division", "employees", "people", "workers", "associates", "reports",
  ]
  /// Words that end the verb's object before a group noun could name it: "led training
  /// for the support team" leads training, not the team.
  private static let stops: Set<String> = [
    "for", "with", "on", "to", "in", "at", "and", "or", "across", "by", "during", "from",
    "into", "alongside", "within", "under",
  ]
  /// Words in the resume that show leading people.
  private static let shown = [
    "led", "lead", "leads", "leading", "leader", "leadership", "managed", "manager",
    "managing", "supervised", "supervisor", "supervising", "supervise", "headed", "head",
    "directed", "director", "oversaw", "oversee", "oversaw", "chair", "chaired", "captain",
    "foreman", "forewoman",
  ]

  static func hits(
    _ sentence: LetterText.Sentence, _ sources: ClaimSources, _ context: ReviewContext
  ) -> [Hit] {
    guard !showsLeading(sources) else { return [] }
    let words = sentence.words
    let text = context.letter.text
    var hits: [Hit] = []
    for (index, word) in words.enumerated() where verbs.contains(word.key) {
      guard index > 0, words[index - 1].key != "to" else { continue }
      var end = index + 1
      while end < words.count, end - index <= 5, !stops.contains(words[end].key),
        !NameMatching.isBroken(between: words[end - 1], words[end], in: text)
      {
        if groups.contains(words[end].key) {
          let range = word.range.lowerBound..<words[end].range.upperBound
          hits.append(
            Hit(
              range: range,
              message: "check '\(ReviewContext.collapse(text[range]))': your resume shows no "
                + "team you led, managed or supervised",
              severity: .error))
          break
        }
        end += 1
      }
    }
    return hits
  }

  /// The resume's fields or its file hold a word of leading.
  private static func showsLeading(_ sources: ClaimSources) -> Bool {
    shown.contains {
      ClaimSources.holds(sources.text, $0) || ClaimSources.holds(sources.source, $0)
    }
  }
}
