/// The posting's own names, which are no keywords: the hiring company and its location;
/// and its title, whose terms weigh more.
struct PostingNames {
  private let company: String?
  private let places: [String]
  private let title: String?

  init(_ posting: JobPosting) {
    company = posting.company.map(Lexicon.normalized).flatMap { $0.isEmpty ? nil : $0 }
    places = (posting.location ?? "").split(whereSeparator: { ",/()".contains($0) })
      .map { Lexicon.normalized(String($0)) }.filter { $0.count >= 3 }
    title = posting.title.map(Lexicon.normalized)
  }

  /// True when `hit` names the posting's place ("Aurora" in Aurora, OH), or is a discovered
  /// name for the company ("Acme"); a lexicon term stays even when the company shares its
  /// name ("ServiceNow").
  func contains(_ hit: TermHit) -> Bool {
    let spelling = Lexicon.normalized(hit.spelling)
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
    return tally.spellings.contains { Self.containsWords(title, Lexicon.normalized($0.text)) }
  }

  /// True when `part` is `text` or a run of whole words inside it.
  static func containsWords(_ text: String, _ part: String) -> Bool {
    !part.isEmpty && " \(text) ".contains(" \(part) ")
  }
}
