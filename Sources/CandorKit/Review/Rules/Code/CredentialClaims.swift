/// Credentials, schools and tools a letter names outside the lexicon: "certified in
/// Waterlase laser therapy", "a licensed general contractor", "the CSPT credential", "from
/// Boise State University", "in Rx30". The resume must name them.
/// The place a licence is held in is compared by `LicencePlaces`.
enum CredentialClaims {
  static func hits(
    _ sentence: LetterText.Sentence, _ sources: ClaimSources, _ context: ReviewContext
  ) -> [Hit] {
    let words = sentence.words
    let text = context.letter.text
    // "an M.S. from NC State": a degree in the sentence makes "from" name a school.
    let hasDegree = namesDegree(sentence, context)
    var hits: [Hit] = []
    let listed = heldList(words, text)
    for (index, word) in words.enumerated() {
      guard let phrase = claimed(index, words, text, school: hasDegree) ?? listed[index]
      else { continue }
      let quote = NameMatching.text(words, phrase, in: text)
      let first = words[phrase.lowerBound].range.lowerBound
      guard !isKnown(quote, sources, context, school: word.key == "from"),
        !UnsupportedClaimCheck.isDisclaimed(first, in: sentence, text)
      else { continue }
      let range = first..<words[phrase.upperBound - 1].range.upperBound
      let kind = word.key == "from" ? "school" : "credential"
      hits.append(
        Hit(
          range: range, message: "check '\(quote)': your resume does not show this \(kind)",
          severity: .error))
    }
    return hits
  }

  /// The sentence names a degree or study ("an M.S.", "graduated", "studied"): a name after
  /// "from", or a school's name after "at", is then where the writer studied.
  static func namesDegree(_ sentence: LetterText.Sentence, _ context: ReviewContext) -> Bool {
    sentence.words.contains { schoolCues.contains($0.key) }
      || context.terms.contains {
        $0.category == .degree && sentence.range.contains($0.range.lowerBound)
      }
  }

  private static let credentialNouns: Set<String> = [
    "credential", "certification", "certificate", "license", "licence", "licensure",
    "designation",
  ]
  /// Capitalised words that open a credential's name ("Certified Veterinary Technician").
  private static let credentialOpeners: Set<String> = [
    "certified", "licensed", "registered", "chartered",
  ]
  /// Words a credential's description stops at, going back from its noun.
  private static let determiners: Set<String> = [
    "a", "an", "the", "my", "our", "his", "her", "their", "this", "that", "valid", "current",
    "active", "hold", "have", "held", "earned", "i",
  ]
  private static let stops: Set<String> = [
    "and", "or", "with", "since", "for", "at", "in", "from", "by", "on", "to", "who", "that",
    "about", "regarding", "concerning", "of", "as", "your", "you",
  ]
  private static let schoolCues: Set<String> = [
    "degree", "graduated", "earned", "diploma", "studied", "bachelor", "master", "associate",
  ]

  /// The word range a claim at `index` names, if the word opens one.
  private static func claimed(_ index: Int, _ words: [LetterWord], _ text: String, school: Bool)
    -> Range<Int>?
  {
    let word = words[index]
    let next = index + 1
    switch word.key {
    case "in" where index > 0 && words[index - 1].key == "certified":
      return phrase(from: next, words, text)
    case _ where credentialOpeners.contains(word.key) && word.isCapitalized:
      // "a Certified Veterinary Technician Specialist": a credential's own name.
      guard next < words.count, words[next].isCapitalized else { return nil }
      return NameMatching.properName(in: words, from: index, text: text)
    case "licensed", "certified":
      // "a licensed general contractor": the writer's title as a credential.
      guard index > 0, next < words.count, !words[next].isCapitalized,
        ["a", "an"].contains(words[index - 1].key),
        let rest = phrase(from: next, words, text)
      else { return nil }
      return index..<rest.upperBound
    case "from" where school:
      guard next < words.count,
        let name = NameMatching.properName(in: words, from: next, text: text)
      else { return nil }
      // "from NC State and the OSHA 500 card": the school ends before "and".
      let end = words[name].firstIndex { ["and", "the"].contains($0.key) } ?? name.upperBound
      return end > next ? next..<end : nil
    case _ where isHeldAcronym(index, words, text):
      return index..<next
    default:
      guard credentialNouns.contains(word.key), index > 0 else { return nil }
      // "the CSPT credential": an acronym right before a credential noun.
      if isAcronym(words[index - 1], text) { return (index - 1)..<index }
      return qualified(before: index, words, text)
    }
  }

