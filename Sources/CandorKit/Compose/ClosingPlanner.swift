/// Chooses a concrete next step: a conversation about a named piece of the posting's work,
/// and a project from the resume to walk through when there is one.
struct ClosingPlanner {
  let posting: JobPosting
  let resume: ParsedResume
  /// Per responsibility, the duty a letter can quote (``LetterPlanner``'s duties): nil for
  /// a line naming a tool the resume lacks or giving no short gerund phrase.
  let duties: [PlannedHook?]
  /// The skills the resume holds for this posting: a requirement the closing names must
  /// name no other tool.
  var known: Set<String> = []

  func plan(near evidence: [Evidence] = []) -> PlannedClosing {
    let (topic, source) = topic(near: evidence)
    var closing = PlannedClosing(topic: topic, topicSource: source)
    let profiles = resume.resume.basics?.profiles ?? []
    // A posting that asks for a portfolio is pointed to the one the resume links, never to
    // one it does not.
    let asks = (posting.requirements.map(\.text) + posting.responsibilities.map(\.text))
      .contains(where: Self.asksForPortfolio)
    if asks, let index = Self.portfolioIndex(in: resume.resume) {
      closing.showcase = "My portfolio"
      closing.link = profiles[index].url
      closing.showcaseSource = .resume("basics.profiles[\(index)]")
    } else if let (index, project) = resume.resume.projects.enumerated().first(where: {
      ($0.element.name ?? "").isEmpty == false
    }) {
      closing.showcase = project.name
      closing.link = project.url
      closing.showcaseSource = .resume("projects[\(index)]")
    } else if let (index, profile) = profiles.enumerated().first(where: {
      Self.workHosts.contains(($0.element.network ?? "").lowercased()) && $0.element.url != nil
    }), let network = profile.network {
      // No project to name: the profile where the work lives ("My GitHub profile (…)").
      closing.showcase = Self.isPortfolio(profile) ? "My portfolio" : "My \(network) profile"
      closing.link = profile.url
      closing.showcaseSource = .resume("basics.profiles[\(index)]")
    }
    return closing
  }

  /// Profile networks that hold a person's work, not only their career history.
  static let workHosts: Set<String> = [
    "github", "gitlab", "bitbucket", "behance", "dribbble", "kaggle", "codepen", "portfolio",
  ]

  /// A profile the resume labels a portfolio, with its link.
  private static func isPortfolio(_ profile: Resume.Profile) -> Bool {
    profile.network?.lowercased() == "portfolio" && profile.url != nil
  }

  /// Where the resume's basics list its portfolio link, if they do.
  static func portfolioIndex(in resume: Resume) -> Int? {
    resume.basics?.profiles?.firstIndex(where: isPortfolio)
  }

  /// True when a posting line asks for a portfolio or work samples.
  static func asksForPortfolio(_ line: String) -> Bool {
    let lower = line.lowercased()
    return lower.hasBytes("portfolio") || lower.hasBytes("work samples")
      || lower.hasBytes("samples of your work")
  }

  /// True when a duty is upkeep of the workplace rather than the job's own work: keeping a
  /// site, station or vehicle clean or tidy.
  static func isUpkeep(_ line: String) -> Bool {
    // The words as `lowercased().split { !$0.isLetter }` gives them, read on bytes.
    var found = false
    LetterWords.forEach(
      in: line, longestPlain: 7,
      plain: { word in found = found || upkeepBytes.contains(word) },
      other: { word in found = found || upkeepWords.contains(word) })
    return found
  }

  /// True when a duty is working with people rather than a piece of work: "collaborating
  /// with the sales team", "working side-by-side with your hiring managers".
  static func isTeamwork(_ duty: String) -> Bool {
    let words = duty.lowercased().split(separator: " ").prefix(2)
    guard let first = words.first, teamworkVerbs.contains(String(first)) else { return false }
    return words.count < 2
      || ["with", "alongside", "side-by-side", "closely", "across"]
        .contains(String(words[words.startIndex + 1]))
  }

  private static let teamworkVerbs: Set<String> = [
    "working", "collaborating", "partnering", "liaising", "interfacing", "communicating",
    "coordinating",
  ]

  private static let upkeepWords: Set<String> = [
    "clean", "tidy", "neat", "sweep", "trash", "garbage",
  ]
  private static let upkeepBytes = Set(upkeepWords.map { Array($0.utf8) })

