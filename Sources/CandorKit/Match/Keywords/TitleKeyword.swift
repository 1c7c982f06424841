import Foundation

/// The job title as a keyword: without level words ("Senior", "Intern"), and narrowed to
/// its field when a generic role noun follows a known term ("Customer Service
/// Representative" → "Customer Service").
enum TitleKeyword {
  static let weight = 1.2

  static func keyword(for posting: JobPosting, lexicon: Lexicon) -> PostingKeyword? {
    guard let title = posting.title else { return nil }
    let parts = title.split(separator: "/").map(core).filter { !$0.isEmpty }
    let options = parts.map { narrowed($0, lexicon: lexicon) }
    guard let first = options.first else { return nil }
    let lines = posting.lines.filter { $0.text.localizedCaseInsensitiveContains(first) }
      .map(\.line)
    return PostingKeyword(
      term: options.joined(separator: "/"), category: .title, tier: .required, weight: weight,
      count: max(lines.count, 1), lines: lines,
      options: options.map {
        KeywordOption(term: $0, key: lexicon.key(for: $0), isKnown: lexicon.entry(for: $0) != nil)
      })
  }

  /// The title without level words, bracketed notes and trailing punctuation.
  static func core(_ title: Substring) -> String {
    var text = String(title)
    while let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") {
      text.removeSubrange(open...close)
    }
    var words = text.split(whereSeparator: { $0 == " " || $0 == "," })
      .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "-–—|:")) }
      .filter { !$0.isEmpty }
    for (index, word) in words.enumerated().reversed()
    where word.lowercased() == "time" && index > 0
      && ["part", "full"].contains(words[index - 1].lowercased())
    {
      words.removeSubrange((index - 1)...index)
    }
    let kept = words.filter { !levelWords.contains($0.lowercased()) }
    return kept.joined(separator: " ").trimmingCharacters(in: .punctuationCharacters)
  }

  /// "Warehouse Associate" → "Warehouse" when the lexicon knows "Warehouse"; otherwise the
  /// title as it is.
  static func narrowed(_ title: String, lexicon: Lexicon) -> String {
    var words = title.split(separator: " ")
    guard words.count >= 2, let last = words.last, roleNouns.contains(last.lowercased())
    else { return title }
    words.removeLast()
    let field = words.joined(separator: " ")
    return lexicon.entry(for: field) != nil ? field : title
  }

  static let levelWords: Set<String> = [
    "senior", "sr", "sr.", "junior", "jr", "jr.", "principal", "staff", "intermediate",
    "entry", "entry-level", "mid", "mid-level", "intern", "internship", "trainee", "i", "ii",
    "iii", "iv", "full-time", "part-time", "remote", "practicante", "becario", "m/f", "m/w/d",
    "experienced", "level",
  ]

  static let roleNouns: Set<String> = [
    "associate", "representative", "rep", "specialist", "manager", "supervisor", "lead",
    "coordinator", "officer", "assistant", "clerk", "agent", "administrator", "expert",
  ]
}
