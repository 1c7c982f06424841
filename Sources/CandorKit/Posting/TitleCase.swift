/// Title case for words found in running text ("senior software engineer").
enum TitleCase {
  private static let small: Set<String> = [
    "of", "and", "for", "the", "in", "at", "to", "with", "on", "a", "an", "or", "de", "y", "la",
    "el", "del", "und", "für", "et", "du", "des",
  ]

  /// Words a title writes in capitals or in a case of their own: acronyms ("RN", "HVAC"),
  /// roman numerals that number a grade ("Adjuster II", "Engineer IV") and product names.
  private static let keptCase: [String: String] = {
    let acronyms = [
      "ux", "ui", "qa", "qc", "it", "hr", "vp", "svp", "evp", "sre", "cto", "ceo", "cfo", "coo",
      "cio", "rn", "lpn", "lvn", "cna", "np", "icu", "nicu", "picu", "pacu", "er", "api", "aws",
      "sql", "ml", "ai", "bi", "etl", "seo", "sem", "pr", "erp", "crm", "ti", "cnc", "hvac",
      "hvacr", "cdl", "emt", "ekg", "ehs", "hse", "gis", "cad", "sdet", "dba", "saas", "ppc",
      "3d", "2d", "k-12", "ot", "slp", "bcba", "cpa", "ap", "ar", "gl", "ct", "mri", "ems",
      "ccrn", "crna", "bsn", "msn", "fnp", "cma", "cmt", "mds", "ob", "gyn", "prn", "eeg", "ldr",
      "rrt",
    ]
    var words = Dictionary(
      uniqueKeysWithValues: (acronyms + romanNumerals).map { ($0, $0.uppercased()) })
    for name in ["iOS", "macOS", "DevOps", "DevSecOps", "MLOps", "SecOps", "FinOps"] {
      words[name.lowercased()] = name
    }
    return words
  }()

  /// "ii" to "xii", lowercased: the numerals that number a grade or a generation, which
  /// keep their capitals in a title ("Adjuster II") or a name ("Harbor III Holdings").
  static let romanNumerals = ["ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii"]

  static func apply(_ text: String) -> String {
    text.split(separator: " ").enumerated().map { tidy($1, at: $0) }.joined(separator: " ")
  }

  /// Title case for a title written in capitals ("RADIOLOGIC TECHNOLOGIST I (CT)"): a
  /// bracketed word of two to four letters is an acronym and keeps its capitals ("(CT)",
  /// "[PACU]"), as do the acronyms `keptCase` knows anywhere in the title.
  static func fromCapitals(_ shouted: String) -> String {
    shouted.split(separator: " ").enumerated().map { index, word in
      isBracketedAcronym(word) ? String(word) : tidy(Substring(word.lowercased()), at: index)
    }.joined(separator: " ")
  }

  /// "(CT)", "[MRI]", "(PACU)," : two to four capital letters between brackets.
  private static func isBracketedAcronym(_ word: Substring) -> Bool {
    let core = word.trimming(charactersIn: ",;:.")
    guard let open = core.first, let close = core.last, "([".contains(open), ")]".contains(close)
    else { return false }
    let letters = core.dropFirst().dropLast()
    return (2...4).contains(letters.count) && letters.allSatisfy { $0.isUppercase }
  }

  private static func tidy(_ word: Substring, at index: Int) -> String {
    let lower = word.lowercased()
    if let kept = keptSpelling(of: lower) { return kept }
    if index > 0, small.contains(lower) { return lower }
    // "(level" → "(Level": the first letter after an opening bracket or quote.
    let marks = word.prefix { "([\"“'".contains($0) }
    let rest = word.dropFirst(marks.count)
    guard rest.first?.isLowercase == true || rest == rest.uppercased() else {
      return String(word)
    }
    let lowerRest = rest.lowercased()
    return marks + lowerRest.prefix(1).uppercased() + lowerRest.dropFirst()
  }

  /// "(ii)" → "(II)", "rn/lpn" → "RN/LPN", "hvac," → "HVAC,": the word's own spelling
  /// inside the marks around it and between slashes; nil when a part is no such word.
  private static func keptSpelling(of lower: String) -> String? {
    let core = lower.trimming(charactersIn: "()[],;:.\"")
    guard !core.isEmpty, let start = lower.range(of: core) else { return nil }
    let parts = core.split(separator: "/", omittingEmptySubsequences: false)
    let kept = parts.compactMap { keptCase[String($0)] }
    guard kept.count == parts.count else { return nil }
    return lower[..<start.lowerBound] + kept.joined(separator: "/")
      + lower[start.upperBound...]
  }
}
