/// One term found on one posting line, before mentions are added up.
struct TermHit: Sendable {
  var key: String
  var spelling: String
  var category: KeywordCategory
  /// The lexicon's finer category, nil for a term the lexicon lacks.
  var kind: SkillCategory?
  var isKnown: Bool { kind != nil }
  /// Where the spelling sits in the line's text.
  var range: Range<String.Index>
  /// Other terms that satisfy the same requirement ("MS or PhD" for a bachelor's).
  var alternatives: [KeywordOption] = []
  /// The other options of the either/or group the term was split from, when the term is
  /// never asked for alone: they meet its only requirement.
  var partners: [KeywordOption] = []
  /// True when the term names a group of people here ("the customer success team").
  var namesTeam = false
  /// True for a list of examples ("such as Tableau or Qlik").
  var isExample = false
  /// How many spellings the lexicon knows for the term, 0 for a term it lacks.
  var lexiconSpellings = 0

  var option: KeywordOption { KeywordOption(term: spelling, key: key, isKnown: isKnown) }
}

/// The mentions of one term across a posting, added up.
struct KeywordTally: Sendable {
  var key: String
  /// The posting's spellings, each with how often it is used, in first-seen order.
  var spellings: [(text: String, count: Int)] = []
  var category: KeywordCategory
  var kind: SkillCategory?
  var isKnown: Bool { kind != nil }
  /// How many lines name it: a spelling and its alias on one line ("Kubernetes (k8s)") are
  /// one mention.
  var count = 0
  var lines: [Int] = []
  /// The strongest tier among its lines.
  var tier = Tier.other
  /// The largest weight among its lines.
  var lineWeight = 0.0
  /// The place of its first line among the content lines.
  var firstOrder = Int.max
  /// Other terms it was offered as an alternative to ("Python or Go"), by key.
  var options: [KeywordOption] = []
  /// Terms offered in its place on every line that names it (see ``TermHit/partners``).
  var partners: [KeywordOption] = []
  /// True while every mention names a team rather than a skill.
  var onlyNamesTeams = true
  /// True while every mention is a list of examples.
  var onlyExamples = true
  /// How many spellings the lexicon knows for the term (the most of an either/or group's
  /// options), 0 for a term it lacks.
  var lexiconSpellings = 0
  /// The text of the line last counted, so two spellings on one line count once.
  private var lastText = ""

  init(_ hit: TermHit) {
    key = hit.key
    category = hit.category
    kind = hit.kind
    lexiconSpellings = hit.lexiconSpellings
  }

  /// Counts one more mention on `line`.
  mutating func add(_ hit: TermHit, on line: KeywordLine) {
    if let index = spellings.firstIndex(where: { $0.text == hit.spelling }) {
      spellings[index].count += 1
    } else {
      spellings.append((hit.spelling, 1))
    }
    for option in hit.alternatives where !options.contains(option) { options.append(option) }
    for partner in hit.partners where !partners.contains(partner) { partners.append(partner) }
    if !lines.contains(line.line) || line.text != lastText { count += 1 }
    lastText = line.text
    onlyNamesTeams = onlyNamesTeams && hit.namesTeam
    onlyExamples = onlyExamples && hit.isExample
    if !lines.contains(line.line) { lines.append(line.line) }
    tier = min(tier, line.tier)
    lineWeight = max(lineWeight, line.weight)
    firstOrder = min(firstOrder, line.order)
  }
}

/// Adds up term hits by key, keeping first-seen order.
struct KeywordTallies: Sendable {
  private(set) var order: [String] = []
  private(set) var byKey: [String: KeywordTally] = [:]

  mutating func add(_ hit: TermHit, on line: KeywordLine) {
    if byKey[hit.key] == nil {
      byKey[hit.key] = KeywordTally(hit)
      order.append(hit.key)
    }
    byKey[hit.key]?.add(hit, on: line)
  }

  /// Adds a tally made elsewhere (an either/or group), merging it with one of the same key.
  mutating func add(_ tally: KeywordTally) {
    guard var existing = byKey[tally.key] else {
      byKey[tally.key] = tally
      order.append(tally.key)
      return
    }
    existing.count += tally.count
    existing.onlyNamesTeams = existing.onlyNamesTeams && tally.onlyNamesTeams
    existing.onlyExamples = existing.onlyExamples && tally.onlyExamples
    existing.spellings += tally.spellings
    existing.lines += tally.lines.filter { !existing.lines.contains($0) }
    existing.tier = min(existing.tier, tally.tier)
    existing.lineWeight = max(existing.lineWeight, tally.lineWeight)
    existing.firstOrder = min(existing.firstOrder, tally.firstOrder)
    existing.lexiconSpellings = max(existing.lexiconSpellings, tally.lexiconSpellings)
    byKey[tally.key] = existing
  }

  subscript(key: String) -> KeywordTally? {
    get { byKey[key] }
    set { byKey[key] = newValue }
  }

  var all: [KeywordTally] { order.compactMap { byKey[$0] } }
}