  /// True when a posting line tells how to apply ("Apply with a resume and cover letter"),
  /// which a reader may take for a duty: offering to take it on reads as a joke.
  static func isApplicationStep(_ line: String) -> Bool {
    let lower = line.lowercased()
    // Only the first word is read: the line is not split past it.
    guard let first = lower.split(separator: " ", maxSplits: 1).first,
      ["apply", "send", "submit", "email", "e-mail", "please"].contains(first)
    else { return false }
    return ["resume", "résumé", " cv", "cover letter"].contains {
      lower.hasBytes($0)
    }
  }

  /// A topic of at most 14 words, cut before a purpose or companion clause when longer;
  /// never inside a list ("for loans, deposits and fixed assets" keeps its last item).
  static func shortTopic(_ phrase: String) -> String {
    let words = phrase.split(separator: " ")
    guard words.count > 14 else { return phrase }
    for index in 5..<words.count
    where ["to", "so", "with", "for", "while", "by", "and"].contains(words[index]) {
      // "and" opens a second duty only before its verb ("… and keeping the logs"); before
      // anything else it joins a list or a pair ("deposits and fixed assets").
      if words[index] == "and",
        index + 1 == words.count || !Verbs.isGerund(words[index + 1].lowercased())
      {
        continue
      }
      return words[..<index].joined(separator: " ").trimmingPunctuation()
    }
    return phrase
  }

  /// The posting's first duty the chosen evidence shows (two words shared, or one beside a
  /// skill the posting asks for): a posting lists its main work first, so a closing on its
  /// fourth duty ("delivering freight on time") skips what the job is. With none shown, the
  /// first naming a skill ("reconciling accounts in NetSuite") before a trivial one
  /// ("keeping the job site clean"), then the first.
  private func topic(near evidence: [Evidence]) -> (String, SourceRef?) {
    let evidenceWords = evidence.reduce(into: Set<String>()) {
      $0.formUnion(ContentWords.of($1.text))
    }
    var closest: (duty: PlannedHook, score: Int)?
    for (line, duty) in zip(posting.responsibilities, duties) {
      guard let duty else { continue }
      let shared = ContentWords.of(line.text).intersection(evidenceWords).count
      let namesSkill = !posting.reading.matches(in: line.text, lexicon: .standard).isEmpty
      // One shared word alone ("safe" in "keeping the job site clean and safe") is chance.
      let isShown = shared >= 2 || (shared == 1 && namesSkill)
      // Upkeep ("keeping the job site clean") is no work to talk through while the posting
      // names any other: a shown chore still loses to an unshown trade duty.
      // Working alongside people ("working side-by-side with your recruiters") is how the
      // job is done, not a piece of work to talk through: it too loses to any other duty.
      let isAside = Self.isUpkeep(line.text) || Self.isTeamwork(duty.text)
      let score = (isShown ? 2 : namesSkill ? 1 : 0) - (isAside ? 3 : 0)
      if score > closest?.score ?? -1 { closest = (duty, score) }
    }
    if let closest {
      return (Self.briefTopic(Self.cleanTopic(closest.duty.text)), closest.duty.source)
    }
    if let asked = askedWork(near: evidenceWords) { return asked }
    if let own = evidence.lazy.compactMap(ownWork).first ?? roleWork() ?? toolWork() {
      return own
    }
    return ("what you would want me to take on first", nil)
  }

  /// With no statement to name, the resume's latest role with a named employer: "my work
  /// at CFR Business & Solutions".
  private func roleWork() -> (String, SourceRef?)? {
    for (index, work) in resume.resume.work.enumerated() where !work.isBreak {
      guard let place = work.name?.trimmingSpaces(), !place.isEmpty,
        WordCount.spaced(place) <= 6, !PlaceholderCheck.containsPlaceholder(place)
      else { continue }
      return ("my work at \(place)", .resume("work[\(index)]"))
    }
    return nil
  }

  /// With no role to name, the tools the posting asks for that the resume names: "my work
  /// with SQL and Python".
  private func toolWork() -> (String, SourceRef?)? {
    let tools = ClaimSafety.distinct(
      posting.skills.map(\.term).filter {
        known.contains($0)
          && Lexicon.standard.entry(for: $0).map {
            GroundingChecker.hardCategories.contains($0.category) && $0.category != .degree
              && $0.category != .certification && !$0.isSpokenLanguage
          } == true
      }
    ).prefix(2).map { posting.spelling(of: $0) }
    guard !tools.isEmpty else { return nil }
    return ("my work with " + SlotValues.list(Array(tools)), .resume("skills"))
  }

