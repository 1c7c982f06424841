import Foundation

/// A degree the resume lists as still to come ("B.S. Civil Engineering, expected May 2027")
/// that a letter gives as earned ("I earned a B.S.", "My B.S. … is from Boise State"): a
/// degree not yet awarded is claimed as held.
enum ExpectedDegrees {
  /// Words that speak of a degree still in progress ("I am completing my B.S.", "a senior
  /// graduating in May"); the claim is then the resume's own.
  private static let progressWords: Set<String> = [
    "completing", "finishing", "earning", "graduate", "graduating", "student", "senior",
    "final", "due", "until", "current", "currently", "will", "finish", "complete",
  ]

  /// The finding for `match`, a degree in `sentence`, when every entry of the resume that
  /// names it ends after this month.
  static func hit(
    _ match: TermMatch, in sentence: LetterText.Sentence, _ context: ReviewContext
  ) -> Hit? {
    guard match.category == .degree, let resume = context.resume?.resume,
      sentence.words.allSatisfy({ !progressWords.contains($0.key) })
    else { return nil }
    let known = context.lexicon.entry(for: match.term)?.spellings ?? []
    let spellings = Set(([match.term, match.spelling] + known).map { $0.lowercased() })
    let named = resume.education.filter { education in
      let name = [education.studyType, education.area].compactMap { $0 }
        .joined(separator: " ").lowercased()
      return spellings.contains { ClaimSources.holds(name, $0) }
    }
    guard !named.isEmpty else { return nil }
    let due = named.compactMap { future($0.endDate) }
    guard due.count == named.count, let first = due.first else { return nil }
    return Hit(
      range: match.range,
      message: "check '\(match.spelling)': your resume expects it in \(first), so it is not "
        + "earned yet; say you are completing it",
      severity: .error)
  }

  /// "May 2027" for an end date ("2027-05", "2027") after the current month, else nil.
  private static func future(_ date: String?) -> String? {
    guard let date else { return nil }
    let parts = date.split(separator: "-").compactMap { Int($0) }
    guard let year = parts.first else { return nil }
    let now = Calendar(identifier: .gregorian).dateComponents([.year, .month], from: Date())
    let month = parts.count > 1 && (1...12).contains(parts[1]) ? parts[1] : nil
    let later =
      year > (now.year ?? 0) || (year == now.year && (month ?? 12) > (now.month ?? 12))
    guard later else { return nil }
    return month.map { "\(LetterDate.months[$0 - 1]) \(year)" } ?? "\(year)"
  }
}