  /// "I hold the Iowa Master Electrician License, OSHA 30, and NICET Level III": each named
  /// item of the list after "I hold" is a credential the writer claims, keyed by its start.
  /// An "and" inside a run of capitalised words parts two items when a credential noun ends
  /// the first or an acronym opens the second.
  private static func heldList(_ words: [LetterWord], _ text: String) -> [Int: Range<Int>] {
    guard
      let verb = words.indices.dropLast().first(where: {
        words[$0].key == "i" && ["hold", "held"].contains(words[$0 + 1].key)
      })
    else { return [:] }
    var items: [Int: Range<Int>] = [:]
    var start = verb + 2
    while start < words.count {
      while start < words.count, itemStarts.contains(words[start].key) { start += 1 }
      guard start < words.count, words[start].isCapitalized,
        var name = NameMatching.properName(in: words, from: start, text: text)
      else { break }
      // "the Iowa Master Plumber License and NICET Level III": two items, not one name.
      if let and = words[name].firstIndex(where: { $0.key == "and" }),
        credentialNouns.contains(words[and - 1].key) || isAcronym(words[and + 1], text)
      {
        name = name.lowerBound..<and
      }
      // "OSHA 30": a number right after a name is part of it.
      while name.upperBound < words.count, words[name.upperBound].key.first?.isNumber == true,
        !NameMatching.isBroken(
          between: words[name.upperBound - 1], words[name.upperBound], in: text)
      {
        name = name.lowerBound..<(name.upperBound + 1)
      }
      // "a Kansas library certificate": a name inside a longer phrase is no item.
      var next = name.upperBound
      guard
        next == words.count || !words[next].isCapitalized && itemEnds.contains(words[next].key)
          || LetterWord.gap(words[next - 1], words[next], in: text).contains(",")
      else { break }
      items[start] = name
      // The list goes on only across a comma or "and" after the name.
      guard next < words.count,
        LetterWord.gap(words[next - 1], words[next], in: text).contains(",")
          || words[next].key == "and"
      else { break }
      if words[next].key == "and" { next += 1 }
      start = next
    }
    return items
  }

  /// Words that may follow an item's name ("NICET Level III in fire alarms").
  private static let itemEnds: Set<String> = ["and", "in", "from", "since", "with", "for"]

  /// Words that may open an item of a held list before its name.
  private static let itemStarts: Set<String> = ["the", "a", "an", "my", "and", "both"]

  /// "a Texas all-lines adjuster license": the words before a credential noun that say
  /// which one, back to the article, when one of them is a name (a state, a body).
  private static func qualified(before index: Int, _ words: [LetterWord], _ text: String)
    -> Range<Int>?
  {
    var start = index
    while start > 0, index - start < 4, !determiners.contains(words[start - 1].key),
      !stops.contains(words[start - 1].key),
      !NameMatching.isBroken(between: words[start - 1], words[start], in: text)
    {
      start -= 1
    }
    // The phrase starts at its first name: "include OSHA Forklift Operator Certificate".
    guard let first = words[start..<index].firstIndex(where: \.isCapitalized) else {
      return nil
    }
    return first..<(index + 1)
  }

  /// Up to four words from `start`, ending before a stop word or punctuation.
  private static func phrase(from start: Int, _ words: [LetterWord], _ text: String)
    -> Range<Int>?
  {
    var end = start
    while end < words.count, end - start < 4, !stops.contains(words[end].key) {
      if end > start, NameMatching.isBroken(between: words[end - 1], words[end], in: text) {
        break
      }
      end += 1
    }
    return end > start ? start..<end : nil
  }

  /// Verbs that say a credential is held when an article and an acronym follow ("I hold a
  /// CFRE", "I am a CPCU", "I earned my CDA in 2024").
  private static let holdingVerbs: Set<String> = [
    "hold", "holds", "am", "earned", "obtained", "received", "passed", "have",
  ]

  /// "I hold a CFRE.": an acronym after a holding verb and its article that ends the
  /// phrase (not "an SOC analyst", where it describes the noun after it).
  private static func isHeldAcronym(_ index: Int, _ words: [LetterWord], _ text: String) -> Bool {
    guard index >= 2, isAcronym(words[index], text),
      ["a", "an", "the", "my"].contains(words[index - 1].key),
      holdingVerbs.contains(words[index - 2].key)
    else { return false }
    let next = index + 1
    return next == words.count || stops.contains(words[next].key)
      || NameMatching.isBroken(between: words[index], words[next], in: text)
  }

