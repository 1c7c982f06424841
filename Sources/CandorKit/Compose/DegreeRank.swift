/// How far up the ladder of study a degree sits, so a letter names the highest first: an
/// MBA before the school-leaving certificate listed above it.
enum DegreeRank {
  /// 4 doctorate, 3 master's, 2 bachelor's, 1 anything unrecognised (diplomas, courses),
  /// 0 school-leaving certificates.
  static func rank(_ studyType: String?) -> Int {
    let tokens = Tokenizer.tokens(in: (studyType ?? "").lowercased())
      .filter { !$0.isPunctuation }.map(\.folded)
    // "B.Sc" tokenizes as "b", "sc": the joined form is the abbreviation.
    let joined = tokens.joined()
    // "M.Acc." may tokenize as one word with its dot: its letters alone are the abbreviation.
    let words = tokens + [joined, (studyType ?? "").lowercased().filter(\.isLetter)]
    if words.contains(where: doctorate.contains) { return 4 }
    if words.contains(where: masters.contains) || joined.hasPrefix("master") { return 3 }
    if words.contains(where: bachelors.contains) || joined.hasPrefix("bachelor") { return 2 }
    if words.contains(where: school.contains) { return 0 }
    return 1
  }

  /// True when `studyType` names a degree or a credential a programme awards ("B.A.",
  /// "Associate of Arts", "Paralegal Certificate", "High School Diploma"), not a course
  /// known by its subject ("Formation GraphQL").
  static func isAward(_ studyType: String) -> Bool {
    let words = ContentWords.of(studyType)
    return rank(studyType) != 1 || !words.isDisjoint(with: awardWords)
      || awardAbbreviations.contains(studyType.lowercased().filter(\.isLetter))
  }

  private static let awardWords = ContentWords.of(
    "certificate certification diploma license licence degree associate associates")
  private static let awardAbbreviations: Set<String> = ["aa", "as", "aas", "aat", "aba"]

  private static let doctorate: Set<String> = [
    "phd", "doctorate", "doctor", "dphil", "edd", "dpt", "dnp", "pharmd", "psyd", "dvm", "jd",
    "dmd", "dsw", "dma",
  ]
  private static let masters: Set<String> = [
    "mba", "ms", "msc", "ma", "mca", "mtech", "meng", "mcom", "mphil", "llm", "med", "mfa",
    "mph", "mpa", "msn", "mstr", "maestria", "maestría", "master", "macc", "macct", "mpacc",
    "msw", "mls", "mlis", "mat", "mha", "mhsa", "msed", "mpp", "mot", "msot", "mdiv", "masc",
    "mcs", "maed", "mae", "eds", "mse", "mps",
  ]
  private static let bachelors: Set<String> = [
    "bs", "bsc", "ba", "btech", "be", "beng", "bcom", "bca", "bba", "llb", "bed", "bfa", "bsn",
    "licenciatura", "licence", "bachelor", "bsw", "bas", "bgs", "bsba", "bsed", "barch", "basc",
    "bcs",
  ]
  private static let school: Set<String> = [
    "hsc", "ssc", "sslc", "cbse", "icse", "ged", "matriculation", "secondary", "hsslc",
  ]
}
