/// Whether a resume meets a must-have that asks for years in a field ("8+ years of
/// experience in data engineering"), judged by the years its dated roles add up to.
enum FieldYears {
  /// True when the dated roles cover at least the years `requirement` asks for and each
  /// of its `terms` is a skill the resume shows (`known`) or is named by a job title: a
  /// "Data Engineer" shows data engineering though no line says "data engineering".
  static func isMet(
    _ requirement: Requirement, terms: [String], by resume: ParsedResume,
    known: Set<String>
  ) -> Bool {
    guard let years = requirement.years, years > 0, resume.yearsOfExperience >= years else {
      return false
    }
    let titles = resume.resume.work.compactMap(\.position).map(ClosestFacts.stems)
    return terms.allSatisfy { term in
      if known.contains(term) { return true }
      let wanted = ClosestFacts.stems(term)
      return !wanted.isEmpty && titles.contains { wanted.isSubset(of: $0) }
    }
  }
}
