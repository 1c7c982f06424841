/// A title written in lower case before an employer: "six years as a foreman at Siemens",
/// "I worked as a charge nurse at Mercy", "As charge nurse of the ICU at Essentia", "as
/// charge accountant and team lead at Hartwell". The resume's positions must show it, as
/// they must a capitalised title (`NameClaims`).
enum RoleNounClaims {
  /// Roles one holds without a position: "as a volunteer at", "as a student at".
  private static let notTitles: Set<String> = [
    "student", "volunteer", "member", "guest", "customer", "patient", "parent", "client",
    "user", "result", "team", "group", "whole", "part",
  ]
  private static let employerLinks: Set<String> = ["at", "for", "with"]
  /// Words before "as" that make it a comparison, not a title ("such as", "as well as").
  private static let comparisons: Set<String> = [
    "such", "well", "as", "same", "known", "much", "many", "long", "soon", "far", "just", "so",
  ]
  /// Words that open no title: "as any therapist at …", "as every nurse at …".
  private static let notOpeners: Set<String> = [
    "any", "every", "each", "some", "another", "other", "one", "no", "all", "most",
  ]

  static func hits(
    _ sentence: LetterText.Sentence, _ sources: ClaimSources, _ context: ReviewContext
  ) -> [Hit] {
    let words = sentence.words
    let text = context.letter.text
    return words.indices.dropLast(2).flatMap { index -> [Hit] in
      guard words[index].key == "as",
        index == 0 || !comparisons.contains(words[index - 1].key)
      else { return [] }
      let hasArticle = ["a", "an", "the"].contains(words[index + 1].key)
      let first = hasArticle ? index + 2 : index + 1
      guard first < words.count, !notOpeners.contains(words[first].key) else { return [] }
      var end = first
      while end < words.count, end - first < 7, !words[end].isCapitalized,
        !employerLinks.contains(words[end].key), words[end].key != "of",
        words[end].key.allSatisfy(\.isLetter)
      {
        end += 1
      }
      guard end > first, let employer = employerStart(after: end, words) else { return [] }
      // "charge accountant and team lead": each title the writer names is one claim.
      // Without an article, or with an "of" phrase after it, only a title noun is a title.
      let loose = !hasArticle || words[end].key == "of"
      let parts = titleParts(first..<end, words)
      guard !parts.isEmpty, parts.allSatisfy({ isTitle($0, words, bare: loose) }),
        !isPostingsCompany(from: employer, words, context)
      else { return [] }
      return parts.compactMap { part in
        let start = words[part.lowerBound].range.lowerBound
        let range = start..<words[part.upperBound - 1].range.upperBound
        let title = String(text[range])
        guard !title.contains(","), !isShown(title, sources) else { return nil }
        return Hit(
          range: range, message: "check '\(title)': your resume does not show this title",
          severity: .error)
      }
    }
  }

  /// Where the employer's name starts after the title ending at `end`: right after "at",
  /// "for" or "with", or after a short "of" phrase ("charge nurse of the ICU at Essentia").
  private static func employerStart(after end: Int, _ words: [LetterWord]) -> Int? {
    var link = end
    if link < words.count, words[link].key == "of" {
      link += 1
      while link < words.count, link - end <= 4, !employerLinks.contains(words[link].key) {
        link += 1
      }
    }
    guard link + 1 < words.count, employerLinks.contains(words[link].key),
      words[link + 1].isCapitalized
    else { return nil }
    return link + 1
  }

  /// The titles of a run of lower-case words, parted at "and", each of at most three words.
  private static func titleParts(_ run: Range<Int>, _ words: [LetterWord]) -> [Range<Int>] {
    var parts: [Range<Int>] = []
    var start = run.lowerBound
    for index in run where words[index].key == "and" {
      parts.append(start..<index)
      start = index + 1
    }
    parts.append(start..<run.upperBound)
    guard parts.allSatisfy({ !$0.isEmpty && $0.count <= 3 }) else { return [] }
    return parts
  }

  /// A title's last word names a role; when `bare` ("as charge nurse") it must be a title
  /// noun, since "as part of" and "as needed" name none.
  private static func isTitle(_ part: Range<Int>, _ words: [LetterWord], bare: Bool) -> Bool {
    let last = words[part.upperBound - 1].key
    guard !notTitles.contains(last) else { return false }
    return !bare || PostingRoleWords.nouns.contains(last)
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
