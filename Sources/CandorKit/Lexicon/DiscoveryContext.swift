/// Decides whether a discovery group is named as a skill: an item of a list, next to
/// known skills or in a sentence with a skill cue ("experience with", "tools", "required").
enum DiscoveryContext {
  /// The groups named as skills: list items in a sentence with a skill cue, name-shaped
  /// items that stand alone, and items listed next to a known or accepted skill.
  static func accepted(_ groups: [DiscoveryGroup], _ tokens: TokenText, _ known: [Bool])
    -> [DiscoveryGroup]
  {
    var skill = known
    var isAccepted = groups.map { accepts($0, tokens, skill) }
    var changed = true
    while changed {
      changed = false
      for (number, group) in groups.enumerated() where isAccepted[number] {
        for index in group.start..<group.end where !skill[index] {
          skill[index] = true
          changed = true
        }
      }
      for (number, group) in groups.enumerated()
      where !isAccepted[number] && isListItem(group, tokens)
        && hasSkillNeighbour(group, tokens, skill) && knownSkills(around: group, tokens, known) >= 2
      {
        isAccepted[number] = true
        changed = true
      }
    }
    return groups.indices.filter { isAccepted[$0] }.map { groups[$0] }
  }

  /// The number of lexicon matches in the sentence of `group`: a list naming two known
  /// skills is a skill list, one naming a single one may be a list of customers.
  private static func knownSkills(
    around group: DiscoveryGroup, _ tokens: TokenText, _ known: [Bool]
  )
    -> Int
  {
    let sentence = sentenceBounds(around: group.start, in: tokens)
    return sentence.filter { known[$0] && ($0 == sentence.lowerBound || !known[$0 - 1]) }.count
  }

  /// True when `group` is named as a skill on its own evidence.
  private static func accepts(_ group: DiscoveryGroup, _ tokens: TokenText, _ skill: [Bool])
    -> Bool
  {
    guard isListItem(group, tokens) else { return false }
    let sentence = sentenceBounds(around: group.start, in: tokens)
    if tokens.tokens[sentence].contains(where: { cues.contains($0.folded) }) { return true }
    return group.hasNameShape && (standsAlone(group, tokens) || hasNameNeighbour(group, tokens))
  }

  /// Separators and words that may sit before a list item.
  private static let openers: Set<String> = [
    ",", "/", "(", "&", "|", ";", ":", "•", "and", "or", "with", "in", "of", "using", "like",
    "including", "as", "eg", "e.g", "ie", "i.e", "especially", "plus", "nor",
  ]
  /// Separators and words that may sit after a list item.
  private static let closers: Set<String> = [
    ",", "/", ")", "&", "|", ";", ":", "•", "and", "or", "nor", "experience", "skills",
    "knowledge", "certification", "preferred", "required", "a", "is", "are", "certified",
    "certificate", "license", "licence",
  ]
  /// Words that show a sentence names skills.
  private static let cues: Set<String> = [
    "experience", "experienced", "knowledge", "knowledgeable", "familiarity", "familiar",
    "proficiency", "proficient", "skills", "skilled", "expertise", "exposure", "using",
    "tools", "technologies", "stack", "languages", "frameworks", "eg", "e.g", "preferred",
    "required", "plus", "bonus", "certification", "certifications", "certified", "fluency",
    "fluent", "competency", "understanding", "certificate", "license", "licence", "licensed",
  ]

  private static func isListItem(_ group: DiscoveryGroup, _ tokens: TokenText) -> Bool {
    let opens =
      group.start == 0 || tokens.opensSentence(group.start)
      || openers.contains(tokens[group.start - 1].folded)
    let closes =
      group.end == tokens.count || tokens.opensSentence(group.end)
      || closers.contains(tokens[group.end].folded)
    return opens && closes
  }

  /// True when the group is the whole text of its line or list entry ("Tools: PyATS").
  private static func standsAlone(_ group: DiscoveryGroup, _ tokens: TokenText) -> Bool {
    let before = group.start == 0 || [":", "•", ";", "|"].contains(tokens[group.start - 1].text)
    let after = group.end == tokens.count || [";", "|"].contains(tokens[group.end].text)
    return before && after
  }

  /// True when a known or accepted skill is the neighbouring list item.
  private static func hasSkillNeighbour(
    _ group: DiscoveryGroup, _ tokens: TokenText, _ skill: [Bool]
  ) -> Bool {
    neighbours(of: group, tokens).contains { skill[$0] }
  }

  /// True when a name-shaped word ("SSIS", "PyATS") is the neighbouring list item.
  private static func hasNameNeighbour(_ group: DiscoveryGroup, _ tokens: TokenText) -> Bool {
    neighbours(of: group, tokens).contains {
      WordShape(tokens, $0, known: []) == .name && !DiscoveryWords.isCommon(tokens[$0].folded)
    }
  }

  /// The nearest tokens on each side of `group` past list separators and conjunctions.
  private static func neighbours(of group: DiscoveryGroup, _ tokens: TokenText) -> [Int] {
    let glue: Set<String> = [",", "/", "&", "(", ")", "|", "and", "or"]
    var result: [Int] = []
    var left = group.start - 1
    while left >= 0 && glue.contains(tokens[left].folded) { left -= 1 }
    if left >= 0 && left < group.start - 1 { result.append(left) }
    var right = group.end
    while right < tokens.count && glue.contains(tokens[right].folded) { right += 1 }
    if right < tokens.count && right > group.end { result.append(right) }
    return result
  }

  /// The token range of the sentence holding `index`.
  private static func sentenceBounds(around index: Int, in tokens: TokenText) -> Range<Int> {
    var start = index
    while start > 0 && !tokens.opensSentence(start) { start -= 1 }
    var end = index + 1
    while end < tokens.count && !tokens.opensSentence(end) { end += 1 }
    return start..<end
  }
}
