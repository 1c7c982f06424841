/// A result the letter moves from one employer to another: "At Sunnyside Elementary, I moved
/// 9 of 12 students to on-level" when the resume gives that result under Riverbend Charter
/// Academy. A sentence that names one of the resume's employers and a figure the resume
/// states only under others is an error: the reader checks dates and references by employer.
enum EmployerAttribution {
  static func hits(_ sentence: LetterText.Sentence, _ context: ReviewContext) -> [Hit] {
    guard let resume = context.resume, let named = employer(in: sentence, resume) else {
      return []
    }
    let text = context.letter.text[sentence.range]
    guard text.contains(where: \.isNumber) else { return [] }
    let own = figures(of: named, resume)
    let quantities = QuantityExtractor.quantities(in: String(text))
    for quantity in quantities where quantity.unit != "years" {
      let owners = employers(stating: quantity.value, resume)
      guard !owners.isEmpty, !own.contains(where: { ClaimSources.isSame($0, quantity.value) }),
        let found = UnsupportedClaimCheck.figure(quantity.text, in: text)
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

  /// The one employer of the resume the sentence names, as the resume writes it up to its
  /// first comma ("Sunnyside Elementary" of "Sunnyside Elementary, Kerman Unified School
  /// District"); nil when it names none or several.
  private static func employer(in sentence: LetterText.Sentence, _ resume: ParsedResume)
    -> String?
  {
    let names = Set(jobs(resume).compactMap(\.organization).map(shortName))
    let named = names.filter { name in
      NameMatching.mentions(sentence.words, NameMatching.variants(of: name))
    }
    return named.count == 1 ? named.first : nil
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
