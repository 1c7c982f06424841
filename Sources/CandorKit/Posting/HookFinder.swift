/// Finds company-specific sentences a letter can open on: what the company makes, its
/// mission, a new initiative, its growth or scale, its culture.
enum HookFinder {
  static let limit = 6

  static func find(_ sections: [SectionedLine], company: String?, sentences: SentenceCache)
    -> [CompanyHook]
  {
    var scored: [(hook: CompanyHook, score: Int)] = []
    let company = company.map(CompanyWords.init)
    for item in sections where !item.isHeading && !item.line.isBlank {
      guard item.section.describesCompany else { continue }
      for sentence in sentences.sentences(in: item.text).map(withoutLabel) {
        guard let (text, kind, score) = judged(sentence, company: company, section: item.section)
        else { continue }
        scored.append((CompanyHook(text: text, kind: kind, line: item.line.line), score))
      }
    }
    var seen: Set<String> = []
    var best: [CompanyHook] = []
    let ranked = scored.enumerated().sorted { a, b in
      a.element.score != b.element.score ? a.element.score > b.element.score : a.offset < b.offset
    }.map(\.element.hook)
    // The closer checks run only on the few hooks kept, not on every sentence.
    for hook in ranked where best.count < limit && seen.insert(hook.text).inserted {
      guard !asksOfTheCandidate(hook.text, sentences), !isByline(hook.text),
        !isLabelled(hook.text)
      else { continue }
      best.append(hook)
    }
    return best
  }

  private static let cues: [(CompanyHook.Kind, [String])] = [
    (
      .initiative,
      [
        "launch", "building", "rebuilding", "forming", "new ", "expanding into", "migrat",
        "initiative", "this year", "this spring", "next generation", "introduc", "roll out",
        "opening", "this winter", "this summer", "this fall", "next year", "next spring",
        "second location", "transition", "switching", "moving from", "rolling out", "adopting",
        "upgrading", "consolidating", "rewriting", "replacing", "modernizing", "modernising",
        "overhauling", "redesigning", "replatforming", "re-platforming", "converting",
        "moving our", "adding a", "opened", "just added",
      ]
    ),
    (
      .growth,
      [
        "growing", "growth", "fast-growing", "fastest", "expand", "funded", "raised", "series a",
        "series b", "doubled", "record", "scaling",
      ]
    ),
    (
      .scale,
      [
        "million", "billion", "thousands of", "hundreds of", "largest", "leading", "#1",
        "world's", "world’s", "every day", "per day", "%",
      ]
    ),
    (
      .product,
      [
        "our product", "platform", " app", "software", "products", "we build", "we make",
        "we develop", "we create", "network", "offering", "solution", "site", "service",
      ]
    ),
    (
      .mission,
      [
        "mission", "vision", "we believe", "committed to", "dedicated to", "purpose", "helping",
        "help ", "improve", "empower", "transform", "rewiring", "world",
      ]
    ),
    (.culture, ["culture", "values", "collaborative", "we value", "diverse", "autonomy"]),
  ]

  /// When an initiative happens: said with one, the plan is the company's own news.
  private static let timings = [
    "this year", "next year", "this season", "this spring", "this summer", "this fall",
    "this winter", "next spring", "next summer", "next fall", "next winter", "in 2026",
    "in 2027", "this quarter", "next quarter", "just", "recently", "last month", "this month",
    "in january", "in february", "in march", "in april", "in may", "in june", "in july",
    "in august", "in september", "in october", "in november", "in december",
  ]

  /// Cues of a change a company makes to its own work ("migrating", "rewriting"), not of
  /// anything new ("new feature development"); read only in its initiative sentences.
  private static let changes = [
    "migrat", "rewriting", "rebuilding", "replacing", "moving from", "switching", "transition",
    "modernizing", "modernising", "overhauling", "redesigning", "replatforming",
    "re-platforming", "converting", "rolling out", "upgrading", "consolidating", "adopting",
    "moving our", "adding a", "opened", "launched",
  ]

