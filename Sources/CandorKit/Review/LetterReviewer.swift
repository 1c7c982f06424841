/// Reviews cover letters the way a demanding hiring lead reads them: rule findings with
/// fixes, and a score with the reasons that cost points.
///
/// Create one reviewer and reuse it; reviewing is safe from many threads at once.
///
/// ```swift
/// let review = LetterReviewer().review(text: letter, job: posting, resume: resume)
/// ```
public struct LetterReviewer: Sendable {
  public let rules: [Rule]
  public let lexicon: Lexicon
  public let spellChecker: (any SpellChecker)?
  private let book: PatternBook

  /// The largest letter file `candor review` reads, in bytes: a cover letter is a few
  /// kilobytes, an HTML export with its styles rarely over 200 KB. Its text, once taken out,
  /// may be at most ``TextLimit/letter``.
  public static let sizeLimit = 1_048_576

  /// A reviewer running `rules`; spelling runs only with a `spellChecker`.
  public init(
    rules: [Rule] = RuleCatalog.all, lexicon: Lexicon = .standard,
    spellChecker: (any SpellChecker)? = nil
  ) {
    self.rules = rules
    self.lexicon = lexicon
    self.spellChecker = spellChecker
    book = PatternBook(rules)
  }

  /// Reviews `text`, against the posting and resume when given.
  ///
  /// `language` overrides detection (ISO 639-1 code); English-only rules are skipped for
  /// other languages. `wordRange` replaces the length rule's 250–400 words for a letter
  /// meant to be shorter, such as the 120–180 words of an application form's text box.
  /// `today` (ISO 8601) lets a long gap since the resume's last role show a career break,
  /// as `candor write` reads it (``CareerBreak``); without it only a stated break counts.
  public func review(
    text: String, job: JobPosting? = nil, resume: ParsedResume? = nil, language: String? = nil,
    wordRange: ClosedRange<Int>? = nil, resumeSource: String? = nil, today: String = ""
  ) -> Review {
    let letter = LetterText(text)
    let sample = letter.body.isEmpty ? letter.text : letter.bodyText
    let context = ReviewContext(
      letter: letter, job: job, resume: resume, lexicon: lexicon, spellChecker: spellChecker,
      language: language ?? LanguageDetector.detect(sample), wordRange: wordRange,
      resumeSource: resumeSource, today: today)
    let active = rules.map { isActive($0, context) }
    let hits = book.scan(context)
    var ruleHits: [(rule: Rule, hit: Hit)] = []
    for (index, rule) in rules.enumerated() where active[index] {
      ruleHits += run(rule, hits[index], context).map { (rule, $0) }
    }
    let kept = Self.withoutSpellingUnderSpecificRules(
      Self.withoutPlaceholderEchoes(
        Self.withoutOverlaps(ruleHits) {
          $0.check.patterns.isEmpty ? $1.range : context.readable($1.range)
        }),
      in: letter.text)
    var findings = kept.map { finding($0.rule, $0.hit, context) }
    let repeats = Self.sentenceRepeats(kept, context)
    let scored = findings.indices.filter { !repeats.contains($0) }.map { findings[$0] }
    findings.sort { ($0.position, $1.severity) < ($1.position, $0.severity) }
    let titles = Dictionary(rules.map { ($0.id, $0.title) }) { first, _ in first }
    let unchecked = uncheckedCategories(context)
    let inPart = notChecked(context)
    let categories = Scorer.categories(
      scored, titles: titles, unchecked: unchecked, notChecked: inPart)
    let total = Scorer.total(categories)
    let errors = findings.count { $0.severity == .error }
    let score = Scorer.score(total: total, errors: errors)
    var notes = notes(context)
    if !unchecked.isEmpty { notes += uncheckedNotes(unchecked, context) }
    notes += categories.compactMap(Self.inPartNote)
    if errors > 0 {
      let further =
        errors > 1 ? ", less \(Scorer.furtherErrorCost) for each error after the first" : ""
      notes.append(
        "with an error the score is scaled to at most \(Scorer.errorCap)\(further), until the "
          + "errors are fixed (categories add up to \(total))")
    }
    return Review(
      score: score, grade: unchecked.count == categories.count ? "n/a" : Scorer.grade(score),
      categories: categories, findings: findings,
      language: context.language, wordCount: letter.bodyWordCount, notes: notes)
  }

