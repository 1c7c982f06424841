import Foundation

/// Finds numbers, employers, job titles and technologies the letter states but the resume
/// does not contain.
struct UnsupportedClaimCheck: CodeCheck {
  /// Words that make a sentence about the company or about learning, not a claim.
  private static let notClaims: Set<String> = [
    "learn", "learning", "eager", "your", "you", "excited", "curious", "interested", "would",
  ]

  func run(_ context: ReviewContext) -> [Hit] {
    guard let resume = context.resume else { return [] }
    let sources = ClaimSources(
      resume: resume, job: context.job, text: context.resumeText,
      source: context.resumeSource, jobLines: context.jobLines)
    // In another language only figures can be read (`RelevanceRules.unsupportedClaim`).
    guard context.language == "en" else { return LocalFigureClaims.hits(context, sources) }
    var hits: [Hit] = []
    for (_, whole) in context.bodySentences {
      for clause in Self.clauses(whole, context.letter.text) {
        hits += claims(in: clause, sources, context)
      }
    }
    // "a Certified Digital Archives Specialist" is a title and a credential: one finding.
    var kept: [Hit] = []
    for hit in hits.sorted(by: { $0.range.lowerBound < $1.range.lowerBound })
    where !kept.contains(where: { $0.range.overlaps(hit.range) }) {
      kept.append(hit)
    }
    return kept
  }

  /// The claims of one sentence, or of one clause of it (see `clauses`).
  private func claims(
    in sentence: LetterText.Sentence, _ sources: ClaimSources, _ context: ReviewContext
  ) -> [Hit] {
    var hits: [Hit] = []
    let keys = Set(sentence.words.map(\.key))
    // A list item ("- CISSP certified", "- Managed a team of 15") speaks for the writer
    // without saying "I"; so does "our" of a past employer ("Our team cut costs 30%"),
    // unless the sentence is about the reader's side or the job ahead.
    let speaksForWriter =
      sentence.isListItem || keys.contains("i") || keys.contains("my") || keys.contains("we")
      || (keys.contains("our") && !Self.isAboutJob(sentence, context))
    guard speaksForWriter else {
      // "Brunch sales grew 38%." still reports a result of the writer's work; a sentence
      // about the reader or the company ("your 400-seat room") is not checked.
      // The posting's own figures may stand in it ("the plant employs about 450 people").
      if Self.reportsResult(sentence, keys, context) {
        hits += numbers(sentence, sources, context, aboutJob: true)
        hits += FigureClaims.spelledCounts(
          sentence, sources, context, aboutJob: true, yearsOnly: true)
        // "The suite now runs 420 tests in Jenkins": a measured result names the tools
        // the writer used; a general remark without a figure names no one's.
        let text = context.letter.text[sentence.range]
        if text.contains(where: \.isNumber) { hits += technologies(sentence, sources, context) }
      }
      return hits
    }
    // A wish's figures stay checked as the job's ("I want to lead 40 associates on your
    // floor" gives a figure the posting should hold); its names are no claim.
    let wish = Self.isWish(sentence)
    if !Self.isPlan(sentence) {
      let aboutJob = Self.isAboutJob(sentence, context)
      hits += numbers(sentence, sources, context, aboutJob: aboutJob)
      hits += FigureClaims.spelledCounts(sentence, sources, context, aboutJob: aboutJob)
      hits += FigureClaims.namedNumbers(sentence, context)
      hits += FractionClaims.hits(sentence, sources, context, aboutJob: aboutJob)
      hits += YearClaims.hits(sentence, context, aboutJob: aboutJob)
      hits += EmployerAttribution.hits(sentence, context)
      hits += RoleNounClaims.hits(sentence, sources, context)
      if !wish && !aboutJob { hits += LeadershipClaims.hits(sentence, sources, context) }
    } else {
      hits += ownFigures(sentence, sources, context)
    }
    hits += NameClaims.hits(sentence, sources, context)
    // In a sentence about the reader or the job ahead, only the names the writer owns or
    // worked on ("I trained staff in X, which you use") are claims.
    if !Self.isPlan(sentence) && !wish {
      // "I am preparing for the PE exam": a credential worked toward is not claimed.
      let ownedOnly =
        Self.isAboutJob(sentence, context) || !keys.isDisjoint(with: Self.notClaims)
        || !keys.isDisjoint(with: ClaimSources.letterPendingWords)
      hits += PostingOnlyNames.hits(sentence, context, ownedOnly: ownedOnly)
    }
    if keys.isDisjoint(with: Self.notClaims) && !wish {
      hits += technologies(sentence, sources, context).filter {
        !Self.quotesJob($0.range, sentence, context)
      }
      hits += CredentialClaims.products(sentence, sources, context)
      hits += unlistedProducts(sentence, context)
      hits += AwardClaims.hits(sentence, sources, context)
      if keys.isDisjoint(with: ClaimSources.letterPendingWords) {
        hits += credentials(sentence, sources, context)
        hits += levels(sentence, sources, context)
        hits += CredentialClaims.hits(sentence, sources, context)
        hits += HeldCredentialNames.hits(sentence, sources, context)
        hits += LicencePlaces.hits(sentence, context)
        hits += DegreeClaims.hits(sentence, sources, context)
        hits += FieldDegreeClaims.hits(sentence, sources, context)
      }
    } else {
      // "I charted in Epic, which you use": a tool in the writer's own past work is a
      // claim even in a sentence about the reader.
      hits += technologies(sentence, sources, context).filter {
        FigureClaims.isOwned($0.range.lowerBound, sentence)
      }
      // "I am a Board Certified … (BCPS), so your patients …": a credential the writer
      // says they hold is a claim, whoever else the sentence speaks of.
      if let held = Self.heldFrom(sentence),
        keys.isDisjoint(with: ClaimSources.letterPendingWords)
      {
        hits +=
          (credentials(sentence, sources, context)
          + CredentialClaims.hits(sentence, sources, context))
          .filter { $0.range.lowerBound > held }
      }
    }
    return hits
  }

