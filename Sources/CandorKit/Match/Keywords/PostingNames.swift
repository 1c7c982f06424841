/// The posting's own names, which are no keywords: the hiring company and its location;
/// and its title, whose terms weigh more.
struct PostingNames {
  private let company: String?
  private let places: [String]
  private let title: String?
  /// The company and title as written, to find them inside lines.
  private let written: [String]

  init(_ posting: JobPosting) {
    company = posting.company.map(KeywordKey.normalized).flatMap { $0.isEmpty ? nil : $0 }
    written = [posting.company, posting.title].compactMap { $0 }.filter { $0.count >= 3 }
    places = (posting.location ?? "").split(whereSeparator: { ",/()".contains($0) })
      .map { KeywordKey.normalized(String($0)) }.filter { $0.count >= 3 }
    title = posting.title.map(KeywordKey.normalized)
  }

  /// `hits` without those that name the posting's place ("Aurora" in Aurora, OH), lie
  /// inside a longer mention of the company's name or the job title ("Freight" in
  /// "Larkspur Freight"), or are discovered names for the company ("Acme"). A lexicon term
  /// that is the company's whole name stays ("ServiceNow").
  func removing(from hits: [TermHit], in line: String) -> [TermHit] {
    guard !hits.isEmpty else { return hits }
    let search = FoldedSearch(line)
    let mentions = written.flatMap { search.ranges(of: $0) }
    return hits.filter { hit in
      let inside = mentions.contains { found in
        found.lowerBound <= hit.range.lowerBound && hit.range.upperBound <= found.upperBound
          && found != hit.range
      }
      return !inside && !names(hit)
    }
  }

  /// True when the hit's spelling is the place, or a discovered name for the company.
  private func names(_ hit: TermHit) -> Bool {
    guard !places.isEmpty || !hit.isKnown else { return false }
    let spelling = KeywordKey.normalized(hit.spelling)
    if places.contains(spelling) { return true }
    guard !hit.isKnown else { return false }
    if let company, Self.containsWords(company, spelling) || Self.containsWords(spelling, company) {
      return true
    }
    return places.contains { Self.containsWords($0, spelling) }
  }

  /// The title's comparison key, level words and all.
  var titleKey: String { title ?? "" }

  /// True when the job title names one of the tally's spellings.
  func inTitle(_ tally: KeywordTally) -> Bool {
    guard let title else { return false }
    return tally.spellings.contains { Self.containsWords(title, KeywordKey.normalized($0.text)) }
  }

  /// True when `part` is `text` or a run of whole words inside it.
  static func containsWords(_ text: String, _ part: String) -> Bool {
    !part.isEmpty && " \(text) ".contains(" \(part) ")
  }
}
