/// Gathers the skills a posting names: lexicon terms anywhere in the posting's substance,
/// and terms the lexicon lacks where requirements and skill lists name them.
enum SkillCollector {
  /// Canonical terms named in one line: lexicon matches, then discovered terms.
  static func terms(in text: String, scan: TermScan) -> [String] {
    var seen: [String] = []
    for term in scan.matches(in: text).map(\.term) + scan.discovered(in: text)
    where !seen.contains(term) {
      seen.append(term)
    }
    return seen
  }

  static func collect(
    _ sections: [SectionedLine], requirements: [Requirement], scan: TermScan
  ) -> [SkillMention] {
    var tiers: [Int: Tier] = [:]
    for requirement in requirements {
      tiers[requirement.line] = min(tiers[requirement.line] ?? .other, requirement.tier)
    }
    var mentions: [String: SkillMention] = [:]
    var order: [String] = []
    for item in sections where !item.line.isBlank && !skipped.contains(item.section) {
      let tier = tiers[item.line.line] ?? .other
      for found in found(in: item, tier: tier, scan: scan) {
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

  private static func found(in item: SectionedLine, tier: Tier, scan: TermScan) -> [SkillMention] {
    let line = item.line.line
    var result = scan.matches(in: item.text).map {
      SkillMention(
        term: $0.term, category: $0.category, spelling: $0.spelling, tier: tier, lines: [line])
    }
    let listsSkills = tier != .other || item.section == .stack
    guard listsSkills else { return result }
    for term in scan.discovered(in: item.text)
    where !result.contains(where: { $0.term == term }) {
      result.append(
        SkillMention(
          term: term, category: .tool, spelling: term, tier: tier, lines: [line], isKnown: false))
    }
    return result
  }
}
