/// Gathers the skills a posting names: lexicon terms anywhere in the posting's substance,
/// and terms the lexicon lacks where requirements and skill lists name them.
enum SkillCollector {
  /// Canonical terms named in one line: lexicon matches, then discovered terms.
  static func terms(in text: String, lexicon: Lexicon) -> [String] {
    var seen: [String] = []
    for term in lexicon.matches(in: text).map(\.term)
      + TermDiscovery.terms(in: text, lexicon: lexicon)
    where !seen.contains(term) {
      seen.append(term)
    }
    return seen
  }

  static func collect(
    _ sections: [SectionedLine], requirements: [Requirement], lexicon: Lexicon
  ) -> [SkillMention] {
    var tiers: [Int: Tier] = [:]
    for requirement in requirements {
      tiers[requirement.line] = min(tiers[requirement.line] ?? .other, requirement.tier)
    }
    var mentions: [String: SkillMention] = [:]
    var order: [String] = []
    for item in sections where !item.line.isBlank && !skipped.contains(item.section) {
      let tier = tiers[item.line.line] ?? .other
      for found in found(in: item, tier: tier, lexicon: lexicon) {
        if var mention = mentions[found.term] {
          mention.count += 1
          mention.tier = min(mention.tier, tier)
          if !mention.lines.contains(item.line.line) { mention.lines.append(item.line.line) }
          mentions[found.term] = mention
        } else {
          mentions[found.term] = found
          order.append(found.term)
        }
      }
    }
    return order.compactMap { mentions[$0] }.enumerated().sorted { a, b in
      (a.element.tier, -a.element.count, a.offset) < (b.element.tier, -b.element.count, b.offset)
    }.map(\.element)
  }

  private static let skipped: Set<PostingSectionKind> = [.legal, .benefits, .apply]

  private static func found(in item: SectionedLine, tier: Tier, lexicon: Lexicon) -> [SkillMention]
  {
    let line = item.line.line
    var result = lexicon.matches(in: item.text).map {
      SkillMention(
        term: $0.term, category: $0.category, spelling: $0.spelling, tier: tier, lines: [line])
    }
    let listsSkills = tier != .other || item.section == .stack
    guard listsSkills else { return result }
    for term in TermDiscovery.terms(in: item.text, lexicon: lexicon)
    where !result.contains(where: { $0.term == term }) {
      result.append(
        SkillMention(
          term: term, category: .tool, spelling: term, tier: tier, lines: [line], isKnown: false))
    }
    return result
  }
}
