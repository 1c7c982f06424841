/// Fires when no body sentence measures a result with a number (years of tenure excluded).
struct QuantifiedAchievementCheck: CodeCheck {
  func run(_ context: ReviewContext) -> [Hit] {
    guard !context.body.isEmpty else { return [] }
    let measured = context.bodySentences.contains {
      !context.evidenceQuantities(in: $0.sentence).isEmpty || Self.spelledResult($0.sentence)
    }
    guard !measured else { return [] }
    // A letter must stay true to its resume: when the resume states no number either, the fix
    // starts there, and the letter is not marked down for what it could not truthfully say.
    // Years of tenure count no more in the resume than in the letter, nor do ages ("children
    // aged 3-12"), which say who was served.
    if let resume = context.resume,
      !resume.evidence.contains(where: { item in
        item.metrics.contains { $0.unit != "years" && !AgeRange.isAge($0, in: item.text) }
      })
    {
      return [
        Hit(
          range: context.letterAnchor,
          message: "add a measured result to your resume first: neither it nor the letter "
            + "states a number",
          severity: .suggestion)
      ]
    }
    return [
      Hit(
        range: context.letterAnchor, message: "add a result with a number: the letter states none")
    ]
  }

  /// A result measured in words, as the figure checks read them: a change "from nine days to
  /// five" or "from twelve to four", or a percentage ("forty percent"). Working hours ("from
  /// nine to five") measure nothing.
  private static func spelledResult(_ sentence: LetterText.Sentence) -> Bool {
    let words = sentence.words
    let changes = words.indices.contains { from in
      guard words[from].key == "from", from + 1 < words.count,
        let start = FigureClaims.spelled(at: from + 1, words)
      else { return false }
      return words.indices.dropFirst(start.end).prefix(3).contains { to in
        guard words[to].key == "to", to + 1 < words.count,
          let end = FigureClaims.spelled(at: to + 1, words)
        else { return false }
        return !(to == start.end && start.value == 9 && end.value == 5)
      }
    }
    return changes
      || words.indices.contains { index in
        FigureClaims.spelled(at: index, words).map {
          FigureClaims.percentEnd(after: $0.end, words) != nil
        } ?? false
      }
  }
}

/// Fires when a letter for a technical role names no technology or tool.
struct NamedTechnologyCheck: CodeCheck {
  func run(_ context: ReviewContext) -> [Hit] {
    guard !context.body.isEmpty, context.isTechnicalRole else { return [] }
    let named = context.bodySentences.contains {
      !context.technologyMentions(in: $0.sentence).isEmpty
    }
    guard !named, !Self.namesTool(context) else { return [] }
    let role = context.job?.title.map { " for a \($0) role" } ?? ""
    return [
      Hit(
        range: context.letterAnchor,
        message: "name the tools you used: the letter\(role) names none")
    ]
  }
}

extension NamedTechnologyCheck {
  /// A tool or technology the lexicon knows, however it is written ("forklifts", "Civil 3D",
  /// "HEC-RAS", "dbt", "pandas"), but not a kind of tool ("real-time operating systems"),
  /// or a name the resume lists among its skills ("Navisworks", "ASHRAE 170").
  static func namesTool(_ context: ReviewContext) -> Bool {
    let technologies = ReviewContext.technologyCategories
    if context.bodyTerms.contains(where: {
      technologies.contains($0.category) && !context.lexicon.isKind($0.term)
    }) {
      return true
    }
    guard let skills = context.resume?.resume.skills else { return false }
    let listed = skills.flatMap { [$0.name] + ($0.keywords ?? []) }.compactMap { $0 }
      .filter { $0.contains(where: \.isUppercase) }
    guard !listed.isEmpty else { return false }
    let body = context.letter.bodyText.lowercased()
    return listed.contains { ClaimSources.holds(body, $0) }
  }
}

/// Fires for each of the posting's top must-haves that the letter never mentions and, with a
/// resume, that the resume supports.
struct KeywordGapCheck: CodeCheck {
  /// How many of the posting's must-haves count as its top ones.
  static let topCount = 5

