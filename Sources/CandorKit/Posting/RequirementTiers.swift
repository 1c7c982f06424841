/// The tier each requirement gives the skills it names, looked up by the line it was read
/// from. One source line can hold several requirements (a glued paragraph split into
/// items, or "Bachelor's degree required; MBA preferred" split in two), so a skill takes
/// the tier of the requirement that names it, and a line's other parts keep their own.
struct RequirementTiers {
  private var byLine: [Int: [(text: String, tier: Tier)]] = [:]
  private var byTerm: [TermOnLine: Tier] = [:]

  /// A term named on a source line.
  private struct TermOnLine: Hashable {
    var line: Int
    var term: String
  }

  init(_ requirements: [Requirement]) {
    for requirement in requirements {
      byLine[requirement.line, default: []].append((requirement.text, requirement.tier))
      for term in requirement.skills {
        let key = TermOnLine(line: requirement.line, term: term)
        byTerm[key] = min(byTerm[key] ?? .other, requirement.tier)
      }
    }
  }

  /// The tier of the requirement read from `item`, the strongest of its parts when it was
  /// split; `.other` when the item states none.
  func tier(of item: SectionedLine) -> Tier {
    guard let stated = byLine[item.line.line] else { return .other }
    if let whole = stated.first(where: { $0.text == item.text }) { return whole.tier }
    return stated.filter { item.text.containsText($0.text) }.map(\.tier).min() ?? .other
  }

  /// The tier of the requirement on `item`'s line that names `term`; `itemTier` for a term
  /// none names, and for every term of an item that states no requirement.
  func tier(of term: String, in item: SectionedLine, itemTier: Tier) -> Tier {
    guard itemTier != .other else { return .other }
    return byTerm[TermOnLine(line: item.line.line, term: term)] ?? itemTier
  }
}
