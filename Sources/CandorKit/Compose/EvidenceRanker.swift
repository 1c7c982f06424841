/// Scores resume evidence against what a posting asks for: shared skills and terms, a
/// stated number, recency, and fit with the letter's level.
struct EvidenceRanker {
  let evidence: [Evidence]
  let level: ExperienceLevel
  private let words: [Set<String>]
  private let skills: [Set<String>]
  /// Per statement, computed once: its fit with the level, whether it is vague, its bonus.
  private let fits: [Double]
  private let vague: [Bool]
  private let bonuses: [Double]
  /// Where each statement's path first appears in `evidence`.
  private let positions: [String: Int]

  /// Only statements a letter can say in the first person without guessing at grammar.
  init(evidence: [Evidence], level: ExperienceLevel) {
    // The statements' words, split once for the placeholder and vagueness checks.
    var split: [[LetterWord]] = []
    let evidence = evidence.map(Self.withoutPlaceholderPlace).filter {
      guard !Self.isFragment($0), !Self.isWish($0.text) else { return false }
      let words = WordTokenizer.words(in: $0.text)
      guard !PlaceholderCheck.containsPlaceholder($0.text, words: words),
        StatementPhrasing.canSay($0)
      else { return false }
      split.append(words)
      return true
    }
    self.evidence = evidence
    self.level = level
    // Each statement's folded words, found once for its content words and its level fit.
    let folded = evidence.map { Tokenizer.foldedWords(in: $0.text) }
    words = folded.map(ContentWords.of(folded:))
    // A product counts for its kind too: "Salesforce" answers "CRM experience".
    skills = evidence.map { Set($0.skills + $0.skills.flatMap(Lexicon.standard.kinds(of:))) }
    let fits = evidence.indices.map { Self.levelFit(evidence[$0], level, folded: folded[$0]) }
    let vague = evidence.indices.map { Self.isVague(evidence[$0].text, words: split[$0]) }
    self.fits = fits
    self.vague = vague
    positions = Dictionary(evidence.indices.map { (evidence[$0].path, $0) }) { first, _ in first }
    bonuses = evidence.indices.map { Self.bonus(evidence[$0], fit: fits[$0], vague: vague[$0]) }
  }

  /// Scored evidence for one need, best first; only evidence that shares something.
  func rank(for need: String, skills needSkills: [String]) -> [PlannedEvidence] {
    rank(words: ContentWords.of(need), skills: needSkills)
  }

  /// `rank(for:skills:)` with the need's content words already found.
  func rank(words needWords: Set<String>, skills needSkills: [String]) -> [PlannedEvidence] {
    let needSkillSet = Set(needSkills)
    var scored: [PlannedEvidence] = []
    for index in evidence.indices {
      let sharedSkills = skills[index].intersection(needSkillSet)
      let sharedWords = words[index].intersection(needWords)
      guard !sharedSkills.isEmpty || sharedWords.count >= 2 else { continue }
      let relevance = 3 * Double(sharedSkills.count) + Double(sharedWords.count)
      let score = relevance + bonus(index)
      let terms = sharedSkills.sorted() + sharedWords.sorted()
      scored.append(PlannedEvidence(evidence: evidence[index], score: score, sharedTerms: terms))
    }
    return scored.sorted { $0.score > $1.score }
  }

  /// What makes any statement stronger: a number, recency, and fit with the level.
  func bonus(_ index: Int) -> Double { bonuses[index] }

  /// True when the statement at `index` names a category of tools instead of the tools.
  func isVague(_ index: Int) -> Bool { vague[index] }

  /// A statement's fit with the letter's level (0 to 2).
  func levelFit(_ item: Evidence) -> Double {
    index(of: item).map { fits[$0] }
      ?? Self.levelFit(item, level, folded: Tokenizer.foldedWords(in: item.text))
  }

  /// True when a statement names a category of tools instead of the tools.
  func isVague(_ item: Evidence) -> Bool {
    index(of: item).map { vague[$0] } ?? Self.isVague(item.text)
  }

  private func index(of item: Evidence) -> Int? {
    guard let index = positions[item.path], evidence[index] == item else { return nil }
    return index
  }

  private static func bonus(_ item: Evidence, fit: Double, vague: Bool) -> Double {
    var value = item.metrics.isEmpty ? 0 : 1.5
    // A measured change ("raised … from 84 to 92") says more than a count of work done.
    if isResult(item) { value += 0.5 }
    if item.isCurrent { value += 1 } else if item.endDate != nil { value += 0.3 }
    value += fit
    if item.source == .summary { value -= 2 }
    if vague { value -= 2 }
    return value
  }

  /// True when a statement gives a measured outcome, not only a count of work done: a
  /// share, a sum or a time saved ("cut false positives by 35%", "saved $40K"), or a change
  /// ("raised satisfaction from 84 to 92"). "Assisted children aged 3 to 12" is no result.
  static func isResult(_ item: Evidence) -> Bool {
    guard !item.metrics.isEmpty else { return false }
    let outcomes: Set<Quantity.Measure> = [.percent, .revenue, .cost, .money, .latency]
    if item.metrics.contains(where: { outcomes.contains($0.measure) }) { return true }
    return Tokenizer.foldedWords(in: item.text).contains(where: resultVerbs.contains)
  }

