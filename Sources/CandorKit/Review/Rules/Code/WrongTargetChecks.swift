/// Finds a company named as the letter's target that is not the posting's company: "the
/// position at Initech", "join Globex", "Dear Initech hiring team".
struct WrongCompanyCheck: CodeCheck {
  private static let targetNouns: Set<String> = [
    "position", "role", "opening", "opportunity", "job", "vacancy", "internship", "team",
    "career", "apply", "applying", "application",
  ]
  /// Words that make the context the writer's own past ("my role at Larkspur").
  static let ownWords: Set<String> = [
    "my", "our", "current", "previous", "former", "last", "prior", "past", "his", "her", "their",
  ]

  func run(_ context: ReviewContext) -> [Hit] {
    guard let company = context.job?.company, !company.isEmpty else { return [] }
    let text = context.letter.text
    var hits: [Hit] = []
    let sentences =
      context.bodySentences.map(\.sentence) + (context.letter.greeting?.sentences ?? [])
    // A letter that never names the posting's company may be written to another one:
    // "Cottonwood Family Pharmacy's second location" then names its real target.
    let variants = NameMatching.variants(of: company)
    let namesCompany = sentences.contains { NameMatching.mentions($0.words, variants) }
    var named: [String: String] = [:]
    for sentence in sentences {
      var seen: Set<Range<Int>> = []
      let writtenTo = namesCompany ? [] : WrittenToNames.find(in: sentence.words, text: text)
      for name in targetNames(in: sentence.words, text) + nearMisses(sentence.words, company, text)
        + TargetFrames.names(in: sentence.words, text) + writtenTo
      where seen.insert(name).inserted {
        let range =
          sentence.words[name.lowerBound].range
          .lowerBound..<sentence.words[name.upperBound - 1].range.upperBound
        // "{Firm Name}": a placeholder, the placeholder rule's finding, names no company.
        guard !Self.isBracketed(range, text) else { continue }
        let quote = Self.withoutPossessive(NameMatching.text(sentence.words, name, in: text))
        let misspelt =
          NameMatching.isNearMiss(quote, of: company) && !isKnownName(quote, context)
        guard misspelt || !isExcused(quote, company, context) else { continue }
        let message =
          misspelt
          ? "correct '\(quote)' to '\(company)', the posting's spelling of the company"
          : "replace '\(quote)' with '\(company)', the posting's company"
        hits.append(Hit(range: range, message: message, suggestion: "write '\(company)'"))
        named[quote] = message
      }
    }
    return hits + Self.otherOccurrences(of: named, in: sentences, besides: hits, company)
  }

  /// "a brand like Brindle & Birch" before "an asset to Brindle & Birch": once a wrong name
  /// is the letter's target, each place the letter writes it is wrong, not only the first,
  /// in full or short ("Dwyer Halvorsen" after "Dwyer Halvorsen CPAs").
  private static func otherOccurrences(
    of named: [String: String], in sentences: [LetterText.Sentence], besides hits: [Hit],
    _ company: String
  ) -> [Hit] {
    var found: [Hit] = []
    let companyKeys = NameMatching.keys(company)
    let names = named.flatMap { quote, message in
      NameMatching.variants(of: quote).filter { !companyKeys.starts(with: $0) }
        .sorted { $0.count > $1.count }.map { ($0, message) }
    }
    for sentence in sentences {
      let words = sentence.words
      let keys = words.map { NameMatching.nameKey($0.key) }
      for (name, message) in names where !name.isEmpty && keys.count >= name.count {
        // "your firm" after "{Firm Name}": a name is written with its capital.
        for start in 0...(keys.count - name.count)
        where words[start].isCapitalized
          && keys[start..<(start + name.count)].elementsEqual(name)
        {
          let end = words[start + name.count - 1].range.upperBound
          let range = words[start].range.lowerBound..<end
          guard !(hits + found).contains(where: { $0.range.overlaps(range) }) else { continue }
          found.append(Hit(range: range, message: message, suggestion: "write '\(company)'"))
        }
      }
    }
    return found
  }

  /// The name stands inside a placeholder's brackets: "{Firm Name}", "[Company]".
  private static func isBracketed(_ range: Range<String.Index>, _ text: String) -> Bool {
    guard let before = text[..<range.lowerBound].last,
      let after = text[range.upperBound...].first
    else { return false }
    return "[{<".contains(before) && "]}>".contains(after)
  }

  /// "Walgreens's" and "Cottonwood's" name Walgreens and Cottonwood.
  private static func withoutPossessive(_ name: String) -> String {
    for suffix in ["'s", "’s", "'", "’"] where name.hasSuffix(suffix) {
      return String(name.dropLast(suffix.count))
    }
    return name
  }

