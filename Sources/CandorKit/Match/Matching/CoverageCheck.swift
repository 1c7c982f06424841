/// For a resume and a letter together: which requirements each covers, the must-haves
/// neither shows, and letter sentences that only repeat resume lines.
enum CoverageCheck {
  /// Share of a letter sentence's meaningful words found in one resume line for it to
  /// count as a repeat.
  static let repeatShare = 0.8

  static func coverage(
    _ posting: JobPosting, _ keywords: [PostingKeyword], resume: DocumentMatch,
    letter: DocumentMatch
  ) -> Coverage {
    let requirements = posting.requirements.map { requirement in
      let related = keywords.filter { keyword in
        keyword.options.contains { option in
          requirement.skills.contains { KeywordKey.normalized($0) == option.key }
        }
      }
      return RequirementCoverage(
        text: requirement.text, line: requirement.line, tier: requirement.tier,
        inResume: covers(resume, related, requirement.text),
        inLetter: covers(letter, related, requirement.text))
    }
    let missing = keywords.filter {
      $0.tier == .required && !resume.shows($0) && !letter.shows($0)
    }
    let repeats = repeatedBullets(letter: letter.document, resume: resume.document)
    let sentences = letter.document.places.reduce(0) { $0 + $1.sentences.count }
    return Coverage(
      requirements: requirements, missingMustHaves: missing.map(\.term), repeatedBullets: repeats,
      letterOnlyRepeats: repeats.count >= 2 && repeats.count * 2 >= sentences)
  }

  /// A document covers a requirement when it shows one of the requirement's keywords, or,
  /// for a requirement with none, when one place shares two meaningful words with it.
  private static func covers(
    _ document: DocumentMatch, _ related: [PostingKeyword], _ text: String
  ) -> Bool {
    if !related.isEmpty { return related.contains(where: document.shows) }
    let words = ContentWords.of(text)
    return document.document.places.contains {
      ContentWords.of($0.text).intersection(words).count >= 2
    }
  }

  /// Letter sentences whose meaningful words nearly all come from one resume line.
  static func repeatedBullets(letter: MatchDocument, resume: MatchDocument) -> [RepeatedBullet] {
    let lines = resume.places.filter(\.showsUse).map { ($0, ContentWords.of($0.text)) }
    var result: [RepeatedBullet] = []
    for place in letter.places {
      for sentence in place.sentences {
        let words = ContentWords.of(sentence)
        guard words.count >= 5 else { continue }
        let best = lines.max { $0.1.intersection(words).count < $1.1.intersection(words).count }
        guard let (line, lineWords) = best,
          Double(lineWords.intersection(words).count) >= repeatShare * Double(words.count)
        else { continue }
        result.append(
          RepeatedBullet(
            sentence: sentence, paragraph: place.paragraph ?? 0, resumeText: line.text,
            resumePath: line.path))
      }
    }
    return result
  }
}