  private static func isAcronym(_ word: LetterWord, _ text: String) -> Bool {
    let written = text[word.range]
    return written.count >= 3 && written.allSatisfy { $0.isUppercase || $0.isNumber }
  }

  /// Lexicon kinds another part of the check compares with the resume.
  private static let checkedElsewhere = ReviewContext.technologyCategories.union([
    .certification, .degree,
  ])

  /// The resume names the phrase or holds each of its words in one line, or the lexicon
  /// knows it as a tool or credential that the rest of the check compares with the resume.
  /// The lexicon knowing a field ("RVT" as veterinary technology) shows nothing held.
  /// A school the posting names is where the job is; a credential it asks for is not held
  /// because the letter names it ("I hold a CFRE" when only the posting says CFRE).
  static func isKnown(
    _ quote: String, _ sources: ClaimSources, _ context: ReviewContext, school: Bool
  ) -> Bool {
    if let entry = context.lexicon.entry(for: quote), checkedElsewhere.contains(entry.category) {
      return true
    }
    if sources.contains(quote) { return true }
    let described = NameMatching.keys(quote).filter { !credentialNouns.contains($0) }
    if described.count > 1, sources.holdsInOneLine(described) { return true }
    if !school, !described.isEmpty, sources.listsCertificate(holding: described) { return true }
    // "my PE licence": an acronym the resume holds ("Professional Engineer (PE)") names it.
    let head = quote.prefix { $0 != " " }
    if described.count == 1, head.count >= 2, head.allSatisfy(\.isUppercase),
      sources.contains(String(head))
    {
      return true
    }
    if school, context.job?.lines.contains(where: { $0.text.contains(quote) }) == true {
      return true
    }
    // "licensed general contractor" is shown by "general contractor license" too.
    for held in ["licensed ", "certified "] where quote.lowercased().hasPrefix(held) {
      let rest = String(quote.dropFirst(held.count))
      let forms = ["license", "licence", "certification", "certificate", "certified"].map {
        rest + " " + $0
      }
      return forms.contains(where: sources.contains) || context.lexicon.entry(for: rest) != nil
    }
    return false
  }

  /// Product names written as letters and digits with a lowercase letter ("Rx30") or in
  /// CamelCase ("QRadar", "MicroStation") that neither the resume nor the posting names.
  static func products(
    _ sentence: LetterText.Sentence, _ sources: ClaimSources, _ context: ReviewContext
  ) -> [Hit] {
    let text = context.letter.text
    let company = context.job?.company ?? ""
    return sentence.words.filter { word in
      let written = text[word.range]
      guard isCoded(written) || isCamelCase(written) else { return false }
      let quote = String(written)
      return !sources.contains(quote) && context.lexicon.entry(for: quote) == nil
        && context.job?.lines.contains(where: { $0.text.contains(quote) }) != true
        && !NameMatching.sameOrganisation(quote, company)
    }.map {
      Hit(
        range: $0.range, message: "check '\(text[$0.range])': your resume does not mention it",
        severity: .error)
    }
  }

  /// "Rx30": letters and digits with a lowercase letter.
  private static func isCoded(_ written: Substring) -> Bool {
    (3...8).contains(written.count) && written.first?.isLetter == true
      && written.contains(where: \.isNumber) && written.contains(where: \.isLowercase)
      && written.allSatisfy { $0.isLetter || $0.isNumber }
  }

  /// Surname prefixes that put a capital inside a person's or place's name ("McAllen",
  /// "DeKalb", "MacArthur", "LaGuardia").
  private static let namePrefixes = ["Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von"]

  /// "QRadar", "MicroStation": letters only, a capital first and another after a small one.
  private static func isCamelCase(_ written: Substring) -> Bool {
    guard (4...20).contains(written.count), written.first?.isUppercase == true,
      written.allSatisfy(\.isLetter), !namePrefixes.contains(where: written.hasPrefix)
    else { return false }
    // "QRadar": two capitals before the first small letters.
    if written.prefix(while: \.isUppercase).count == 2 { return true }
    // "MicroStation": a capital after small letters, with two small ones after it ("PhDs"
    // and "PharmD" are degrees).
    let characters = Array(written)
    return characters.indices.dropFirst(2).contains { index in
      characters[index].isUppercase && characters[index - 1].isLowercase
        && index + 2 < characters.count && characters[index + 1].isLowercase
        && characters[index + 2].isLowercase
    }
  }
}