  func run(_ context: ReviewContext) -> [Hit] {
    guard let job = context.job else { return [] }
    let mentioned = Set(context.bodyTerms.map(\.term))
    let words = context.bodySentences.flatMap(\.sentence.words)
    let said = { (term: String) in
      mentioned.contains(term) || mentions(term, words, context.lexicon)
        || Self.mentionsBySibling(
          [term, job.spelling(of: term)] + (context.lexicon.entry(for: term)?.aliases ?? []),
          words, context.letter.text)
    }
    let gaps = Self.askedOfLetter(job, context.lexicon).filter { !said($0) }
    guard !gaps.isEmpty else { return [] }
    let sources = context.resume.map {
      ClaimSources(
        resume: $0, job: job, text: context.resumeText,
        source: context.resumeSource, jobLines: context.jobLines)
    }
    let asks = EitherOrAsks(job, context.lexicon)
    var named: Set<String> = []
    return gaps.compactMap { term in
      // "Playwright or Cypress": either option meets the ask, and a gap names the ask once.
      let options = asks.options(of: term)
      guard !options.contains(where: said),
        named.insert(options.sorted().joined(separator: "|")).inserted
      else { return nil }
      // With a resume, the options it shows: "mention 'Cypress'" when it lacks Playwright.
      let held = sources.map { sources in options.filter { sources.supports(term: $0) } }
      let kept = held ?? options
      guard !kept.isEmpty else { return nil }
      let listed = kept.map(job.spelling(of:)).joined(separator: " or ")
      let shown = kept.count == options.count ? asks.spelling(of: term) ?? listed : listed
      let placement = KeywordGapPlacement.best(for: term, context)
      let place = placement.map { " in this paragraph, \($0.reason)" } ?? ""
      let message =
        sources == nil
        ? "mention '\(shown)'\(place) if you have it: the posting requires it"
        : "mention '\(shown)'\(place): the posting requires it and your resume shows it"
      let anchor = placement.flatMap { context.paragraph($0.paragraph).sentences.first }
        .map { context.firstWords(of: $0) }
      return Hit(range: anchor ?? context.letterAnchor, message: message)
    }
  }

  /// The must-haves a letter should name: degrees are the resume's business, so a letter or
  /// form answer need not repeat them, and the letter writer does not list one as a gap it
  /// answers ("My resume also shows Bachelor's degree"). Nor need it name the posting's own
  /// title or an area of several words inside it ("Customer Support" for a Customer Support
  /// Specialist), or the language the posting is written in: the letter shows that by being
  /// written in it.
  static func askedOfLetter(_ job: JobPosting, _ lexicon: Lexicon) -> [String] {
    let title = job.title.map(NameMatching.keys) ?? []
    let ownLanguage = spokenLanguages[job.language]
    return mustHaves(job, lexicon).filter { term in
      guard lexicon.entry(for: term)?.category != .degree, term != ownLanguage else {
        return false
      }
      return [term, job.spelling(of: term)].allSatisfy {
        let keys = NameMatching.keys($0)
        return keys.count < 2 || title.firstRange(of: keys) == nil
      }
    }
  }

  /// Lexicon terms of the languages a posting can be written in, by ISO 639-1 code.
  private static let spokenLanguages = [
    "en": "English", "es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese",
    "it": "Italian", "nl": "Dutch",
  ]

  /// The posting's required terms, most stressed first, soft skills left out.
  static func mustHaves(_ job: JobPosting, _ lexicon: Lexicon) -> [String] {
    var weights: [String: Double] = [:]
    var order: [String] = []
    func add(_ term: String, _ weight: Double) {
      if weights[term] == nil { order.append(term) }
      weights[term, default: 0] += weight
    }
    for requirement in job.requirements where requirement.tier == .required {
      for term in requirement.skills { add(term, 1 + requirement.emphasis) }
    }
    for skill in job.skills where skill.tier == .required && skill.category != .softSkill {
      add(skill.term, 0.5 + 0.1 * Double(skill.count))
    }
    let soft = Set(job.skills.filter { $0.category == .softSkill }.map(\.term))
    let ranked = order.filter {
      !soft.contains($0) && lexicon.entry(for: $0)?.category != .softSkill
    }
    .enumerated().sorted { (weights[$1.element]!, $0.offset) < (weights[$0.element]!, $1.offset) }
    return ranked.prefix(topCount).map(\.element)
  }

