/// An ask for a spoken language ("French (bilingual English/French is a strong asset)",
/// "Fluent Spanish") that the languages the resume lists meet. It is answered plainly, with
/// the level the resume states ("I am bilingual in French and English", "I speak Spanish
/// (conversational)"), never as the nearest thing the resume holds, nor as a tool ("I work
/// with Spanish").
enum SpokenAnswer {
  /// The resume's language entries (`held`, as it writes them) that `ask` names, in the
  /// resume's order; nil when the ask names no spoken language, or names one (with no
  /// alternative the resume lists) that the resume does not list.
  static func languages(meeting ask: String, held: [String]) -> [String]? {
    let asked = Lexicon.standard.matches(in: ask).filter(isSpoken)
    guard !asked.isEmpty else { return nil }
    var entries: [String: String] = [:]
    for entry in held {
      guard let term = Lexicon.standard.matches(in: entry).first(where: isSpoken)?.term else {
        continue
      }
      if entries[term] == nil { entries[term] = entry }
    }
    for group in ListedAnswer.alternatives(asked, in: ask)
    where !group.contains(where: { entries[$0.term] != nil }) {
      return nil
    }
    let named = Set(asked.map(\.term))
    return held.filter { entry in
      Lexicon.standard.matches(in: entry).first(where: isSpoken).map { named.contains($0.term) }
        ?? false
    }
  }

  /// The languages a resume lists: its languages (`languages`, as the plan says them) and
  /// the items of its skills list that name a spoken language ("French (bilingual)").
  static func held(_ resume: Resume, languages: [String]) -> [String] {
    let items = resume.skills.flatMap { [$0.name ?? ""] + ($0.keywords ?? []) }.map {
      $0.trimmingSpaces()
    }
    let listed = items.filter { item in
      WordCount.spaced(item) <= 4
        && Lexicon.standard.matches(in: item).first.map {
          isSpoken($0) && $0.range.lowerBound == item.startIndex
        } == true
    }
    return languages + listed
  }

  private static func isSpoken(_ match: TermMatch) -> Bool {
    Lexicon.standard.entry(for: match.term)?.isSpokenLanguage == true
  }
}