  /// True when a measured statement tells a change, as a result or as a participle after
  /// the work ("Ran the close for 3 entities, cutting it from 9 days to 5"): what "One
  /// result …" may frame.
  static func showsChange(_ item: Evidence) -> Bool {
    isResult(item)
      || !item.metrics.isEmpty
        && Tokenizer.foldedWords(in: item.text).contains(where: changeParticiples.contains)
  }

  private static let changeParticiples: Set<String> = [
    "raising", "increasing", "improving", "growing", "boosting", "lifting", "doubling",
    "tripling", "cutting", "reducing", "lowering", "decreasing", "shortening", "saving",
    "halving", "eliminating", "recovering", "exceeding", "surpassing",
  ]

  /// Verbs that tell a change a number measures.
  private static let resultVerbs: Set<String> = [
    "raised", "increased", "improved", "grew", "boosted", "lifted", "doubled", "tripled",
    "cut", "reduced", "lowered", "decreased", "shortened", "saved", "halved", "eliminated",
    "recovered", "exceeded", "surpassed",
  ]

  /// A template employer ("ABC Company") is dropped; the statement itself still counts.
  static func withoutPlaceholderPlace(_ evidence: Evidence) -> Evidence {
    guard let place = evidence.organization, PlaceholderCheck.containsPlaceholder(place) else {
      return evidence
    }
    var copy = evidence
    copy.organization = nil
    return copy
  }

  /// A credential or award of one word ("Fitness") is a reading accident, not a title.
  static func isFragment(_ evidence: Evidence) -> Bool {
    let named: Set<Evidence.Source> = [.award, .certificate, .publication]
    return named.contains(evidence.source) && WordCount.spaced(evidence.text) < 2
  }

  /// An objective line ("Seeking a role in …", "searching job in …"): what the person
  /// wants, not what they did, so no letter quotes it as evidence.
  static func isWish(_ text: String) -> Bool {
    wishWords.matches(text.lowercasedForPhrases)
  }

  /// Looked for anywhere, one byte pass for all of them.
  private static let wishWords = PhraseSet([
    "seeking", "searching", "looking for", "aspire", "aspiring", "want to", "wish to",
    "would like to", "hoping to", "career objective", "objective:",
  ])

  /// A statement that names a category of tools ("web applications") instead of the tools;
  /// the reviewer marks such claims down, so they are said only when nothing better is left.
  static func isVague(_ text: String) -> Bool {
    isVague(text, words: WordTokenizer.words(in: text))
  }

  /// `isVague(_:)` on a text already split into `words`.
  static func isVague(_ text: String, words: [LetterWord]) -> Bool {
    vagueTechnology?.matches(text, words: words) ?? false
  }

  private static let vagueTechnology: Existence? = {
    guard case .existence(let existence) = SpecificityRules.vagueTechnology.check else {
      return nil
    }
    return existence
  }()

  /// True when a statement gives a team's size or tells of hiring: evidence of leading
  /// people, not only of leading work ("led the migration") or of a "strategy".
  static func showsPeopleLed(_ item: Evidence) -> Bool {
    item.metrics.contains { $0.measure == .teamSize }
      || Tokenizer.tokens(in: item.text).contains {
        ["hired", "hiring", "hire", "recruited"].contains($0.folded)
      }
  }

  /// `folded` is the statement's folded words (``Tokenizer/foldedWords(in:)``).
  private static func levelFit(_ item: Evidence, _ level: ExperienceLevel, folded: [String])
    -> Double
  {
    switch level {
    case .entry:
      // Projects and learning: courses, credentials being earned, volunteer work.
      return [.project, .education, .volunteer, .award, .certificate].contains(item.source)
        ? 1 : 0
    case .mid:
      return item.metrics.isEmpty ? 0 : 0.5
    case .senior:
      // Scale and reach beyond one's own tasks: "for 3 plants with $450M in revenue".
      let large = item.metrics.contains {
        [.money, .revenue, .cost].contains($0.measure) && $0.value >= 1_000_000
      }
      return seniorCues.isSaid(in: folded) || large ? 1 : 0
    case .lead:
      let teamSize = item.metrics.contains { $0.measure == .teamSize }
      return (leadCues.isSaid(in: folded) ? 1 : 0) + (teamSize ? 1 : 0)
    }
  }

  /// Words that show the senior level's scale and reach.
  private static let seniorCues = LevelCues([
    "architected", "designed", "design", "scaled", "scaling", "migrated", "migration",
    "platform", "led", "cross-team", "standardized", "standardised", "company-wide",
    "organization-wide", "plants", "regions", "branches", "sites", "departments",
  ])

  /// Words that show the lead level's leading of people.
  private static let leadCues = LevelCues([
    "led", "lead", "leads", "manage", "managed", "manages", "hired", "hiring",
    "mentored", "mentor", "coached", "promoted", "strategy", "built the team", "supervised",
  ])
}

/// Cue words a level reads in a statement: a cue of five letters or more also matches the
/// start of a word ("migration" in "migrations"), a shorter one only a whole word.
private struct LevelCues {
  let whole: Set<String>
  let starts: [String]

  init(_ cues: [String]) {
    whole = Set(cues.filter { $0.count < 5 })
    starts = cues.filter { $0.count >= 5 }
  }

  /// True when one of `words` (folded) is a cue or, for a long cue, starts with it. A cue
  /// is ASCII, so a word can start with it only when their first bytes agree.
  func isSaid(in words: [String]) -> Bool {
    words.contains { word in
      let first = word.utf8.first
      return whole.contains(word)
        || starts.contains { $0.utf8.first == first && word.hasPrefix($0) }
    }
  }
}
