import Foundation

/// The posting's own names, which are no keywords: the hiring company and its location;
/// and its title, whose terms weigh more.
struct PostingNames {
  private let company: String?
  private let places: [String]
  private let title: String?
  /// The company and title as written, to find them inside lines.
  private let written: [String]

  init(_ posting: JobPosting) {
    company = posting.company.map(Lexicon.normalized).flatMap { $0.isEmpty ? nil : $0 }
    written = [posting.company, posting.title].compactMap { $0 }.filter { $0.count >= 3 }
    places = (posting.location ?? "").split(whereSeparator: { ",/()".contains($0) })
      .map { Lexicon.normalized(String($0)) }.filter { $0.count >= 3 }
    title = posting.title.map(Lexicon.normalized)
  }

  /// True when `hit` names the posting's place ("Aurora" in Aurora, OH), is part of the
  /// company's name or the job title where `line` spells them out ("Freight" in "Larkspur
  /// Freight"), or is a discovered name for the company ("Acme"). A lexicon term that is
  /// the company's whole name stays ("ServiceNow").
  func contains(_ hit: TermHit, in line: String) -> Bool {
    let spelling = Lexicon.normalized(hit.spelling)
    if places.contains(spelling) { return true }
    if isInsideName(hit, line) { return true }
    guard !hit.isKnown else { return false }
    if let company, Self.containsWords(company, spelling) || Self.containsWords(spelling, company) {
      return true
    }
    return places.contains { Self.containsWords($0, spelling) }
  }

  /// True when the hit lies inside a longer mention of the company or the title.
  private func isInsideName(_ hit: TermHit, _ line: String) -> Bool {
    for name in written {
      var start = line.startIndex
      while let found = line.range(
        of: name, options: .caseInsensitive, range: start..<line.endIndex)
      {
        if found.lowerBound <= hit.range.lowerBound && hit.range.upperBound <= found.upperBound
          && found != hit.range
        {
          return true
        }
        start = found.upperBound
      }
    }
    return false
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
