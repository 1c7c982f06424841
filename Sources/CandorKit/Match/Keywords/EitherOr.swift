/// Finds either/or requirements: terms joined by "or" or a slash on one line ("Python or
/// Go", "AWS/GCP", "Kubernetes or Docker Swarm"), and lists of examples ("such as Tableau,
/// Qlik or Looker"), which any one option satisfies.
enum EitherOr {
  /// Hits that stand together as one requirement.
  struct Group {
    var hits: [TermHit]
    /// True when the hits were offered as examples after a cue such as "such as".
    var isExamples = false
  }

  /// `hits` (sorted by position in `text`) split into runs; a run of two or more hits is
  /// an either/or group.
  static func groups(_ hits: [TermHit], in text: String) -> [Group] {
    let spans = hits.count > 1 ? ExampleList.spans(in: text) : []
    let span = { (hit: TermHit) in spans.firstIndex { $0.contains(hit.range.lowerBound) } }
    var groups: [Group] = []
    // The group whose last hit the next one may join.
    var anchor: Int?
    for hit in hits {
      guard let open = anchor, let previous = groups[open].hits.last, isAlike(previous, hit),
        previous.range.upperBound <= hit.range.lowerBound
      else {
        groups.append(Group(hits: [hit]))
        anchor = groups.count - 1
        continue
      }
      let gap = text[previous.range.upperBound..<hit.range.lowerBound]
      // "Certified Payroll Professional (CPP) or …": the acronym in brackets is the same
      // mention, and the term before it stays the one an "or" after it joins.
      if previous.key == hit.key, gap.allSatisfy({ $0 == " " || $0 == "(" }) { continue }
      let listed = span(hit) != nil && span(hit) == span(previous)
      if !asksBoth(previous, hit, in: text), listed || joins(withoutAside(gap)) {
        groups[open].hits.append(hit)
        groups[open].isExamples = groups[open].isExamples || listed
      } else {
        groups.append(Group(hits: [hit]))
        anchor = groups.count - 1
      }
    }
    return groups
  }

  /// "Bilingual English/Spanish": the languages a bilingual ask names are both asked for.
  private static func asksBoth(_ first: TermHit, _ second: TermHit, in text: String) -> Bool {
    first.category == .spokenLanguage && second.category == .spokenLanguage
      && text.lowercased().contains("bilingual")
  }

  /// The text between two terms that makes them alternatives: "/", " or ", ", or ", "or
  /// other", " (or ", with spaces around a slash allowed.
  static func joins(_ gap: Substring) -> Bool {
    let words = gap.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "(" })
    if words == ["/"] || gap == "/" { return true }
    if words.first == "or", words.dropFirst().allSatisfy(kindWords.contains) { return true }
    return words == ["and/or"] || words == ["either"]
  }

  /// The gap after a term without the term's own bracketed acronym or note: " (CPP) or "
  /// is " or ".
  private static func withoutAside(_ gap: Substring) -> Substring {
    let trimmed = gap.drop { $0 == " " }
    guard trimmed.first == "(", let close = trimmed.firstIndex(of: ")") else { return gap }
    return trimmed[trimmed.index(after: close)...]
  }

  /// Words after "or" that make the first term an example of the second ("Kafka or another
  /// event-streaming system", "Jira or a similar tracker").
  private static let kindWords: Set<Substring> = [
    "another", "other", "similar", "equivalent", "comparable", "alternative", "a", "an", "any",
  ]

  /// Only like can replace like: a soft skill is no alternative to a tool, and a degree is
  /// an alternative only to another degree.
  private static func isAlike(_ first: TermHit, _ second: TermHit) -> Bool {
    let soft = [first.category, second.category].filter { $0 == .softSkill }.count
    let degree = [first.category, second.category].filter { $0 == .degree }.count
    return soft != 1 && degree != 1
  }

  /// Where the group's text ends: after its last hit, or after the bracket closing an
  /// option written in brackets ("Gainsight (or ChurnZero)").
  private static func closingBracket(after hits: [TermHit], in text: String) -> String.Index {
    let end = hits[hits.count - 1].range.upperBound
    let inside = text[hits[0].range.lowerBound..<end]
    guard inside.contains("("), !inside.contains(")"), text[end...].first == ")" else {
      return end
    }
    return text.index(after: end)
  }

  /// One hit standing for the whole group, spelled as the posting writes it ("AWS/GCP",
  /// "Python or Go") or, for a list of examples, as its options ("Tableau / Qlik"), with
  /// each member as an option.
  static func hit(for group: Group, in text: String) -> TermHit {
    let hits = group.hits
    let range = hits[0].range.lowerBound..<closingBracket(after: hits, in: text)
    var hit = TermHit(
      key: hits.map(\.key).joined(separator: " | "),
      spelling: group.isExamples
        ? hits.map(\.spelling).joined(separator: " / ") : String(text[range]),
      category: hits[0].category, kind: hits.allSatisfy(\.isKnown) ? hits[0].kind : nil,
      range: range)
    hit.alternatives = hits.map(\.option)
    hit.isExample = group.isExamples
    hit.lexiconSpellings = hits.map(\.lexiconSpellings).max() ?? 0
    return hit
  }
}
