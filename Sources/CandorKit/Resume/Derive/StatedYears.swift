/// The years of experience a resume states about itself in its label or summary: "8 years
/// of experience", "over 10 years of warehouse experience", "5+ years' experience". A
/// person's own count wins over the one worked out from dated roles, which misses roles
/// the resume leaves out or leaves undated.
enum StatedYears {
  /// The largest count the label and summary state; nil when neither states one. The
  /// largest, because "10 years of experience, 3 of them in Python" counts a part too.
  /// `atLeast` is true when the count is a floor ("over 10 years", "5+ years").
  static func years(in basics: Resume.Basics?) -> (years: Double, atLeast: Bool)? {
    [basics?.label, basics?.summary].compactMap { $0 }.flatMap(counts(in:))
      .max { $0.years < $1.years }
  }

  /// True when a stated count stands though the dated roles, run to today, cover more:
  /// read as of the last date the resume writes, the roles agree with it (a year more at
  /// most), and today's figure is over four years past it. Such a resume was written years
  /// ago ("three years" over roles from 2019 to "Current" in 2021); its present role may
  /// have ended since, and the person's own count is the sure one. "7 years" over roles
  /// from 2017 on, read in 2026, is only a resume not brought up to date, and gives way.
  static func outlasts(_ stated: Double, dated: Double, asWritten: Double) -> Bool {
    asWritten <= stated + 1 && dated - stated > 4
  }

  /// The years `text` states; "nearly 10 years" states none.
  static func counts(in text: String) -> [(years: Double, atLeast: Bool)] {
    pattern.allGroups(in: text).compactMap { groups in
      guard groups.count > 3 else { return nil }
      let qualifier = groups[1].lowercased()
      guard qualifier.isEmpty || floors.contains(qualifier) else { return nil }
      let number = groups[2].lowercased()
      guard let years = Double(number) ?? numberWords[number] else { return nil }
      return (years, !qualifier.isEmpty || !groups[3].isEmpty)
    }
  }

  /// The words before a count that make it a floor; the pattern's others make it a guess.
  private static let floors: Set<String> = ["over", "more than"]

  private static let pattern = Pattern(
    joining: [
      #"(?:\b(nearly|almost|about|around|under|less than|over|more than)\s+)?\b(\d{1,2}|"#,
      NumberWords.alternatives(numberWords),
      #")(\+)?\s*(?:years?|yrs?)['’]?(?:\s+of)?(?:\s+[\p{L}&/-]+){0,3}?\s+experience\b"#,
    ], requiring: ["experience"])

  private static let numberWords = NumberWords.english
}
