/// Gathers the skills a posting names: lexicon terms anywhere in the posting's substance,
/// and terms the lexicon lacks where requirements and skill lists name them.
enum SkillCollector {
  /// Canonical terms named in one line: lexicon matches, then discovered terms.
  static func terms(in text: String, scan: TermScan) -> [String] {
    var seen: [String] = []
    let matches = DegreeChoice.lowest(scan.matches(in: text), in: text)
    for term in matches.map(\.term) + scan.discovered(in: text)
    where !seen.contains(term) {
      seen.append(term)
    }
    return seen
  }

  static func collect(
    _ sections: [SectionedLine], requirements: [Requirement], scan: TermScan,
    sentences: SentenceCache
  ) -> [SkillMention] {
    let tiers = RequirementTiers(requirements)
    var mentions: [SkillMention] = []
    var indexByTerm: [String: Int] = [:]
    // The lines each mention lists, so a skill named on every line stays linear.
    var listed: [Set<Int>] = []
    for item in sections where !item.line.isBlank && !skipped.contains(item.section) {
      let tier = tiers.tier(of: item)
      let text = keywordText(of: item.text, sentences: sentences)
      for var found in found(in: text, of: item, tier: tier, scan: scan) {
        found.tier = tiers.tier(of: found.term, in: item, itemTier: tier)
        guard let index = indexByTerm[found.term] else {
          indexByTerm[found.term] = mentions.count
          mentions.append(found)
          listed.append(Set(found.lines))
          continue
        }
        mentions[index].count += 1
        mentions[index].tier = min(mentions[index].tier, found.tier)
        if listed[index].insert(item.line.line).inserted {
          mentions[index].lines.append(item.line.line)
        }
      }
    }
    return mentions.enumerated().sorted { a, b in
      (a.element.tier, -a.element.count, a.offset) < (b.element.tier, -b.element.count, b.offset)
    }.map(\.element)
  }

  private static let skipped: Set<PostingSectionKind> = [.legal, .benefits, .apply]

  /// The line without its contact and pay sentences ("Send your application to Human
  /// Resources at …", "Apprentices earn $17 an hour once certified."): what they name is
  /// whom to write to or what the job pays, never a skill the job asks for.
  private static func keywordText(of text: String, sentences: SentenceCache) -> String {
    let mayHoldPay = text.hasBytes("$") || text.hasBytes("€") || text.hasBytes("£")
    let mayWaive = WaivedAsk.mayHold(text)
    guard mayHoldPay || mayWaive || ContactLine.mayHold(text) else { return text }
    let all = sentences.sentences(in: text)
    let kept = all.filter { sentence in
      !ContactLine.matches(sentence) && !(mayHoldPay && SalaryParser.isPaySentence(sentence))
        && !(mayWaive && WaivedAsk.matches(sentence))
    }
    let unwaived = mayWaive ? kept.map(WaivedAsk.kept) : kept
    return kept.count == all.count && unwaived == kept ? text : unwaived.joined(separator: " ")
  }

  private static func found(
    in text: String, of item: SectionedLine, tier: Tier, scan: TermScan
  ) -> [SkillMention] {
    let line = item.line.line
    var result = DegreeChoice.lowest(scan.matches(in: text), in: text).map {
      SkillMention(
        term: $0.term, category: $0.category, spelling: $0.spelling, tier: tier, lines: [line])
    }
    let listsSkills = tier != .other || item.section == .stack
    guard listsSkills else { return result }
    for term in scan.discovered(in: text)
    where !result.contains(where: { $0.term == term }) {
      result.append(
        SkillMention(
          term: term, category: CredentialCue.category(of: term, in: text), spelling: term,
          tier: tier, lines: [line], isKnown: false))
    }
    return result
  }
}