  /// "OSHA 30" when the resume holds "OSHA 10": a number in or right after a credential or
  /// field the resume shows names its level (a tool's number is its version, not checked),
  /// and one line of the resume must hold the term's first word with that number.
  private func levels(
    _ sentence: LetterText.Sentence, _ sources: ClaimSources, _ context: ReviewContext
  ) -> [Hit] {
    context.terms(in: sentence.range, of: [.certification, .domain]).compactMap { match in
      let words = match.spelling.split(separator: " ")
      let spelled = words.dropFirst().first { $0.allSatisfy(\.isNumber) }.map(String.init)
      // A number after a field's name is a count ("logistics 5 days a week"), not a level.
      let written =
        match.category == .certification
        ? Self.level(after: match.range, in: context.letter.text).map(String.init) : nil
      guard let level = spelled ?? written,
        let name = words.first.map(String.init), sources.contains(name),
        !sources.holdsInOneLine([name, level])
      else { return nil }
      return Hit(
        range: match.range,
        message: "check '\(name) \(level)': your resume shows \(name) at another level",
        severity: .error)
    }
  }

  /// The number written right after a credential ("OSHA 30", "OSHA 30-Hour"), if any.
  private static func level(after range: Range<String.Index>, in text: String) -> Substring? {
    let rest = text[range.upperBound...]
    guard rest.first == " " || rest.first == "-" else { return nil }
    let digits = rest.dropFirst().prefix(while: \.isNumber)
    let after = rest.dropFirst().dropFirst(digits.count).first
    guard !digits.isEmpty, after.map({ !$0.isLetter && $0 != "%" }) ?? true else { return nil }
    return digits
  }

  /// "I will call next week for a 30-minute walkthrough": a plan, not a claim.
  static func isPlan(_ sentence: LetterText.Sentence) -> Bool {
    zip(sentence.words, sentence.words.dropFirst()).contains { $0.key == "i" && $1.key == "will" }
  }

  /// Words between "I" and a verb of wishing ("I would really like to", "I am eager to").
  private static let wishLeads: Set<String> = [
    "am", "also", "really", "still", "would", "d", "m", "very", "so", "truly",
  ]
  /// Verbs and adjectives of wishing, planning or learning before "to" ("hope to", "want
  /// to", "eager to").
  private static let wishes: Set<String> = [
    "hope", "hoping", "want", "wanting", "wish", "plan", "planning", "aim", "aiming",
    "intend", "aspire", "like", "love", "eager", "keen",
  ]

  /// "I hope to run GKE one day", "I would like to learn Rust", "I plan to sit the CPA exam":
  /// a wish, a plan or a wish to learn tells what the writer does not have yet, so what it
  /// names is no claim. The wish must follow "I" ("the plan to move 40 services" is a noun).
  static func isWish(_ sentence: LetterText.Sentence) -> Bool {
    let words = sentence.words
    for (index, word) in words.enumerated() where word.key == "i" {
      var next = index + 1
      while next < words.count, wishLeads.contains(words[next].key) { next += 1 }
      guard next + 1 < words.count, wishes.contains(words[next].key) else { continue }
      if words[next + 1].key == "to" { return true }
    }
    return false
  }

