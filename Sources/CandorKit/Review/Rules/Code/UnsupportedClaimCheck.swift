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
    let sources = ClaimSources(resume: resume, job: context.job, text: context.resumeText)
    var hits: [Hit] = []
    for (_, sentence) in context.bodySentences {
      let keys = Set(sentence.words.map(\.key))
      guard keys.contains("i") || keys.contains("my") || keys.contains("we") else { continue }
      if !Self.isPlan(sentence) { hits += numbers(sentence, sources, context) }
      hits += names(sentence, sources, context)
      if keys.isDisjoint(with: Self.notClaims) {
        hits += technologies(sentence, sources, context)
      }
    }
    return hits.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  /// "I will call next week for a 30-minute walkthrough": a plan, not a claim.
  private static func isPlan(_ sentence: LetterText.Sentence) -> Bool {
    zip(sentence.words, sentence.words.dropFirst()).contains { $0.key == "i" && $1.key == "will" }
  }

  private func numbers(
    _ sentence: LetterText.Sentence, _ sources: ClaimSources, _ context: ReviewContext
  )
    -> [Hit]
  {
    let text = context.letter.text[sentence.range]
    let all = QuantityExtractor.quantities(in: String(text))
    return all.compactMap { quantity in
      guard let found = text.range(of: quantity.text), !sources.supports(quantity),
        !ClockAndCallTimes.contains(found, in: text)
      else {
        return nil
      }
      let years = sources.resume.yearsOfExperience
      let message =
        quantity.unit == "years" && years > 0
        ? "check '\(quantity.text)': your resume covers about \(Int(years.rounded())) years"
        : "check '\(quantity.text)': your resume does not state this figure"
      return Hit(range: found, message: message)
    }
  }

  private func technologies(
    _ sentence: LetterText.Sentence, _ sources: ClaimSources, _ context: ReviewContext
  ) -> [Hit] {
    // The company being written to may share its name with a product ("ServiceNow"), and
    // the posting's own title may name one ("Ruby on Rails Engineer"): neither is a claim.
    let company = context.job?.company ?? ""
    let title = (context.job?.title ?? "").lowercased()
    return context.technologyTerms(in: sentence.range).filter {
      !sources.supports(term: $0.term) && !NameMatching.sameOrganisation($0.spelling, company)
        && !title.contains($0.spelling.lowercased())
    }.map {
      Hit(range: $0.range, message: "check '\($0.spelling)': your resume does not mention it")
    }
  }

  private static let roleNouns: Set<String> = [
    "engineer", "developer", "manager", "analyst", "designer", "scientist", "architect",
    "specialist", "consultant", "administrator", "coordinator", "assistant", "teacher", "nurse",
    "accountant", "technician", "director", "lead", "intern", "officer", "representative",
  ]

  /// Employers after "at", "for" or "joined", and titles after "as a", "was a" or a bare "as"
  /// ("as Principal Engineer").
  private func names(
    _ sentence: LetterText.Sentence, _ sources: ClaimSources, _ context: ReviewContext
  )
    -> [Hit]
  {
    let words = sentence.words
    let text = context.letter.text
    var hits: [Hit] = []
    for (index, word) in words.enumerated() where index + 1 < words.count {
      var start = index + 1
      let hasArticle = ["a", "an", "the"].contains(words[start].key)
      // "as a Staff Engineer", "was the Lead Developer", and bare "as Principal Engineer".
      let isTitle =
        ["as", "was", "am", "been", "being"].contains(word.key)
        && (hasArticle || (word.key == "as" && words[start].isCapitalized))
      if isTitle && hasArticle { start += 1 }
      guard isTitle || ["at", "for", "joined"].contains(word.key), start < words.count,
        let name = NameMatching.properName(in: words, from: start)
      else { continue }
      if isTitle && !Self.roleNouns.contains(words[name.upperBound - 1].key) { continue }
      let quote = NameMatching.text(words, name, in: text)
      guard !sources.supports(name: quote, lexicon: context.lexicon) else { continue }
      let range =
        words[name.lowerBound].range.lowerBound..<words[name.upperBound - 1].range.upperBound
      let kind = isTitle ? "title" : "name"
      hits.append(
        Hit(range: range, message: "check '\(quote)': your resume does not show this \(kind)"))
    }
    return hits
  }
}

