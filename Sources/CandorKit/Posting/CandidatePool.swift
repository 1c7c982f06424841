import Foundation

/// Collects company-name candidates with evidence weights and picks the best supported.
struct CandidatePool {
  private struct Candidate {
    var name: String
    var score: Int
    var line: Int?
    var hits: [String: Int] = [:]
  }

  /// The posting body, for counting how often each candidate recurs.
  var text: String { search.text }
  private let search: WholeWordSearch
  private var candidates: [String: Candidate] = [:]
  /// Names known to be something else than the company (a team named in the title).
  private var excluded: Set<String> = []

  init(text: String) {
    search = WholeWordSearch(text)
  }

  mutating func add(_ raw: String, _ weight: Int, line: Int?, cue: String = "") {
    guard let name = Self.normalised(raw) else { return }
    let key = name.folded
    var candidate = candidates[key] ?? Candidate(name: name, score: 0, line: line)
    let hits = candidate.hits[cue, default: 0]
    guard cue.isEmpty || hits < 3 else { return }
    candidate.hits[cue] = hits + 1
    candidate.score += weight
    candidates[key] = candidate
  }

  /// Rules `raw` out as the company, whatever cues name it later.
  mutating func exclude(_ raw: String) {
    if let name = Self.normalised(raw) { excluded.insert(name.folded) }
  }

  /// Adds the first capture group of every match of `pattern` in `sentence`.
  mutating func add(_ pattern: Pattern, in sentence: String, _ weight: Int, _ item: SectionedLine) {
    for groups in pattern.allGroups(in: sentence) where groups.count > 1 {
      add(groups[1], weight, line: item.line.line, cue: "\(weight)")
    }
  }

  /// The candidate with the highest score once recurrence is counted, if it reaches `minimum`.
  /// Only the strongest few are counted, which keeps huge inputs fast.
  func best(minimum: Int) -> SourcedValue? {
    let strongest = candidates.values.filter { !excluded.contains($0.name.folded) }.sorted {
      $0.score != $1.score ? $0.score > $1.score : $0.name < $1.name
    }
    let ranked = strongest.prefix(12).map { candidate -> (Candidate, Int) in
      let (spelling, count) = occurrences(of: candidate.name)
      var copy = candidate
      copy.name = CompanyName.clean(spelling)
      return (copy, candidate.score + min(count * 5, 30))
    }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.name < $1.0.name }
    guard let (winner, score) = ranked.first, score >= minimum else { return nil }
    let full = ranked.first { Self.isFullForm($0.0.name, of: winner.name) && $0.1 >= minimum }
    let chosen = full?.0 ?? winner
    return SourcedValue(text: chosen.name, line: chosen.line)
  }

  /// "Cardinal Row Pharmacy" for "Cardinal Row": the name with its trade word, which a
  /// posting gives in full where it introduces itself and then shortens in its prose.
  private static func isFullForm(_ longer: String, of name: String) -> Bool {
    guard longer.hasPrefix(name + " ") else { return false }
    let extra = longer.dropFirst(name.count + 1).split(separator: " ")
    return (1...2).contains(extra.count) && extra.allSatisfy { $0.first?.isUppercase == true }
  }

  /// True when the posting's text names `name` at least once.
  func mentions(_ name: String) -> Bool {
    occurrences(of: name).1 > 0
  }

  /// The most frequent spelling of `name` in the text (ignoring case) and its count.
  private func occurrences(of name: String) -> (String, Int) {
    let matches = search.occurrences(of: name) ?? Self.occurrencesByExpression(name, text)
    let counts = Dictionary(grouping: matches, by: { $0 }).mapValues(\.count)
    guard let top = counts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key })
    else { return (name, 0) }
    let exact = counts[name] ?? 0
    return (exact >= top.value ? name : top.key, matches.count)
  }

  /// Whole-word occurrences of `name` found by a regular expression, for text that
  /// ``WholeWordSearch`` cannot search on bytes.
  private static func occurrencesByExpression(_ name: String, _ text: String) -> [String] {
    let escaped = NSRegularExpression.escapedPattern(for: name)
    return Pattern(#"(?<![\w])"# + escaped + #"(?![\w])"#).allGroups(in: text).map { $0[0] }
  }

  private static let stopWords: Set<String> = [
    "we", "our", "the", "this", "that", "these", "you", "your", "it", "they", "he", "she", "us",
    "company", "team", "role", "position", "job", "candidates", "applicants", "here", "there",
    "what", "who", "why", "how", "when", "if", "as", "in", "on", "for", "with", "a", "an",
    "please", "experience", "ability", "knowledge", "strong", "excellent", "must", "all", "each",
    "every", "some", "any", "most", "more", "one", "full", "part", "remote", "location",
    "salary", "benefits", "requirements", "i", "my", "his", "her", "their", "its", "everyone",
    "nuestro", "nuestra", "el", "la", "los", "las", "wir", "unser", "unsere", "nous", "notre",
    "today", "now", "monday", "friday", "january", "summary", "description",
  ]

  /// "Alder Row Architects", "Keller Engineers": a firm named after its people's trade,
  /// a plural role noun after names, unlike a title ("Senior Engineers").
  private static func isFirmName(_ name: String) -> Bool {
    let words = PostingRoleWords.tokens(name)
    guard words.count >= 2, let last = words.last, last.hasSuffix("s"),
      PostingRoleWords.nouns.contains(String(last.dropLast()))
    else { return false }
    return !words.dropLast().contains {
      PostingRoleWords.nouns.contains($0) || PostingRoleWords.senior.contains($0)
        || PostingRoleWords.entry.contains($0) || PostingRoleWords.lead.contains($0)
    }
  }

  /// The cleaned name, or nil when it cannot be a company's.
  private static func normalised(_ raw: String) -> String? {
    var words = raw.trimmed.split(separator: " ").map(String.init)
    while let last = words.last, ["of", "and", "&", "de", "del", "für"].contains(last) {
      words.removeLast()
    }
    let name = CompanyName.clean(words.joined(separator: " "))
    guard name.count >= 2, let first = name.words.first,
      !stopWords.contains(first.lowercased()),
      !PostingRoleWords.isTitleLike(name) || isFirmName(name),
      name.first?.isLetter == true || name.first?.isNumber == true
    else { return nil }
    return name
  }
}