  /// Runs of capitalised words anywhere in the sentence that misspell the company ("Harbor
  /// Analytic is growing"), as long as neither the resume nor the lexicon knows them.
  private func nearMisses(_ words: [LetterWord], _ company: String, _ text: String)
    -> [Range<Int>]
  {
    let length = NameMatching.keys(company).count
    guard length > 0 else { return [] }
    var found: [Range<Int>] = []
    for start in words.indices where words[start].isCapitalized {
      // "Lanternfield Bank's move" for Lanternfield Credit Union: the company's own first
      // word in another organisation's name.
      if let other = Self.renamed(words, from: start, company, text) { found.append(other) }
      let end = start + length
      guard end <= words.count, words[start..<end].allSatisfy(\.isCapitalized) else { continue }
      let name = start..<end
      if NameMatching.isNearMiss(NameMatching.text(words, name, in: text), of: company) {
        found.append(name)
      }
    }
    return found
  }

  /// The name from `start` when it opens with the company's first word, is two words or
  /// more, ends as an organisation's does and is not the company.
  private static func renamed(
    _ words: [LetterWord], from start: Int, _ company: String, _ text: String
  ) -> Range<Int>? {
    guard let first = NameMatching.keys(company).first, words[start].key == first,
      start == 0 || !words[start - 1].isCapitalized,
      let name = NameMatching.properName(in: words, from: start, text: text), name.count > 1,
      Self.organisationEnds.contains(words[name.upperBound - 1].key)
    else { return nil }
    let quote = withoutPossessive(NameMatching.text(words, name, in: text))
    return NameMatching.sameOrganisation(quote, company) ? nil : name
  }

  private func targetNames(in words: [LetterWord], _ text: String) -> [Range<Int>] {
    var names: [Range<Int>] = []
    for (index, word) in words.enumerated() {
      let start: Int?
      switch word.key {
      case "at", "with":
        let noun = index >= 1 && Self.targetNouns.contains(words[index - 1].key)
        let own = index >= 2 && Self.ownWords.contains(words[index - 2].key)
        start = (noun && !own) || Self.wantsWork(words, before: index) ? index + 1 : nil
      case "join", "joining":
        start = index + 1
      case "to" where index >= 1 && Self.toTargets.contains(words[index - 1].key):
        start = index + 1
      case "help",
        "helping" where index + 1 < words.count:
        // "help Harbor Point Credit Union close its books": an organisation, not a person.
        // "help Walgreens make its clinics run": one uncommon name before a verb.
        let named =
          Self.namesOrganisation(words, from: index + 1, text)
          || Self.namesBrand(words, from: index + 1, text)
        start = named ? index + 1 : nil
      case "dear":
        start = words.last?.key == "team" ? index + 1 : nil
      default:
        start = nil
      }
      if let start, start < words.count,
        let name = NameMatching.properName(in: words, from: start, text: text)
      {
        names.append(name)
      }
    }
    return names
  }

  /// Words before "to" that make what follows the letter's target ("apply to X", "a valuable
  /// asset to X", "an addition to X").
  private static let toTargets: Set<String> = [
    "apply", "applying", "asset", "addition", "contribute", "contributing",
  ]

  /// Last words that make a name an organisation's ("Credit Union", "Bank", "Hospital").
  private static let organisationEnds: Set<String> = [
    "union", "bank", "hospital", "clinic", "health", "foods", "inc", "llc", "llp", "group",
    "company", "corporation", "partners", "foundation", "association", "systems", "labs",
    "district", "schools", "university", "college", "center", "centre", "pharmacy",
  ]

  /// "to work at Walgreens", "love working with Globex": the place the writer wants to work.
  private static func wantsWork(_ words: [LetterWord], before index: Int) -> Bool {
    guard index >= 2, ["work", "working"].contains(words[index - 1].key) else { return false }
    return ["to", "love", "enjoy", "start", "begin"].contains(words[index - 2].key)
  }

  /// "Walgreens make", "Walgreens's clinics": one uncommon capitalised word, not hyphenated,
  /// before a verb or as a possessive; a name of an organisation, not of a group of people.
  private static func namesBrand(_ words: [LetterWord], from start: Int, _ text: String)
    -> Bool
  {
    guard let name = NameMatching.properName(in: words, from: start, text: text),
      name.count == 1, name.upperBound < words.count
    else { return false }
    let word = words[start]
    let written = text[word.range]
    guard !written.contains("-"), !DiscoveryWords.isCommon(word.key) else { return false }
    return Verbs.isBase(words[name.upperBound].key) || written.hasSuffix("'s")
      || written.hasSuffix("’s")
  }

  private static func namesOrganisation(_ words: [LetterWord], from start: Int, _ text: String)
    -> Bool
  {
    guard let name = NameMatching.properName(in: words, from: start, text: text), name.count > 1
    else { return false }
    return organisationEnds.contains(words[name.upperBound - 1].key)
  }