/// What the resume (and the posting, for figures about the company) can back up.
struct ClaimSources {
  let resume: ParsedResume
  let job: JobPosting?
  /// The resume's text, lowercased.
  let text: String
  private let values: [Double]

  init(resume: ParsedResume, job: JobPosting?, text: String) {
    self.resume = resume
    self.job = job
    self.text = text
    let jobText = job?.lines.map(\.text).joined(separator: "\n") ?? ""
    values =
      resume.evidence.flatMap(\.metrics).map(\.value)
      + QuantityExtractor.quantities(in: text).map(\.value)
      + QuantityExtractor.quantities(in: jobText).map(\.value)
  }

  func supports(_ quantity: Quantity) -> Bool {
    if quantity.unit == "years" {
      let years = resume.yearsOfExperience
      return years == 0 || quantity.value <= years + 1
    }
    if text.contains(quantity.text.lowercased()) { return true }
    return values.contains { abs($0 - quantity.value) <= max(0.01, abs(quantity.value) * 0.01) }
  }

  /// True when the resume shows `term`, or, for a kind of tool ("spreadsheets"), a product
  /// of that kind (Excel).
  func supports(term: String) -> Bool {
    if resume.skills.contains(where: { $0.term == term }) { return true }
    if resume.evidence.contains(where: { $0.skills.contains(term) }) { return true }
    if contains(term) { return true }
    return GenericTools.products[term]?.contains { supports(term: $0) } ?? false
  }

  func supports(name: String, lexicon: Lexicon) -> Bool {
    if lexicon.entry(for: name) != nil || contains(name) { return true }
    if let company = job?.company, NameMatching.sameOrganisation(name, company) { return true }
    // The posting's own title is the job applied for, not a claim about the past.
    if let title = job?.title, title.lowercased().contains(name.lowercased()) { return true }
    return false
  }

  /// The resume's text holds `phrase` as whole words, at any of its occurrences.
  func contains(_ phrase: String) -> Bool {
    let folded = phrase.lowercased()
    var searchStart = text.startIndex
    while let found = text.range(of: folded, range: searchStart..<text.endIndex) {
      let before =
        found.lowerBound == text.startIndex ? " " : text[text.index(before: found.lowerBound)]
      let after = found.upperBound == text.endIndex ? " " : text[found.upperBound]
      if !before.isLetter && !after.isLetter { return true }
      searchStart = text.index(after: found.lowerBound)
    }
    return false
  }

  /// Every text field of the resume, lowercased and joined.
  static func text(of parsed: ParsedResume) -> String {
    let resume = parsed.resume
    var parts: [String?] = [
      resume.basics?.name, resume.basics?.label, resume.basics?.summary,
    ]
    for work in resume.work {
      parts += [work.name, work.position, work.summary, work.description]
      parts += (work.highlights ?? []).map(Optional.some)
    }
    for volunteer in resume.volunteer {
      parts += [volunteer.organization, volunteer.position, volunteer.summary]
      parts += (volunteer.highlights ?? []).map(Optional.some)
    }
    for education in resume.education {
      parts += [education.institution, education.area, education.studyType]
      parts += (education.courses ?? []).map(Optional.some)
    }
    for project in resume.projects {
      parts += [project.name, project.description, project.entity]
      parts += (project.highlights ?? []).map(Optional.some)
      parts += (project.keywords ?? []).map(Optional.some)
    }
    for skill in resume.skills {
      parts += [skill.name] + (skill.keywords ?? []).map(Optional.some)
    }
    parts += resume.certificates.flatMap { [$0.name, $0.issuer] }
    parts += resume.awards.flatMap { [$0.title, $0.awarder, $0.summary] }
    parts += resume.publications.flatMap { [$0.name, $0.publisher, $0.summary] }
    // "I speak English" rests on the languages the resume lists.
    parts += resume.languages.flatMap { [$0.language, $0.fluency] }
    parts += parsed.evidence.map(\.text) + parsed.skills.map(\.term)
    return parts.compactMap { $0 }.joined(separator: "\n").lowercased()
  }
}