  /// Reviews a letter file; HTML letters are reduced to their visible text first, and each
  /// finding's line and column are then where its words stand in the file.
  public func review(
    _ file: InputFile, job: JobPosting? = nil, resume: ParsedResume? = nil,
    language: String? = nil, wordRange: ClosedRange<Int>? = nil, resumeSource: String? = nil,
    today: String = ""
  ) -> Review {
    let reading = LetterSource.read(file)
    var result = review(
      text: reading.text, job: job, resume: resume, language: language, wordRange: wordRange,
      resumeSource: resumeSource, today: today)
    if !reading.sourceLines.isEmpty {
      for index in result.findings.indices {
        let finding = result.findings[index]
        result.findings[index].column = reading.fileColumn(
          line: finding.line, column: finding.column, in: file.text)
        result.findings[index].line = reading.fileLine(finding.line)
      }
    }
    return result
  }

  /// The rule with `id`, if this reviewer runs it.
  public func rule(_ id: String) -> Rule? {
    rules.first { $0.id == id }
  }

  /// Categories where fewer than half the rules that could run did (English-only rules on
  /// another language, or rules silenced), and categories where no rule could run at all
  /// because every one waits for an input the review lacks (relevance without the posting
  /// and the resume). A rule waiting for an input does not count against a category whose
  /// other rules ran.
  private func uncheckedCategories(_ context: ReviewContext) -> Set<RuleCategory> {
    if context.letter.disabledRules.contains("all") { return Set(RuleCategory.allCases) }
    var result: Set<RuleCategory> = []
    for category in RuleCategory.allCases {
      let own = rules.filter { $0.category == category }
      let possible = own.filter { !isWaitingForInput($0, context) }
      let ran = possible.filter { isActive($0, context) }.count
      if (!own.isEmpty && possible.isEmpty) || ran * 2 < possible.count {
        result.insert(category)
      }
    }
    return result
  }

  /// For each category, what its rules could not check in a letter in another language: the
  /// rules that read English phrases, and "<id> (in part)" for a rule that ran only in part.
  private func notChecked(_ context: ReviewContext) -> [RuleCategory: [String]] {
    guard context.language != "en" else { return [:] }
    let disabled = context.letter.disabledRules
    var result: [RuleCategory: [String]] = [:]
    for rule in rules
    where !isWaitingForInput(rule, context) && !disabled.contains(rule.id)
      && !disabled.contains("all")
    {
      if rule.needs.contains(.english) {
        result[rule.category, default: []].append(rule.id)
      } else if rule.englishOnlyPart != nil {
        result[rule.category, default: []].append(rule.id + " (in part)")
      }
    }
    return result
  }

  /// "checked in part: relevance (unsupported-claim: credentials … are read in English
  /// phrases only; …)" for a scored category whose rules could not all run.
  private static func inPartNote(_ category: CategoryScore) -> String? {
    guard let missing = category.notChecked, !missing.isEmpty else { return nil }
    let parts = missing.filter { $0.hasSuffix(" (in part)") }.compactMap { entry in
      let id = String(entry.dropLast(" (in part)".count))
      return RuleCatalog.rule(id)?.englishOnlyPart.map { "\(id): \($0)" }
    }
    let skipped = missing.filter { !$0.hasSuffix(" (in part)") }
    let notRun =
      skipped.isEmpty
      ? [] : ["not run, as they read English phrases: " + skipped.joined(separator: ", ")]
    return "checked in part: \(category.category.rawValue) ("
      + (parts + notRun).joined(separator: "; ") + ")"
  }

  /// The rule needs the posting, the resume or a dictionary, and the review has none.
  private func isWaitingForInput(_ rule: Rule, _ context: ReviewContext) -> Bool {
    (rule.needs.contains(.job) && context.job == nil)
      || (rule.needs.contains(.resume) && context.resume == nil)
      || (rule.needs.contains(.spelling) && context.spellChecker == nil)
  }