  /// "I will bring my team of nine": a plan's figure the writer calls their own is still a
  /// claim about what they have; other figures in a plan are the job's.
  private func ownFigures(
    _ sentence: LetterText.Sentence, _ sources: ClaimSources, _ context: ReviewContext
  ) -> [Hit] {
    let found =
      numbers(sentence, sources, context, aboutJob: false)
      + FigureClaims.spelledCounts(sentence, sources, context, aboutJob: false)
    return found.filter { FigureClaims.isOwned($0.range.lowerBound, sentence) }
  }

  /// `aboutJob`: the posting's figures may stand in the sentence (see `isAboutJob`).
  private func numbers(
    _ sentence: LetterText.Sentence, _ sources: ClaimSources, _ context: ReviewContext,
    aboutJob: Bool
  ) -> [Hit] {
    let text = context.letter.text[sentence.range]
    let all = QuantityExtractor.quantities(in: String(text))
    let ranges = FigureClaims.ranges(sentence, sources, context, aboutJob: aboutJob)
    return ranges
      + all.compactMap { quantity in
        guard let found = Self.figure(quantity.text, in: text),
          !ClockAndCallTimes.contains(found, in: text),
          !PersonalFigures.contains(found, in: text),
          !PersonalFigures.isContact(found, in: text),
          !context.terms.contains(where: { $0.range.overlaps(found) }),
          // "Local 48" is a name, checked as one (`FigureClaims.namedNumbers`).
          !Self.isInName(found, sentence, context.letter.text)
        else { return nil }
        if quantity.unit == "years",
          let hit = FigureClaims.roleYears(found, quantity.value, sentence, sources, context)
        {
          return hit
        }
        let isOwn = FigureClaims.isOwned(found.lowerBound, sentence)
        // "a 50% travel schedule" from the posting's "travel up to 50%": the job's figure.
        if !isOwn, sources.postingStates(quantity.text, near: Self.neighbours(found, sentence)) {
          return nil
        }
        let nouns = CountedNouns.after(text[found.upperBound...])
        guard !sources.supports(quantity, aboutJob: aboutJob && !isOwn, nouns: nouns),
          !RoundedFigures.isBacked(
            quantity, before: found.lowerBound, sentence, sources, context.letter.text)
        else {
          return nil
        }
        let years = sources.statedYears ?? sources.resume.yearsOfExperience
        let isYears = quantity.unit == "years" && years > 0
        if !isYears, !isOwn,
          let hit = FigureClaims.postingOnly(found, [quantity.text], sentence, sources)
        {
          return hit
        }
        let covers = sources.statedYears == nil ? "covers about" : "states"
        let message =
          isYears
          ? "check '\(quantity.text)': your resume \(covers) \(Int(years.rounded())) years"
          : "check '\(quantity.text)': your resume does not state this figure"
        // A figure the writer claims as their own work and the resume lacks is invented, and
        // so are years of experience beyond the resume's.
        let letter = context.letter.text
        let severity =
          isYears
          ? ExperienceClaims.severity(found, sentence, sources, letter)
          : aboutJob && !isOwn ? nil : Severity.error
        return Hit(range: found, message: message, severity: severity)
      }
  }

  /// Where `text` writes `figure` as a whole number: "3" is not the start of "35" or "3.5".
  static func figure(_ figure: String, in text: Substring) -> Range<String.Index>? {
    var rest = text
    while let found = rest.range(of: figure) {
      let before = text[..<found.lowerBound].last
      let after = text[found.upperBound...].prefix(2)
      let joined = after.first.map { ".,".contains($0) } == true && after.last?.isNumber == true
      if before?.isNumber != true, after.first?.isNumber != true, !joined { return found }
      rest = text[found.upperBound...]
    }
    return nil
  }