  /// The letter says the term or one of its aliases, in any case, or says the phrase's head
  /// noun and every other word of it (see ``mentionsByHead(_:_:)``).
  private func mentions(_ term: String, _ words: [LetterWord], _ lexicon: Lexicon) -> Bool {
    let spellings = [term] + (lexicon.entry(for: term)?.aliases ?? [])
    return NameMatching.mentions(words, spellings.map(NameMatching.keys))
      || (!term.contains(where: \.isUppercase)
        && Self.mentionsByHead(NameMatching.keys(term), words))
  }

  /// "Opera PMS" is said by "Opera Cloud" or "Opera 5": a spelling with one distinctive
  /// word, its others acronyms of its kind ("PMS", "CRM"), counts as mentioned when the
  /// letter names that word, as written, with a sibling product or a version after it. A
  /// vendor's line ("Microsoft Excel") has two such words and never matches this way.
  static func mentionsBySibling(_ spellings: [String], _ words: [LetterWord], _ text: String)
    -> Bool
  {
    let marks = Set(
      spellings.compactMap { spelling -> String? in
        let parts = spelling.split(separator: " ")
        let named = parts.filter {
          $0.count >= 3 && $0.first?.isUppercase == true && $0.contains(where: \.isLowercase)
        }
        guard parts.count >= 2, named.count == 1,
          parts.allSatisfy({ $0 == named[0] || $0.allSatisfy(\.isUppercase) })
        else { return nil }
        return String(named[0])
      })
    guard !marks.isEmpty else { return false }
    return words.indices.dropLast().contains { index in
      let next = words[index + 1]
      return marks.contains(String(text[words[index].range]))
        && LetterWord.gap(words[index], next, in: text) == " "
        && (next.isCapitalized || next.key.first?.isNumber == true)
    }
  }

  /// A posting phrase of two or three lowercase words ("data pipelines") counts as mentioned
  /// when the letter uses its head noun, the last word, in singular or plural ("pipelines",
  /// "pipeline"), and also uses each of its other words somewhere ("data"). A letter that
  /// speaks of its pipelines and its data has said "data pipelines" in other words; one that
  /// only says "pipelines" (of sales, say) has not. Product names with capitals never match
  /// this way.
  static func mentionsByHead(_ phrase: [String], _ words: [LetterWord]) -> Bool {
    guard (2...3).contains(phrase.count), let head = phrase.last, head.count >= 4 else {
      return false
    }
    let said = Set(words.map { singular($0.key) })
    guard said.contains(singular(head)) else { return false }
    return phrase.dropLast().allSatisfy { said.contains(singular($0)) }
  }

  private static func singular(_ key: String) -> String {
    key.count > 3 && key.hasSuffix("s") && !key.hasSuffix("ss") ? String(key.dropLast()) : key
  }
}

/// The posting's either/or asks as the match reads them (``PostingKeyword/options`` and
/// ``PostingKeyword/partners``): "Experience with Playwright or Cypress" is met by either.
struct EitherOrAsks {
  private let keywords: [PostingKeyword]
  private let lexicon: Lexicon

  init(_ job: JobPosting, _ lexicon: Lexicon) {
    keywords = KeywordExtractor.keywords(of: job, lexicon: lexicon).filter {
      $0.isEitherOr || !$0.partners.isEmpty
    }
    self.lexicon = lexicon
  }

  /// The lexicon terms that meet the ask `term` belongs to, `term` first; just `term` when it
  /// has no alternative.
  func options(of term: String) -> [String] {
    guard let keyword = keyword(of: term) else { return [term] }
    let others = (keyword.options + keyword.partners).map {
      lexicon.entry(for: $0.term)?.term ?? $0.term
    }
    var result = [term]
    for other in others where !result.contains(other) { result.append(other) }
    return result
  }

  /// The ask as the posting writes it ("Playwright or Cypress"), nil when `term` stands alone.
  func spelling(of term: String) -> String? {
    keyword(of: term).flatMap { $0.isEitherOr ? $0.term : nil }
  }

  private func keyword(of term: String) -> PostingKeyword? {
    let key = lexicon.key(for: term)
    return keywords.first { $0.meetingKeys.contains(key) }
  }
}