  /// Why categories were left out of the score, one note per reason.
  private func uncheckedNotes(_ unchecked: Set<RuleCategory>, _ context: ReviewContext)
    -> [String]
  {
    if unchecked.count == RuleCategory.allCases.count {
      return ["no category was checked: the score of 0 says nothing about the letter"]
    }
    let waiting = RuleCategory.allCases.filter { category in
      unchecked.contains(category)
        && rules.filter { $0.category == category }.allSatisfy { isWaitingForInput($0, context) }
    }
    let skipped = RuleCategory.allCases.filter { unchecked.contains($0) && !waiting.contains($0) }
    var notes: [String] = []
    if !waiting.isEmpty {
      notes.append(
        "not checked: \(waiting.map(\.rawValue).joined(separator: ", ")) (its rules compare the "
          + "letter with the posting and the resume; give --job or --resume)")
    }
    if !skipped.isEmpty {
      notes.append(
        "not checked: \(skipped.map(\.rawValue).joined(separator: ", ")) (most of their rules "
          + "could not run)")
    }
    notes.append("the score covers the other categories only")
    return notes
  }

  /// One finding per fault span: of one rule's hits whose text overlaps ("passionate about
  /// data since I was a child" and "since I was a child"), only the first and longest is
  /// kept. Hits at the same place with different messages (letter-wide counts) are kept.
  /// `quoted` is the stretch a hit's finding quotes: a phrase widened to its clause. The
  /// hits keep their order.
  static func withoutOverlaps(
    _ hits: [(rule: Rule, hit: Hit)], quoted: (Rule, Hit) -> Range<String.Index>
  ) -> [(rule: Rule, hit: Hit)] {
    guard hits.count > 1 else { return hits }
    var kept: [(offset: Int, element: (rule: Rule, hit: Hit))] = []
    var spans: [String: KeptSpans] = [:]
    // Each hit's quote found once, not at every comparison of the sort.
    let quotes = hits.map { quoted($0.rule, $0.hit) }
    let ordered = hits.enumerated().sorted { first, second in
      let (a, b) = (quotes[first.offset], quotes[second.offset])
      if a.lowerBound != b.lowerBound { return a.lowerBound < b.lowerBound }
      if a.upperBound != b.upperBound { return a.upperBound > b.upperBound }
      return first.offset < second.offset
    }
    for (offset, item) in ordered {
      let range = quotes[offset]
      if !spans[item.rule.id, default: KeptSpans()].keep(range, item.hit.message) { continue }
      kept.append((offset, item))
    }
    return kept.sorted { $0.offset < $1.offset }.map(\.element)
  }

  /// Indexes of the hits that repeat a phrase rule in a sentence it already fired in ("my
  /// passion since childhood" is two passion phrases): each is shown, but one sentence
  /// costs a rule's points once.
  static func sentenceRepeats(_ hits: [(rule: Rule, hit: Hit)], _ context: ReviewContext)
    -> Set<Int>
  {
    var seen: [String: Set<String.Index>] = [:]
    var repeats: Set<Int> = []
    let sentences = context.bodySentences.map(\.sentence.range)
    for (index, item) in hits.enumerated() {
      guard case .existence = item.rule.check, item.rule.scope == .sentence,
        let sentence = sentences.first(where: { $0.contains(item.hit.range.lowerBound) })
      else { continue }
      if !seen[item.rule.id, default: []].insert(sentence.lowerBound).inserted {
        repeats.insert(index)
      }
    }
    return repeats
  }

  /// A placeholder ("[Company Name]") is one fault: other sentence-level rules that quote the
  /// same words (wrong company, unsupported claim, spelling) are dropped. So is a wrong or
  /// misspelt company name ("Harbor Analytic"): it is not also an unsupported claim.
  static func withoutPlaceholderEchoes(_ hits: [(rule: Rule, hit: Hit)]) -> [(
    rule: Rule, hit: Hit
  )] {
    var kept = hits
    for owner in [PersonalisationRules.placeholder.id, PersonalisationRules.wrongCompany.id] {
      let slots = kept.filter { $0.rule.id == owner }.map(\.hit.range)
      guard !slots.isEmpty else { continue }
      kept = kept.filter { item in
        item.rule.id == owner || item.rule.scope != .sentence
          || !slots.contains { $0.overlaps(item.hit.range) }
      }
    }
    return kept
  }

