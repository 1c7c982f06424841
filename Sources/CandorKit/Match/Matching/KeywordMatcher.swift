/// Matches a resume, a letter, or both against a posting's keywords the way an ATS screen
/// does, and shows its work: where each keyword was found, what is missing, what the person
/// can truthfully add, and signs of keyword stuffing. Same inputs, same report.
public enum KeywordMatcher {
  /// How many of the posting's keywords a match weighs: the heaviest, as a screen would.
  public static let keywordLimit = 25

  /// The match report for the documents given; `resumeSource` (the resume file's text)
  /// lets the report name lines.
  public static func match(
    posting: JobPosting, resume: ParsedResume? = nil, resumeSource: String? = nil,
    letter: String? = nil, lexicon: Lexicon = .standard
  ) -> MatchReport {
    let keywords = Array(
      KeywordExtractor.keywords(of: posting, lexicon: lexicon).prefix(keywordLimit))
    var documents: [MatchDocument] = []
    if let resume { documents.append(ResumePlaces.document(resume.resume, source: resumeSource)) }
    if let letter { documents.append(LetterPlaces.document(LetterText(letter))) }
    let finder = KeywordFinder(keywords: keywords, lexicon: lexicon)
    let found = documents.map {
      DocumentMatch(document: $0, occurrences: finder.occurrences(in: $0))
    }
    let results = keywords.map { KeywordResults.result(for: $0, in: found) }
    let rates = found.map { document in
      MatchRates.rate(keywords) { keyword in document.shows(keyword) }
    }
    let rate = MatchRates.rate(zip(keywords, results).map { ($0, $1.found) })
    return MatchReport(
      title: posting.title, company: posting.company, documents: found.map(\.document.kind),
      matchRate: rate, resumeRate: found.count == 2 ? rates[0] : nil,
      letterRate: found.count == 2 ? rates[1] : nil, keywords: results,
      categories: MatchRates.byCategory(results), tiers: MatchRates.byTier(results),
      coverage: found.count == 2
        ? CoverageCheck.coverage(posting, keywords, resume: found[0], letter: found[1]) : nil,
      recommendations: Recommendations.list(keywords, found),
      gaps: Recommendations.gaps(keywords, results),
      warnings: StuffingCheck.warnings(found, keywords: keywords, posting: posting),
      advice: MatchRates.advice(rate))
  }
}

/// One document and the keyword occurrences found in it.
struct DocumentMatch: Sendable {
  var document: MatchDocument
  var occurrences: [KeywordFinder.Occurrence]

  /// The occurrences of any of the keyword's options.
  func occurrences(of keyword: PostingKeyword) -> [KeywordFinder.Occurrence] {
    let keys = Set(keyword.options.map(\.key))
    return occurrences.filter { keys.contains($0.key) }
  }

  /// The occurrences of any term that meets the keyword: its options, or a partner the
  /// posting offered in its place.
  func meetings(of keyword: PostingKeyword) -> [KeywordFinder.Occurrence] {
    let keys = keyword.meetingKeys
    return occurrences.filter { keys.contains($0.key) }
  }

  /// True when the document meets the keyword, itself or through a partner.
  func shows(_ keyword: PostingKeyword) -> Bool {
    !meetings(of: keyword).isEmpty
  }

  /// True when a place that shows use (a role, a highlight, a project, a letter paragraph)
  /// names the keyword, not only a list.
  func showsInUse(_ keyword: PostingKeyword) -> Bool {
    occurrences(of: keyword).contains { document.places[$0.place].showsUse }
  }
}
