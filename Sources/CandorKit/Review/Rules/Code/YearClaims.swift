import Foundation

/// Years a letter ties to a fact of the resume: "joined Sierra Parcel in 2016", "an HR
/// generalist since 2017", "earned the SHRM-CP in 2019". Each must fall in the dates the
/// resume gives that employer, title or credential. A year with no such fact in its sentence
/// is checked only after "since", against the resume's earliest date.
enum YearClaims {
  static func hits(_ sentence: LetterText.Sentence, _ context: ReviewContext) -> [Hit] {
    guard let resume = context.resume?.resume else { return [] }
    let words = sentence.words
    let text = context.letter.text
    let years = words.indices.compactMap { index -> (Int, Int)? in
      let key = words[index].key
      guard key.count == 4, key.allSatisfy(\.isNumber), let year = Int(key),
        (1950...2099).contains(year), index > 0, ["in", "since"].contains(words[index - 1].key)
      else { return nil }
      return (index, year)
    }
    guard !years.isEmpty else { return [] }
    // Each fact the resume dates, by the index of its last word in the sentence.
    var anchors: [(end: Int, name: String, years: Set<Int>)] = []
    for (name, span) in spans(of: resume) {
      let keys = NameMatching.keys(name)
      for end in ends(of: keys, in: words) { anchors.append((end, name, span)) }
    }
    for match in context.terms
    where [.certification, .degree].contains(match.category)
      && sentence.range.contains(match.range.lowerBound)
    {
      let dated = credentialYears(match, resume, context.lexicon)
      guard !dated.isEmpty,
        let end = words.lastIndex(where: { $0.range.upperBound <= match.range.upperBound })
      else { continue }
      anchors.append((end, match.spelling, dated))
    }
    return years.compactMap { index, year in
      // "earned the SHRM-CP in 2019": the fact ends at most four words before "in", with no
      // comma or semicolon between.
      let tied = anchors.filter { anchor in
        anchor.end < index && index - anchor.end <= 5
          && !LetterWord.gap(words[anchor.end], words[index], in: text)
            .contains(where: { ",;:".contains($0) })
      }
      guard let nearest = tied.max(by: { $0.end < $1.end }) else {
        return untied(index, year, sentence, resume)
      }
      guard !nearest.years.contains(year) else { return nil }
      let low = nearest.years.min() ?? year
      let high = nearest.years.max() ?? year
      let dates = low == high ? "\(low)" : "\(low)–\(high)"
      return Hit(
        range: words[index].range,
        message: "check '\(year)': your resume dates \(nearest.name) \(dates)",
        severity: .error)
    }
  }

  /// Words that make "since" date a life, not work: "lived in Denver since 2010", "a
  /// customer since 2012".
  private static let lifeWords: Set<String> = [
    "lived", "live", "living", "customer", "member", "fan", "resident", "patient", "followed",
    "admired", "married", "born", "you", "your",
  ]

  /// "Since 2015 I have done payroll": work since a year before every date the resume
  /// gives (roles, volunteering, study, certificates, projects) claims years it lacks.
  private static func untied(
    _ index: Int, _ year: Int, _ sentence: LetterText.Sentence, _ resume: Resume
  ) -> Hit? {
    let words = sentence.words
    guard words[index - 1].key == "since",
      !words.contains(where: { lifeWords.contains($0.key) }),
      let earliest = earliestYear(resume), year < earliest
    else { return nil }
    return Hit(
      range: words[index].range,
      message: "check '\(year)': your resume's earliest date is \(earliest)", severity: .error)
  }

  /// The earliest year any dated part of the resume gives.
  private static func earliestYear(_ resume: Resume) -> Int? {
    let dates: [String?] =
      resume.work.flatMap { [$0.startDate, $0.endDate] }
      + resume.volunteer.flatMap { [$0.startDate, $0.endDate] }
      + resume.education.flatMap { [$0.startDate, $0.endDate] }
      + resume.projects.flatMap { [$0.startDate, $0.endDate] }
      + resume.certificates.map(\.date) + resume.awards.map(\.date)
    return dates.compactMap(year(in:)).min()
  }

  /// Indices of the last word of each place `keys` occur in `words`.
  private static func ends(of keys: [String], in words: [LetterWord]) -> [Int] {
    guard !keys.isEmpty, words.count >= keys.count else { return [] }
    let wordKeys = words.map { NameMatching.nameKey($0.key) }
    return (0...(words.count - keys.count)).filter {
      Array(wordKeys[$0..<($0 + keys.count)]) == keys
    }.map { $0 + keys.count - 1 }
  }

  /// Employers and titles with the years each covers. A role listed under the employer
  /// above it (no employer of its own) counts for that employer too.
  private static func spans(of resume: Resume) -> [(String, Set<Int>)] {
    var result: [(String, Set<Int>)] = []
    var employer: String?
    let thisYear = Calendar(identifier: .gregorian).component(.year, from: Date())
    for work in resume.work {
      if let name = work.name, !name.isEmpty { employer = name }
      guard let start = year(in: work.startDate) else { continue }
      let end = year(in: work.endDate) ?? thisYear
      guard end >= start else { continue }
      let span = Set(start...end)
      if let employer { result.append((plainName(employer), span)) }
      if let position = work.position {
        result.append((String(position.prefix { $0 != "(" && $0 != "," }), span))
      }
    }
    // Titles and employers held more than once cover every span they were held.
    var merged: [String: Set<Int>] = [:]
    var order: [String] = []
    for (name, span) in result {
      if merged[name] == nil { order.append(name) }
      merged[name, default: []].formUnion(span)
    }
    return order.map { ($0, merged[$0] ?? []) }
  }

  /// "SIERRA PARCEL LOGISTICS, INC." → "SIERRA PARCEL LOGISTICS".
  private static func plainName(_ name: String) -> String {
    String(name.prefix { $0 != "," && $0 != "(" })
  }

  /// The years the resume gives a certificate or degree that `match` names.
  private static func credentialYears(_ match: TermMatch, _ resume: Resume, _ lexicon: Lexicon)
    -> Set<Int>
  {
    let known = lexicon.entry(for: match.term)?.spellings ?? []
    let spellings = ([match.term, match.spelling] + known).map { $0.lowercased() }
    var found: Set<Int> = []
    for certificate in resume.certificates {
      let name = (certificate.name ?? "").lowercased()
      if spellings.contains(where: name.contains), let year = year(in: certificate.date) {
        found.insert(year)
      }
    }
    for education in resume.education {
      let name = [education.studyType, education.area].compactMap { $0 }.joined(separator: " ")
        .lowercased()
      if spellings.contains(where: name.contains), let year = year(in: education.endDate) {
        found.insert(year)
      }
    }
    return found
  }

  /// The first four-digit year in a resume date ("2022-03", "Fall 2019").
  private static func year(in date: String?) -> Int? {
    guard let date else { return nil }
    let digits = date.split(whereSeparator: { !$0.isNumber }).first { $0.count == 4 }
    return digits.flatMap { Int(String($0)) }
  }
}