  /// With no piece of the posting's work to name, the work the letter leads with, where the
  /// resume did it: "my work with NetSuite at Harbor Mills", "my Tidewatch project".
  private func ownWork(_ lead: Evidence?) -> (String, SourceRef?)? {
    guard let lead, let place = lead.organization?.trimmingSpaces(), !place.isEmpty,
      WordCount.spaced(place) <= 6
    else { return nil }
    // Named tools only ("my work with NetSuite"): a concept ("API") reads as no work.
    let tools = ClaimSafety.distinct(
      lead.skills.filter {
        known.contains($0)
          && Lexicon.standard.entry(for: $0).map {
            GroundingChecker.hardCategories.contains($0.category)
          } == true
      }
    ).prefix(2).map { posting.spelling(of: $0) }
    let with = tools.isEmpty ? "" : " with " + SlotValues.list(Array(tools))
    switch lead.source {
    case .work: return ("my work\(with) at \(place)", .resume(lead.path))
    case .project: return ("my \(place) project", .resume(lead.path))
    case .volunteer: return ("my volunteer work\(with) with \(place)", .resume(lead.path))
    default: return nil
    }
  }

  /// A duty cut to the piece of work it names: before a manner or a second clause
  /// ("improving the codebase by committing tested code", "overseeing onboarding, ensuring
  /// a smooth start", "building trust through open communication"), so the closing names
  /// a clean noun phrase.
  static func cleanTopic(_ phrase: String) -> String {
    let words = phrase.split(separator: " ")
    guard words.count > 4 else { return phrase }
    for index in 3..<(words.count - 1) {
      let next = words[index + 1].lowercased()
      let afterComma = words[index - 1].hasSuffix(",") && Verbs.isGerund(words[index].lowercased())
      if afterComma { return words[..<index].joined(separator: " ").trimmingPunctuation() }
      // "from initiation through launch" is one span: cut there, it would end "from initiation".
      let spans = words[index] == "through" && words[..<index].contains("from")
      if ["by", "through", "via"].contains(words[index]), !spans,
        Verbs.isGerund(next) || index >= 4
      {
        return words[..<index].joined(separator: " ").trimmingPunctuation()
      }
    }
    return phrase
  }
}

extension ClosingPlanner {
  /// A closing names its piece of work in a few words, never the posting's whole duty
  /// (trial21 P2-5): a bracketed aside goes; a topic over eight words is cut before its
  /// trailing place, purpose or second duty ("in state and federal court", "as well as …");
  /// one still over six is cut to the first thing its verb acts on ("drafting and filing
  /// pleadings, discovery requests and subpoenas" → "drafting and filing pleadings").
  static func briefTopic(_ phrase: String) -> String {
    var words = withoutAsides(phrase).split(separator: " ")
    if words.count > 8 {
      for index in 4..<words.count {
        let word = words[index].lowercased()
        let next = index + 1 < words.count ? words[index + 1].lowercased() : ""
        let cuts =
          trailingWords.contains(word) || (word == "as" && next == "well")
          || (word == "and" && Verbs.isGerund(next))
        if cuts {
          words = Array(words[..<index])
          break
        }
      }
    }
    // A list of plain things after the verb ("pleadings, discovery requests and …"), with
    // no place or purpose before it: its first item.
    if words.count > 6, let comma = words.firstIndex(where: { $0.hasSuffix("s,") }), comma >= 2,
      !words[..<comma].contains(where: { trailingWords.contains($0.lowercased()) })
    {
      words = Array(words[...comma])
    }
    return words.joined(separator: " ").trimmingPunctuation()
  }

  /// `text` without its bracketed asides: "court (CM/ECF)" → "court".
  private static func withoutAsides(_ text: String) -> String {
    var result = ""
    var depth = 0
    for character in text {
      if character == "(" { depth += 1 }
      if depth == 0 { result.append(character) }
      if character == ")" { depth = max(0, depth - 1) }
    }
    return result.split(separator: " ").joined(separator: " ")
  }

  /// Words that open a place, purpose or manner after the work itself.
  private static let trailingWords: Set<String> = [
    "in", "at", "across", "within", "for", "to", "with", "from", "by", "while", "so",
    "using", "via", "on", "throughout",
  ]