  /// A word a specific rule already fixes ("alot" → "a lot", a confused word) is not also a
  /// spelling fault: two fixes for one word contradict each other ("write 'alto'").
  static func withoutSpellingUnderSpecificRules(
    _ hits: [(rule: Rule, hit: Hit)], in text: String
  ) -> [(rule: Rule, hit: Hit)] {
    let spelling = LanguageRules.spelling.id
    let covered = hits.filter { item in
      item.rule.id != spelling && item.rule.scope == .sentence
        && text[item.hit.range].count <= 40
    }.map(\.hit.range)
    guard !covered.isEmpty else { return hits }
    return hits.filter { item in
      item.rule.id != spelling || !covered.contains { $0.overlaps(item.hit.range) }
    }
  }

  private func isActive(_ rule: Rule, _ context: ReviewContext) -> Bool {
    let disabled = context.letter.disabledRules
    if disabled.contains(rule.id) || disabled.contains("all") { return false }
    if rule.needs.contains(.english) && context.language != "en" { return false }
    if rule.needs.contains(.job) && context.job == nil { return false }
    if rule.needs.contains(.resume) && context.resume == nil { return false }
    return !rule.needs.contains(.spelling) || context.spellChecker != nil
  }

  private func run(_ rule: Rule, _ hits: [PatternHit], _ context: ReviewContext) -> [Hit] {
    switch rule.check {
    case .existence(let check): return check.run(hits, context, rule)
    case .substitution(let check): return check.run(hits, context)
    case .occurrence(let check): return check.run(hits, context)
    case .repetition(let check): return check.run(context)
    case .metric(let check): return check.run(context)
    case .code(let check): return check.run(context)
    }
  }

  private func finding(_ rule: Rule, _ hit: Hit, _ context: ReviewContext) -> Finding {
    let position = context.letter.position(of: hit.range.lowerBound)
    let excerpt = hit.excerpt ?? context.quote(context.readable(hit.range))
    return Finding(
      rule: rule.id, severity: hit.severity ?? rule.severity, category: rule.category,
      line: position.line,
      column: position.column, excerpt: Template.shorten(excerpt, limit: 100),
      message: hit.message,
      suggestion: hit.suggestion ?? TailoredFix.text(for: rule, context) ?? rule.fix)
  }

  private func notes(_ context: ReviewContext) -> [String] {
    var notes: [String] = []
    if context.language != "en" {
      notes.append(
        "the letter is in '\(context.language)'; rules that read English phrases were skipped")
    }
    if let trailing = context.letter.trailing, trailing.kind == .secondDraft {
      notes.append(
        "a second letter starts at line \(trailing.line); only the first one was reviewed")
    }
    if context.letter.body.isEmpty {
      notes.append("no body text was found between the greeting and the sign-off")
    }
    if let unsigned = LetterPartCheck.unsignedNote(context) { notes.append(unsigned) }
    return notes + suppressionNotes(context.letter.disabledRules)
  }

  /// Says what a `candor-disable` line did: a bare one (or `all`) silences every rule, and an
  /// unknown id silences nothing (with the closest real id when one is near).
  func suppressionNotes(_ disabled: Set<String>) -> [String] {
    var notes: [String] = []
    if disabled.contains("all") {
      notes.append(
        "a 'candor-disable' line without rule ids (or with 'all') disables every rule; "
          + "name the rules to silence instead")
    }
    let known = Set(rules.map(\.id))
    for id in disabled.sorted() where id != "all" && !known.contains(id) {
      let near = rules.map { ($0.id, EditDistance.distance(id, $0.id)) }
        .filter { $0.1 <= max(2, id.count / 4) }.min { ($0.1, $0.0) < ($1.1, $1.0) }
      let hint = near.map { " (did you mean '\($0.0)'?)" } ?? ""
      notes.append("'candor-disable \(id)' names no rule\(hint); nothing was disabled for it")
    }
    return notes
  }
}
