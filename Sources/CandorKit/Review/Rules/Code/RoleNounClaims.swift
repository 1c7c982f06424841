/// A title written in lower case before an employer: "six years as a foreman at Siemens",
/// "I worked as a charge nurse at Mercy". The resume's positions must show it, as they must
/// a capitalised title (`NameClaims`).
enum RoleNounClaims {
  /// Roles one holds without a position: "as a volunteer at", "as a student at".
  private static let notTitles: Set<String> = [
    "student", "volunteer", "member", "guest", "customer", "patient", "parent", "client",
    "user", "result", "team", "group", "whole", "part",
  ]
  private static let employerLinks: Set<String> = ["at", "for", "with"]

  static func hits(
    _ sentence: LetterText.Sentence, _ sources: ClaimSources, _ context: ReviewContext
  ) -> [Hit] {
    let words = sentence.words
    let text = context.letter.text
    return words.indices.dropLast(2).compactMap { index -> Hit? in
      guard words[index].key == "as", ["a", "an"].contains(words[index + 1].key) else {
        return nil
      }
      let first = index + 2
      var end = first
      while end < words.count, end - first < 3, !words[end].isCapitalized,
        !employerLinks.contains(words[end].key), words[end].key.allSatisfy(\.isLetter)
      {
        end += 1
      }
      guard end > first, end + 1 < words.count, employerLinks.contains(words[end].key),
        words[end + 1].isCapitalized, !notTitles.contains(words[end - 1].key)
      else { return nil }
      let range = words[first].range.lowerBound..<words[end - 1].range.upperBound
      let title = String(text[range])
      guard !title.contains(","), !isShown(title, sources),
        !isPostingsCompany(from: end + 1, words, context)
      else { return nil }
      return Hit(
        range: range, message: "check '\(title)': your resume does not show this title",
        severity: .error)
    }
  }

  /// "as a pharmacist at Bramblewood": the job applied for, not a title held.
  private static func isPostingsCompany(
    from start: Int, _ words: [LetterWord], _ context: ReviewContext
  ) -> Bool {
    guard let company = context.job?.company,
      let name = NameMatching.properName(in: words, from: start, text: context.letter.text)
    else { return false }
    let quote = NameMatching.text(words, name, in: context.letter.text)
    return NameMatching.sameOrganisation(quote, company)
  }

  /// One of the resume's positions or its text holds the title.
  private static func isShown(_ title: String, _ sources: ClaimSources) -> Bool {
    sources.contains(title)
      || HeldTitles.isShown(title, by: HeldTitles.titles(of: sources.resume))
  }
}
