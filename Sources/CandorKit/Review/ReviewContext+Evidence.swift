/// Evidence in a letter: named technologies, numbers that measure work, named things.
extension ReviewContext {
  /// Lexicon categories that name a concrete technology or tool.
  static let technologyCategories: Set<SkillCategory> = [
    .language, .framework, .database, .cloud, .tool,
  ]

  /// Lexicon technology terms in `range`.
  func technologyTerms(in range: Range<String.Index>) -> [TermMatch] {
    terms(in: range, of: Self.technologyCategories)
  }

  /// Lexicon terms of `categories` that start in `range`.
  func terms(in range: Range<String.Index>, of categories: Set<SkillCategory>) -> [TermMatch] {
    // `terms` are in text order: find the first one in `range` by binary search, so asking
    // for every sentence of a long letter stays linear.
    let all = terms
    let low = all.partitioningIndex { $0.range.lowerBound >= range.lowerBound }
    return all[low...].prefix { $0.range.lowerBound < range.upperBound }.filter {
      categories.contains($0.category)
    }
  }

  /// True when `range` overlaps one of the letter's lexicon terms: the furthest end among
  /// the terms that start before `range` ends, found by binary search.
  func overlapsTerm(_ range: Range<String.Index>) -> Bool {
    guard !range.isEmpty else { return false }
    let before = terms.partitioningIndex { $0.range.lowerBound >= range.upperBound }
    guard before > 0, let end = termEnds[before - 1] else { return false }
    return end > range.lowerBound
  }

  /// Ranges in `sentence` that name a technology: lexicon terms, or words shaped like
  /// product names (JavaScript, Node.js, C++, .NET, S3).
  func technologyMentions(in sentence: LetterText.Sentence) -> [Range<String.Index>] {
    if let cached = mentionCache[sentence.range] { return cached }
    // Named products only: "cloud computing" is a field, "AWS" is a technology, and
    // "real-time operating systems" a kind of tool that names no product.
    var ranges = technologyTerms(in: sentence.range).filter {
      $0.term.contains { $0.isUppercase || $0.isNumber } && !lexicon.isKind($0.term)
    }.map(\.range)
    for word in sentence.words where Self.looksLikeTechnology(letter.text[word.range]) {
      if !ranges.contains(where: { $0.overlaps(word.range) }) { ranges.append(word.range) }
    }
    // "I use Polaris every day": a tool the lexicon lacks, which the resume or posting names.
    for range in unlistedProducts(in: sentence) where inputsName(quote(range)) {
      if !ranges.contains(where: { $0.overlaps(range) }) { ranges.append(range) }
    }
    ranges.sort { $0.lowerBound < $1.lowerBound }
    mentionCache[sentence.range] = ranges
    return ranges
  }

  /// CamelCase (GitHub, iOS), dotted (Node.js, ASP.NET), symbol-suffixed (C++, C#) or
  /// letter-digit (S3, EC2) names.
  static func looksLikeTechnology(_ word: Substring) -> Bool {
    let scalars = word.unicodeScalars
    var count = 0
    var letters = 0
    var hasDot = false
    var hasDigit = false
    var beforeLast: Unicode.Scalar?
    var last: Unicode.Scalar?
    for scalar in scalars {
      count += 1
      if ScalarClass.isLetter(scalar) { letters += 1 }
      if scalar == "." { hasDot = true }
      if ScalarClass.isDigit(scalar) { hasDigit = true }
      beforeLast = last
      last = scalar
    }
    guard count >= 2, let first = scalars.first, let last else { return false }
    if last == "#" || first == "." || (last == "+" && beforeLast == "+") {
      return true
    }
    if hasDot, letters >= 4, last != "." {
      return !["e.g", "i.e", "u.s", "u.k", "ph.d"].contains(word.lowercased())
    }
    if ScalarClass.isLetter(first), hasDigit, count <= 8 {
      return true
    }
    var sawLower = ScalarClass.isLowercase(first)
    for scalar in scalars.dropFirst() {
      if ScalarClass.isUppercase(scalar) && sawLower { return true }
      if ScalarClass.isLowercase(scalar) { sawLower = true }
    }
    return false
  }

  /// Numbers that measure work: not years of tenure, not distances or weights.
  func evidenceQuantities(in sentence: LetterText.Sentence) -> [Quantity] {
    if let cached = quantityCache[sentence.range] { return cached }
    let text = letter.text[sentence.range]
    guard text.unicodeScalars.contains(where: ScalarClass.isDigit) else { return [] }
    let found = QuantityExtractor.quantities(in: String(text)).filter { quantity in
      guard quantity.unit != "years" else { return false }
      guard let found = text.range(of: quantity.text) else { return true }
      let next = text[found.upperBound...].firstPiece { !$0.isLetter }
      return !Self.physicalUnits.contains(next.map { $0.lowercased() } ?? "")
    }
    quantityCache[sentence.range] = found
    return found
  }

  private static let physicalUnits: Set<String> = [
    "km", "kilometers", "kilometres", "mi", "miles", "kg", "lb", "lbs", "pounds", "m",
    "meters", "metres", "cm", "ft", "feet", "year", "years", "old",
  ]

  private static let commonCapitalized: Set<String> = [
    "i", "dear", "mr", "ms", "mrs", "dr", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "english",
  ]

  /// Capitalised words that are not the first word of their sentence: names of employers,
  /// projects, products and people. Short acronyms ("AI", "CRM") name categories, not things,
  /// and are left out.
  func namedThings(in sentence: LetterText.Sentence) -> [LetterWord] {
    if let cached = nameCache[sentence.range] { return cached }
    let names = sentence.words.dropFirst().filter { word in
      guard word.isCapitalized, !Self.commonCapitalized.contains(word.key),
        word.range != sentence.words.first?.range
      else { return false }
      let text = letter.text[word.range]
      return text.count > 3 || text.contains(where: \.isLowercase)
    }
    nameCache[sentence.range] = names
    return names
  }

  private static let technicalWords: Set<String> = [
    "software", "developer", "engineer", "engineering", "programmer", "programming", "devops",
    "backend", "frontend", "fullstack", "data", "cloud", "network", "infrastructure",
    "sysadmin", "web", "mobile", "ios", "android", "security", "qa", "sre", "developers",
  ]

  /// The posting's title, or without a posting the letter itself, is about technical work.
  var isTechnicalRole: Bool {
    if let job {
      let title = job.title ?? ""
      let words = WordTokenizer.words(in: title, range: title.startIndex..<title.endIndex)
      if words.contains(where: { Self.technicalWords.contains($0.key) }) { return true }
      return job.skills.filter { Self.technologyCategories.contains($0.category) }.count >= 3
    }
    let words = bodySentences.flatMap(\.sentence.words)
    let technical = words.filter { Self.technicalWords.contains($0.key) }.count
    return technical >= 2
  }
}
