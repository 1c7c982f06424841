/// Extracts the keywords an ATS screen would weigh from a posting: skills, tools,
/// credentials, degrees, domain knowledge, soft skills (not traits of character, see
/// ``CharacterTraits``) and the job title, each with a category, a tier and a weight, most
/// important first.
public enum KeywordExtractor {
  /// The keywords of `posting`, heaviest first; of equal weights, the terms the lexicon
  /// knows by more spellings first, then the posting's order. A job title
  /// that names a field the lexicon knows ("Customer Service Representative") comes first;
  /// a bare job title ("Software Engineer") last, as screens weigh it least.
  public static func keywords(of posting: JobPosting, lexicon: Lexicon = .standard)
    -> [PostingKeyword]
  {
    let names = PostingNames(posting)
    let title = TitleKeyword.keyword(for: posting, lexicon: lexicon)
    let tallies = candidates(of: posting, names: names, lexicon: lexicon)
    // English noun phrases end in their head, so words before a term can be cut.
    // FIXME: other head-last languages (German) are treated like Spanish.
    let headLast = posting.language == "en"
    let candidates = byLexiconSpellings(tallies.all.filter { !CharacterTraits.contains($0) })
    // A term keeps the tier `parse job` gives it: "Splunk" in "Experience with a SIEM
    // (Splunk preferred)" is preferred, though its line is a must-have.
    var tiers: [String: Tier] = [:]
    for skill in posting.skills {
      let key = KeywordKey.normalized(skill.term)
      tiers[key] = min(tiers[key] ?? .other, skill.tier)
    }
    var keywords = candidates.map { tally in
      var tally = tally
      tally.tier = tiers[tally.key] ?? tally.tier
      return keyword(tally, names: names, lexicon: lexicon, headLast: headLast)
    }
    keywords = SoftSkillLimit.apply(ranked(keywords))
    guard var title else { return keywords }
    let keys = Set(title.options.map(\.key) + [names.titleKey])
    keywords.removeAll { $0.options.contains { keys.contains($0.key) } }
    if let field = TitleKeyword.field(of: title) {
      title = field
      title.weight = max(title.weight, keywords.first?.weight ?? 0)
      keywords.insert(title, at: 0)
    } else {
      title.weight = min(title.weight, keywords.last?.weight ?? title.weight)
      keywords.append(title)
    }
    return keywords
  }

  /// Every term the posting's content lines name, added up by key; an either/or group
  /// stands as one candidate, unless one of its options is also asked for on its own, when
  /// each option counts on its own.
  static func candidates(of posting: JobPosting, names: PostingNames, lexicon: Lexicon)
    -> KeywordTallies
  {
    let discovered = posting.skills.filter { !$0.isKnown }.map(\.term)
    var collector = CandidateCollector(
      names: names, lexicon: lexicon, reading: posting.reading, discovered: discovered)
    for line in KeywordLine.lines(of: posting) { collector.add(line) }
    return collector.finished()
  }

  private static func keyword(
    _ tally: KeywordTally, names: PostingNames, lexicon: Lexicon, headLast: Bool
  ) -> PostingKeyword {
    let term = KeywordSpelling.choose(
      tally.spellings, key: tally.key, category: tally.category, lexicon: lexicon,
      headLast: headLast)
    var options = tally.options
    if tally.category == .degree || options.isEmpty {
      options.removeAll { $0.key == tally.key }
      options.insert(KeywordOption(term: term, key: tally.key, isKnown: tally.isKnown), at: 0)
    }
    return PostingKeyword(
      term: term, category: tally.category, tier: tally.tier,
      weight: KeywordWeight.weight(of: tally, inTitle: names.inTitle(tally)),
      count: tally.count, lines: tally.lines.sorted(), options: options,
      partners: tally.partners)
  }

  /// `tallies` with the terms the lexicon knows by more spellings first, in the posting's
  /// order otherwise. ``ranked(_:)`` keeps this order among equal weights, so of a long list
  /// of equally weighted tools a widely used name with many spellings (Kubernetes, also
  /// "k8s" and "kube") comes before a rarer one: screens search for the common names.
  static func byLexiconSpellings(_ tallies: [KeywordTally]) -> [KeywordTally] {
    tallies.enumerated().sorted { a, b in
      a.element.lexiconSpellings != b.element.lexiconSpellings
        ? a.element.lexiconSpellings > b.element.lexiconSpellings : a.offset < b.offset
    }.map(\.element)
  }

  /// Heaviest first; equal weights keep the order they come in.
  static func ranked(_ keywords: [PostingKeyword]) -> [PostingKeyword] {
    keywords.enumerated().sorted { a, b in
      a.element.weight != b.element.weight
        ? a.element.weight > b.element.weight : a.offset < b.offset
    }.map(\.element)
  }
}
