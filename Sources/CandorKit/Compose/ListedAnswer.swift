/// A requirement the resume's skills list meets: each tool it asks for, or one of the
/// alternatives it offers ("SQL or Looker"), is a skill the resume lists. Such a requirement
/// is answered plainly ("I work with Looker"), never as a concession ("the best I can offer
/// is the Looker listed among my skills").
enum ListedAnswer {
  /// The listed skills, as the resume writes them, that meet `requirement`; nil when the
  /// requirement names no hard skill, or one it asks for (with no listed alternative) is
  /// not listed.
  static func skills(meeting requirement: String, listed: [String], company: String?)
    -> [String]?
  {
    // The company's own name may also be a product ("ServiceNow"): no skill to hold.
    let asked = Lexicon.standard.matches(in: requirement).filter { match in
      GroundingChecker.hardCategories.contains(match.category)
        && company.map { OpenerResolver.sameOrganisation(match.spelling, $0) } != true
    }
    guard !asked.isEmpty else { return nil }
    var held: [String: String] = [:]
    for skill in listed {
      let term = Lexicon.standard.entry(for: skill)?.term ?? skill
      if held[term] == nil { held[term] = skill }
    }
    var answer: [String] = []
    for group in alternatives(asked, in: requirement) {
      let met = group.compactMap { held[$0.term] }
      guard let first = met.first else { return nil }
      if !answer.contains(first) { answer.append(first) }
    }
    return answer
  }

  /// The asked terms in runs that any one member meets: terms joined by "or" or "/".
  static func alternatives(_ matches: [TermMatch], in text: String) -> [[TermMatch]] {
    var groups: [[TermMatch]] = []
    for match in matches {
      if let previous = groups.last?.last, previous.range.upperBound <= match.range.lowerBound,
        EitherOr.joins(text[previous.range.upperBound..<match.range.lowerBound])
      {
        groups[groups.count - 1].append(match)
      } else {
        groups.append([match])
      }
    }
    return groups
  }
}