  /// The lexicon knows the name, or the resume says it as whole words: a real name, however
  /// close to the company's.
  private func isKnownName(_ name: String, _ context: ReviewContext) -> Bool {
    if context.lexicon.entry(for: name) != nil { return true }
    let text = context.resumeText
    let folded = name.lowercased()
    var rest = text[...]
    while let found = rest.range(of: folded) {
      let start = found.lowerBound
      let before = start == text.startIndex ? nil : text[text.index(before: start)]
      let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
      if !(before?.isLetter ?? false) && !(after?.isLetter ?? false) { return true }
      rest = text[found.upperBound...]
    }
    return false
  }

  private static let genericWords: Set<String> = [
    "hiring", "recruiting", "recruitment", "talent", "acquisition", "team", "manager", "managers",
    "hr", "human", "resources", "engineering", "selection", "search", "committee", "the",
  ]

  private func isExcused(_ name: String, _ company: String, _ context: ReviewContext) -> Bool {
    if NameMatching.keys(name).allSatisfy(Self.genericWords.contains) { return true }
    if NameMatching.sameOrganisation(name, company) { return true }
    if context.lexicon.entry(for: name) != nil { return true }
    let folded = name.lowercased()
    if context.resumeText.contains(folded) { return true }
    return context.jobLines.contains { $0.contains(folded) }
  }
}

/// Finds a job title the letter applies for that differs from the posting's: "the Data
/// Analyst position" for a Senior Backend Engineer posting.
struct WrongRoleCheck: CodeCheck {
  private static let roleNouns: Set<String> = [
    "position", "role", "opening", "job", "vacancy", "internship",
  ]

  func run(_ context: ReviewContext) -> [Hit] {
    guard let title = context.job?.title, !title.isEmpty else { return [] }
    let text = context.letter.text
    var hits: [Hit] = []
    for (_, sentence) in context.bodySentences {
      var seen: Set<Range<Int>> = []
      for name in titles(in: sentence.words, text) where seen.insert(name).inserted {
        let quote = NameMatching.text(sentence.words, name, in: text)
        let company = context.job?.company ?? ""
        guard JobTitle.conflicts(quote, title), !NameMatching.sameOrganisation(quote, company),
          !Self.isTechnology(quote, sentence.words[name], context)
        else { continue }
        let range =
          sentence.words[name.lowerBound].range
          .lowerBound..<sentence.words[name.upperBound - 1].range.upperBound
        hits.append(
          Hit(
            range: range, message: "replace '\(quote)' with '\(title)', the posting's title",
            suggestion: "write '\(title)'"))
      }
    }
    return hits
  }

  /// "a nightly SQL job", "the Kubernetes role": a technology before the noun, with no role
  /// noun of its own, names a task or a skill, not a job title.
  private static func isTechnology(
    _ quote: String, _ words: ArraySlice<LetterWord>, _ context: ReviewContext
  ) -> Bool {
    guard !words.contains(where: { JobTitle.isRoleNoun($0.key) }) else { return false }
    return context.lexicon.entry(for: quote) != nil
      || words.allSatisfy { context.lexicon.entry(for: $0.key) != nil }
  }

  /// "the X position", "role of X", "apply for the X".
  private func titles(in words: [LetterWord], _ text: String) -> [Range<Int>] {
    var found: [Range<Int>] = []
    for (index, word) in words.enumerated() {
      // "the Data Analyst opening", not "the Account Opening Process".
      let isLowercase = text[word.range].first?.isLowercase == true
      if Self.roleNouns.contains(word.key), isLowercase,
        let name = NameMatching.properName(in: words, endingBefore: index, text: text)
          .flatMap({ trimmed($0, in: words) })
      {
        found.append(name)
      } else if ["apply", "applying"].contains(word.key), index + 1 < words.count,
        words[index + 1].key == "for"
      {
        var start = index + 2
        if start < words.count, ["the", "a", "an", "this"].contains(words[start].key) {
          start += 1
        }
        if start < words.count,
          let name = NameMatching.properName(in: words, from: start, text: text)
        {
          found.append(name)
        }
      }
    }
    return found.filter { !isBracketed($0, words, text) }
  }

  /// Drops a leading "The" or "This"; nil when the title is the writer's own ("My Data
  /// Analyst role") or nothing is left.
  private func trimmed(_ name: Range<Int>, in words: [LetterWord]) -> Range<Int>? {
    var start = name.lowerBound
    if start > 0, WrongCompanyCheck.ownWords.contains(words[start - 1].key) { return nil }
    while start < name.upperBound, Self.determiners.contains(words[start].key) {
      if WrongCompanyCheck.ownWords.contains(words[start].key) { return nil }
      start += 1
    }
    return start < name.upperBound ? start..<name.upperBound : nil
  }

  private static let determiners: Set<String> = WrongCompanyCheck.ownWords.union([
    "the", "this", "that", "a", "an", "your",
  ])

  private func isBracketed(_ name: Range<Int>, _ words: [LetterWord], _ text: String) -> Bool {
    let start = words[name.lowerBound].range.lowerBound
    guard start > text.startIndex else { return false }
    return "[<{".contains(text[text.index(before: start)])
  }
}