  private static let companyVoice = [" we ", " we're", " we’re", " our ", " us "]
  /// Verbs that say what a company does: "Quillfeather makes…", "Acme moves…"; looked for
  /// only in sentences that name the company and match no other cue, since counting them
  /// with the other lists in every sentence cost about 1 % of posting parse instructions.
  private static let doing = [
    " makes ", " builds ", " moves ", " ships ", " serves ", " serving ", " delivers ",
    " designs ", " runs ", " buys ", " sells ",
  ]
  private static let boilerplate = [
    "equal opportunity", "discriminat", "benefit", "insurance", "401", "vacation", "paid time",
    "apply", "click", "resume", "salary", "e-mail", "email", "http", "you will", "you'll",
    "candidate", "applicant", "this position", "this role", "responsible for", "background check",
    "seeking", "looking for", "we are hiring", "we're hiring", "join our team", "this posting",
    "position with", "position is",
  ]

  /// A company's hope about itself ("We like to think X is creating…"): said back to it,
  /// "where you like to think X is…" reads as doubt, and without the frame it is a claim the
  /// posting did not make.
  private static let hedges = [
    "we like to think", "we'd like to think", "we think", "we hope", "we feel", "we'd like to",
    "we would like to", "we guess",
  ]

  /// Every list above in one set, so one pass over a sentence counts them all: the cue
  /// lists in order, then the company's voice, boilerplate and hedges.
  private static let signals = PhraseSet(
    lists: cues.map { ($0.1, false) } + [
      (companyVoice, false), (boilerplate, false), (hedges, true),
    ])
  private static let voiceList = cues.count
  private static let boilerplateList = cues.count + 1
  private static let hedgeList = cues.count + 2

  /// The sentence as a hook with its kind and strength; when only a clause after its first
  /// is about the hire ("In October we opened a dental suite, and we are looking for a
  /// technician who…"), the first clause alone, as a sentence.
  private static func judged(
    _ sentence: String, company: CompanyWords?, section: PostingSectionKind
  ) -> (String, CompanyHook.Kind, Int)? {
    if let (kind, score) = judge(sentence, company: company, section: section) {
      return (sentence, kind, score)
    }
    let cuts = clauseCuts.compactMap { sentence.range(of: $0)?.lowerBound }
    guard let cut = cuts.min() else { return nil }
    let head = String(sentence[..<cut]) + "."
    guard let (kind, score) = judge(head, company: company, section: section) else { return nil }
    return (head, kind, score)
  }

  /// Where a sentence's next clause starts in the company's voice.
  private static let clauseCuts = [
    ", and we ", ", and we're ", ", and we’re ", ", so we ", "; we ",
  ]

  /// The hook's kind and strength, or nil when the sentence is not about the company.
  private static func judge(
    _ sentence: String, company: CompanyWords?, section: PostingSectionKind
  )
    -> (CompanyHook.Kind, Int)?
  {
    guard !sentence.hasAtMostCharacters(39), sentence.hasAtMostCharacters(320) else {
      return nil
    }
    let lower = " " + sentence.lowercased()
    // "Gullwing Inn runs…" opens on the company's name, not on a duty's gerund.
    if startsWithDuty(sentence), company?.opens(lower) != true { return nil }
    let namesCompany = company?.named(in: lower) ?? false
    let counts = signals.distinctCounts(in: lower)
    guard namesCompany || section == .about || counts[voiceList] > 0,
      counts[boilerplateList] == 0, counts[hedgeList] == 0
    else { return nil }
    let hits = zip(cues.map(\.0), counts[..<cues.count])
    guard let top = hits.max(by: { $0.1 < $1.1 }), !Boilerplate.matches(sentence) else {
      return nil
    }
    let bonus = (namesCompany ? 2 : 0) + (section == .about ? 1 : 0)
    guard top.1 > 0 else {
      // "Marrowstone moves refrigerated freight for 200 grocery chains": what the company
      // does, said with a verb; a hook, ranked below those with a cue of their own.
      guard namesCompany, doing.contains(where: { lower.hasBytes($0) }) else { return nil }
      return (.product, bonus)
    }
    let kind = hits.first { $0.1 == top.1 }!.0
    // "Next spring we are replacing every branch PC": a plan with its time is the most
    // specific thing a letter can open on.
    let timed = kind == .initiative && timings.contains(where: { lower.hasBytes($0) })
    // "We are migrating payroll to Workday": a change the company says it is making is as
    // much its own news as a dated one, and outranks a mission any company could state.
    let ownChange =
      kind == .initiative && counts[voiceList] > 0 && changes.contains { lower.hasBytes($0) }
    let score = top.1 + bonus + (timed ? 1 : 0) + (ownChange ? 1 : 0)
    return score >= 2 ? (kind, score) : nil
  }

