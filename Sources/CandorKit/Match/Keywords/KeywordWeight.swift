/// How much a keyword counts: the weight of the strongest line it appears on, its kind,
/// repetition with diminishing returns after the third mention, and an early position.
enum KeywordWeight {
  static func weight(of tally: KeywordTally, inTitle: Bool) -> Double {
    let place = inTitle ? titleFactor : position(tally.firstOrder)
    let team = tally.onlyNamesTeams && !inTitle ? teamFactor : 1
    let example = tally.onlyExamples ? exampleFactor : 1
    let score =
      tally.lineWeight * factor(tally) * repetition(tally.count) * place * team
      * example
    return (score * 100).rounded() / 100
  }

  /// 1 for one mention, +0.2 for the second and third, +0.05 for each one after.
  static func repetition(_ count: Int) -> Double {
    1 + 0.2 * Double(min(max(count - 1, 0), 2)) + 0.05 * Double(max(count - 3, 0))
  }

  /// A term that only ever names a team ("our customer success team") counts under a third:
  /// labelled postings rarely keep one.
  static let teamFactor = 0.3

  /// A list of examples counts less than a term asked for by name.
  static let exampleFactor = 0.6

  /// A term the job title names counts more than one in the first lines.
  static let titleFactor = 1.3

  /// Terms in the first lines of a posting count a little more.
  static func position(_ order: Int) -> Double {
    order < 3 ? 1.15 : 1
  }

  /// Named tools, languages and credentials count fully; methods and fields a little less;
  /// degrees, soft skills and names the lexicon lacks least, except the soft skills screens
  /// commonly look for.
  static func factor(_ tally: KeywordTally) -> Double {
    switch tally.kind {
    case .method: return 0.85
    case .domain: return 0.8
    case .degree: return 0.6
    case .softSkill: return screenedSoftSkills.contains(tally.key) ? 0.75 : 0.45
    case nil: return 0.5
    default: return 1
    }
  }

  /// Soft skills that screens and recruiters commonly search for, by lexicon key.
  static let screenedSoftSkills: Set<String> = [
    "communication", "collaboration", "leadership", "problem solving", "attention to detail",
    "time management", "multitasking", "prioritization", "mentoring", "organizational skills",
    "teamwork", "customer focus",
  ]
}