  private func technologies(
    _ sentence: LetterText.Sentence, _ sources: ClaimSources, _ context: ReviewContext
  ) -> [Hit] {
    // The company being written to may share its name with a product ("ServiceNow"), and
    // the posting's own title may name one ("Ruby on Rails Engineer"): neither is a claim.
    // Whole words only: "R" is not in "Member Insights".
    let company = context.job?.company ?? ""
    let title = (context.job?.title ?? "").lowercased()
    return context.technologyTerms(in: sentence.range).filter {
      !sources.supports(term: $0.term, spelling: $0.spelling)
        && !NameMatching.sameOrganisation($0.spelling, company)
        && !ClaimSources.holds(title, $0.spelling)
        && !Self.isDisclaimed($0.range.lowerBound, in: sentence, context.letter.text)
        && !Self.isAdSource($0.range.lowerBound, in: sentence)
        && !Self.describesOthers($0.range, context.letter.text)
    }.map {
      Hit(
        range: $0.range, message: "check '\($0.spelling)': your resume does not mention it",
        severity: .error)
    }
  }

  /// "Spanish-speaking families", "Python-based tools": the term, made an adjective and
  /// followed by the noun it describes, speaks of someone or something else ("I am
  /// Spanish-speaking." still claims it).
  private static func describesOthers(_ range: Range<String.Index>, _ text: String) -> Bool {
    var end = range.upperBound
    for suffix in ["-speaking", "-based"] where text[end...].hasPrefix(suffix) {
      end = text.index(end, offsetBy: suffix.count)
    }
    let written = text[range.lowerBound..<end]
    guard written.hasSuffix("speaking") || written.hasSuffix("based") else { return false }
    let next = text[end...].drop { $0 == " " }.first
    return next?.isLowercase == true
  }

  /// Words that say where the writer saw the job ("as advertised on LinkedIn").
  private static let adWords: Set<String> = [
    "advertised", "posted", "listed", "listing", "found", "saw", "seen", "ad", "advert",
    "advertisement", "posting", "post", "read", "shared",
  ]

  /// "as advertised on LinkedIn", "the posting I saw on Indeed": a job board named as the
  /// ad's source is no claim of using it.
  private static func isAdSource(_ position: String.Index, in sentence: LetterText.Sentence)
    -> Bool
  {
    let words = sentence.words
    guard let index = words.firstIndex(where: { $0.range.lowerBound >= position }), index >= 2,
      ["on", "via", "through", "from"].contains(words[index - 1].key)
    else { return false }
    return words[max(0, index - 5)..<(index - 1)].contains { adWords.contains($0.key) }
  }

  /// Tools outside the lexicon that a cue names ("proficient in SWMM", "systems like Koha")
  /// and neither the resume nor the posting names.
  private func unlistedProducts(_ sentence: LetterText.Sentence, _ context: ReviewContext)
    -> [Hit]
  {
    let company = context.job?.company ?? ""
    let cued = context.unlistedProducts(in: sentence)
    // "I load-tested with Gatling": likely a tool, but maybe a colleague or a city.
    let worked = context.workedWithNames(in: sentence).filter { range in
      !cued.contains { $0.overlaps(range) }
        && !context.letter.text[range].split(separator: " ").contains {
          DiscoveryWords.places.contains(Tokenizer.fold($0))
        }
    }
    return (cued.map { ($0, Severity.error) } + worked.map { ($0, nil) }).compactMap {
      range, severity in
      let quote = context.quote(range)
      guard !context.inputsName(quote), !NameMatching.sameOrganisation(quote, company),
        !Self.isDisclaimed(range.lowerBound, in: sentence, context.letter.text)
      else { return nil }
      return Hit(
        range: range, message: "check '\(quote)': your resume does not mention it",
        severity: severity)
    }
  }

  /// Credentials and degrees the letter says the writer holds ("I am a licensed CPA", "I hold
  /// an MBA"): the resume must show them, and show them as held, not as in progress.
  private func credentials(
    _ sentence: LetterText.Sentence, _ sources: ClaimSources, _ context: ReviewContext
  ) -> [Hit] {
    context.terms(in: sentence.range, of: [.certification, .degree]).filter {
      !Self.isDisclaimed($0.range.lowerBound, in: sentence, context.letter.text)
    }.compactMap { match in
      if !sources.supports(term: match.term) && !sources.contains(match.spelling) {
        return Hit(
          range: match.range,
          message: "check '\(match.spelling)': your resume does not show this credential",
          severity: .error)
      }
      if let expected = ExpectedDegrees.hit(match, in: sentence, context) { return expected }
      guard sources.isOnlyPending([match.term, match.spelling]) else { return nil }
      // "I am a licensed CPA" beside the resume's "CPA-eligible": the sentence has no word of
      // a credential pending, so it states one held that the resume does not: invented.
      return Hit(
        range: match.range,
        message: "check '\(match.spelling)': your resume shows it as not yet held",
        severity: .error)
    }
  }
}
