/// A result the letter moves from one employer to another: "At Sunnyside Elementary, I moved
/// 9 of 12 students to on-level" when the resume gives that result under Riverbend Charter
/// Academy. A sentence that names one of the resume's employers and a figure the resume
/// states only under others is an error: the reader checks dates and references by employer.
enum EmployerAttribution {
  static func hits(_ sentence: LetterText.Sentence, _ context: ReviewContext) -> [Hit] {
    guard let resume = context.resume else { return [] }
    let text = context.letter.text[sentence.range]
    guard text.contains(where: \.isNumber) else { return [] }
    let mentions = self.mentions(in: sentence, resume)
    guard !mentions.isEmpty else { return [] }
    let quantities = QuantityExtractor.quantities(in: String(text))
    for quantity in quantities where quantity.unit != "years" {
      let owners = employers(stating: quantity.value, resume)
      guard !owners.isEmpty, let found = UnsupportedClaimCheck.figure(quantity.text, in: text),
        let named = owner(of: found, mentions, sentence, context.letter.text),
        !figures(of: named, resume).contains(where: { ClaimSources.isSame($0, quantity.value) })
      else { continue }
      let others = owners.sorted().joined(separator: " and ")
      return [
        Hit(
          range: found,
          message: "check '\(quantity.text)': your resume gives it for \(others), not "
            + "\(named)",
          suggestion: "name the employer where you did it, or take it out of the letter",
          severity: .error)
      ]
    }
    return []
  }

  /// The resume's employers the sentence names, as the resume writes them up to the first
  /// comma ("Sunnyside Elementary" of "Sunnyside Elementary, Kerman Unified School
  /// District"), each with the index of the word where the sentence names it. Where two
  /// employers share the words written ("Tacoma" of "Tacoma Public Library" and "Tacoma
  /// Youth Soccer"), the longer match names one; an even one names neither.
  private static func mentions(in sentence: LetterText.Sentence, _ resume: ParsedResume)
    -> [(name: String, word: Int)]
  {
    let names = Set(jobs(resume).compactMap(\.organization).map(shortName))
    let keys = sentence.words.map { NameMatching.nameKey($0.key) }
    var best: [Int: (names: Set<String>, length: Int)] = [:]
    for name in names {
      for variant in NameMatching.variants(of: name) where keys.count >= variant.count {
        for start in 0...(keys.count - variant.count)
        where keys[start..<(start + variant.count)].elementsEqual(variant) {
          let length = best[start]?.length ?? 0
          if variant.count > length {
            best[start] = ([name], variant.count)
          } else if variant.count == length {
            best[start]?.names.insert(name)
          }
        }
      }
    }
    return best.compactMap { start, found in
      found.names.count == 1 ? (found.names.first!, start) : nil
    }.sorted { $0.word < $1.word }
  }

  /// Words that join a new clause after a comma ("…by 60%, and at Quayside I …").
  private static let clauseJoins: Set<String> = ["and", "but", "while", "whereas", "then"]

  /// The employer a figure belongs to: the last one named before it, or else the first one
  /// named after it in the same clause ("I cut waste 30% at Acme"). "…by 60%, and at
  /// Quayside I raised …" gives the 60% to no employer of this sentence.
  private static func owner(
    of figure: Range<String.Index>, _ mentions: [(name: String, word: Int)],
    _ sentence: LetterText.Sentence, _ text: String
  ) -> String? {
    let words = sentence.words
    let earlier = mentions.filter { words[$0.word].range.upperBound <= figure.lowerBound }
    if let before = earlier.last { return before.name }
    guard let after = mentions.first else { return nil }
    let between = words.indices.filter {
      words[$0].range.lowerBound >= figure.upperBound && $0 < after.word
    }
    let broken = between.contains { index in
      guard index > 0 else { return false }
      let gap = LetterWord.gap(words[index - 1], words[index], in: text)
      return gap.contains(";") || (gap.contains(",") && clauseJoins.contains(words[index].key))
    }
    return broken ? nil : after.name
  }

  /// The resume's statements under an employer: work and volunteering, not projects.
  private static func jobs(_ resume: ParsedResume) -> [Evidence] {
    resume.evidence.filter { [.work, .volunteer].contains($0.source) }
  }

  private static func shortName(_ organization: String) -> String {
    String(organization.split(separator: ",").first ?? Substring(organization))
      .trimmingSpaces()
  }

  /// The figures the resume states under `employer`.
  private static func figures(of employer: String, _ resume: ParsedResume) -> [Double] {
    jobs(resume).filter { $0.organization.map(shortName) == employer }
      .flatMap(\.metrics).map(\.value)
  }

  /// The employers under which the resume states `value`.
  private static func employers(stating value: Double, _ resume: ParsedResume) -> Set<String> {
    Set(
      jobs(resume).filter { item in
        item.metrics.contains { ClaimSources.isSame($0.value, value) }
      }
      .compactMap(\.organization).map(shortName))
  }
}