  /// "At least three years' experience growing our events": what the candidate needs is
  /// never a fact about the company, even in a paragraph about it.
  private static func asksOfTheCandidate(_ sentence: String, _ sentences: SentenceCache) -> Bool {
    RequirementCues.tier(of: sentence, sentences: sentences) != nil
      && RequirementExtractor.looksLikeRequirement(sentence)
  }

  /// "Brightpath Charter Schools · Austin, TX (On-site)": a job board's byline, no sentence;
  /// so is "Harrow & Pike LLP — Columbus, OH (on-site)", a dash before a town.
  private static func isByline(_ sentence: String) -> Bool {
    let parts = PlaceLine.bylineParts(sentence)
    guard parts.count >= 2 else { return false }
    if sentence.hasBytes(" · ") || sentence.hasBytes(" | ") { return true }
    return parts.contains { PlaceLine.place(in: String($0).trimmed) != nil }
  }

  /// "SITE: Cedar Hollow High School, Fresno, CA": a field under a label (a known header
  /// label, or one in capitals), which names the company but says nothing about it.
  private static func isLabelled(_ sentence: String) -> Bool {
    guard let colon = sentence.firstIndex(of: ":") else { return false }
    let label = sentence[..<colon]
    return HeaderFields.labelled(sentence) != nil
      || (label.count <= 24 && label.contains(where: \.isLetter)
        && !label.contains(where: \.isLowercase))
  }

  // FIXME: "Riverlight’s mission is simple: every child … reads by 3rd grade." is lost: the
  // words before the colon are split off as a heading, and the rest names no company.
  /// "About us: Harborview Dental runs 12 offices." → the sentence after its label, which a
  /// letter cannot quote.
  private static func withoutLabel(_ sentence: String) -> String {
    guard sentence.hasBytes(":"), let colon = sentence.firstIndex(of: ":"),
      sentence.distance(from: sentence.startIndex, to: colon) <= 30
    else { return sentence }
    let label = String(sentence[..<colon]).trimmed
    let isAbout =
      aboutLabels.contains(label.lowercased()) || SectionClassifier.kind(ofHeading: label) == .about
    guard isAbout else { return sentence }
    let rest = String(sentence[sentence.index(after: colon)...]).trimmed
    return rest.isEmpty ? sentence : rest
  }

  private static let aboutLabels: Set<String> = [
    "about us", "about the company", "who we are", "our mission", "our story", "the company",
    "company", "mission", "über uns", "wer wir sind", "qui sommes-nous", "qui sommes nous",
    "sobre nosotros", "quiénes somos",
  ]

  /// "Reproducing existing content…": a duty written as a gerund, not a company fact.
  private static func startsWithDuty(_ sentence: String) -> Bool {
    let first = sentence.drop(while: \.isWhitespace).prefix { !$0.isWhitespace }
    return first.count > 5 && first.hasSuffix("ing")
  }
}