  /// With no duty to name, the work a requirement asks for that the chosen evidence shows
  /// ("bank and credit card reconciliations for multiple entities"), so the closing names a
  /// piece of this job rather than "what you would want me to take on first". It names no tool
  /// the resume lacks; never a credential, a degree, a span of years, an ability or a
  /// value ("a commitment to engineering excellence"), which are no work to talk through.
  fileprivate func askedWork(near evidenceWords: Set<String>) -> (String, SourceRef?)? {
    var best: (phrase: String, line: Int, shared: Int)?
    for need in posting.requirements {
      // The cheap tests first: phrasing a requirement is the costly part.
      let shared = ContentWords.of(need.text).intersection(evidenceWords).count
      guard need.years == nil, shared >= 2, shared > best?.shared ?? 0 else { continue }
      let kind = AnswerKind(need)
      guard !kind.asksCredential, !kind.asksDegree else { continue }
      var phrase = SlotValues.requirementPhrase(need.text, skills: need.skills)
      // A list line's capital ("Bank and credit card reconciliations") is no name's, unless
      // the lexicon knows the word ("Salesforce administration").
      let first = String(phrase.prefix { $0.isLetter })
      if RequirementCase.isPlainCapitalised(Substring(first)),
        Lexicon.standard.matches(in: first).isEmpty
      {
        phrase = ClauseBuilder.lowerFirst(phrase, always: true)
      }
      if phrase.hasSuffix(" experience") { phrase = String(phrase.dropLast(11)) }
      let size = WordCount.spaced(phrase)
      guard (3...9).contains(size),
        !phrase.contains(where: \.isNumber), !phrase.contains(","), !phrase.hasBytes(" or "),
        !["the ability", "experience", "expertise"].contains(where: phrase.hasPrefix),
        !Self.isQualifier(phrase),
        phrase.first?.isLowercase == true,
        !["a ", "an ", "the "].contains(where: phrase.hasPrefix),
        need.skills.isEmpty || need.skills.contains(where: known.contains),
        ContentWords.of(phrase).isDisjoint(with: Self.values),
        ClaimSafety.namesOnlyKnownTools(need.text, known, in: posting)
      else { continue }
      best = (phrase, need.line, shared)
    }
    return best.map { ($0.phrase, .posting(line: $0.line)) }
  }

  /// True when an ask says how much or how well rather than what ("demonstrated
  /// experience with Rails", "hands-on with HubSpot", "strong knowledge of GAAP"): a
  /// qualifier, not a piece of work to talk through.
  static func isQualifier(_ phrase: String) -> Bool {
    let words = phrase.lowercased().split(separator: " ").map { $0.trimmingPunctuation() }
    guard let first = words.first else { return true }
    return qualifierStarts.contains(first) || words.contains(where: qualifierWords.contains)
      || ["with", "of", "in", "and", "or", "to", "for"].contains(words.last ?? "")
  }

  private static let qualifierStarts: Set<String> = [
    "demonstrated", "proven", "hands-on", "strong", "solid", "excellent", "extensive",
    "deep", "working", "good", "great", "advanced", "basic", "familiarity", "proficiency",
    "knowledge", "understanding", "some", "previous", "prior", "relevant", "professional",
  ]
  private static let qualifierWords: Set<String> = [
    "experience", "knowledge", "understanding", "proficiency", "familiarity", "skills",
    "ability", "background",
  ]

  /// Words of an ask for a way of being ("a passion for learning"), not a piece of work.
  private static let values: Set<String> = [
    "commitment", "passion", "bias", "excellence", "attitude", "mindset", "willingness",
    "desire", "eagerness", "enthusiasm", "drive",
  ]
}

/// Posting text a letter quotes must not name a tool or credential the resume lacks: the
/// letter would seem to claim it.
enum ClaimSafety {
  /// The company's own name may also be a product ("ServiceNow"); that is no claim. The
  /// terms of a line the posting's reader scanned are taken from its scan, not found again.
  static func namesOnlyKnownTools(_ text: String, _ known: Set<String>, in posting: JobPosting)
    -> Bool
  {
    let company = posting.company
    return posting.reading.matches(in: text, lexicon: .standard).allSatisfy { match in
      !GroundingChecker.hardCategories.contains(match.category) || known.contains(match.term)
        || company.map { OpenerResolver.sameOrganisation(match.spelling, $0) } == true
    }
  }

  /// Skills to list in one sentence: each once ("SAP and SAP" when two asks name one
  /// product), and not "Spring" beside "Spring Boot".
  static func distinct(_ skills: [String]) -> [String] {
    var seen = Set<String>()
    return skills.filter { skill in
      seen.insert(skill.lowercased()).inserted
        && !skills.contains { $0 != skill && $0.lowercased().hasPrefix(skill.lowercased() + " ") }
    }
  }
}
