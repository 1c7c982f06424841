import Foundation

/// Years a letter ties to a fact of the resume: "joined Sierra Parcel in 2016", "an HR
/// generalist since 2017", "earned the SHRM-CP in 2019". Each must fall in the dates the
/// resume gives that employer, title or credential, or it is an error. A year with no such
/// fact in its sentence is an error after "since" when it is before every date the resume
/// gives (`sinceBeforeResume`), and otherwise a warning when no resume date covers it
/// (`untied`).
enum YearClaims {
  /// `aboutJob`: the sentence speaks of the reader or the job ahead, whose years ("since you
  /// opened in 1998") are not the writer's.
  static func hits(_ sentence: LetterText.Sentence, _ context: ReviewContext, aboutJob: Bool)
    -> [Hit]
  {
    guard let resume = context.resume?.resume else { return [] }
    let words = sentence.words
    let text = context.letter.text
    let uncovered = aboutJob ? [] : untied(sentence, resume, context)
    let years = words.indices.compactMap { index -> (Int, Int)? in
      let key = words[index].key
      guard key.count == 4, key.allSatisfy(\.isNumber), let year = Int(key),
        (1950...2099).contains(year), index > 0, ["in", "since"].contains(words[index - 1].key)
      else { return nil }
      return (index, year)
    }
    guard !years.isEmpty else { return uncovered }
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
    let tiedHits = years.compactMap { index, year -> Hit? in
      // "earned the SHRM-CP in 2019": the fact ends at most four words before "in", with no
      // comma or semicolon between.
      let tied = anchors.filter { anchor in
        anchor.end < index && index - anchor.end <= 5
          && !LetterWord.gap(words[anchor.end], words[index], in: text)
            .contains(where: { ",;:".contains($0) })
      }
      guard let nearest = tied.max(by: { $0.end < $1.end }) else {
        return sinceBeforeResume(index, year, sentence, resume)
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
    return tiedHits + uncovered.filter { hit in !tiedHits.contains { $0.range == hit.range } }
  }

  /// Words before a year that make it a date of the writer's past ("in 2018", "since 2015",
  /// "class of 2012"); a year in brackets ("Georgia Tech (2018)") is one too.
  private static let yearCues: Set<String> = ["in", "since", "from", "of", "during", "until"]

  /// Years the writer dates their own past with that fall outside every date the resume
  /// gives: a role's span from start to end, and any year written in it. A year to come is a
  /// plan, and one the posting gives is the job's.
  private static func untied(
    _ sentence: LetterText.Sentence, _ resume: Resume, _ context: ReviewContext
  ) -> [Hit] {
    let words = sentence.words
    let text = context.letter.text
    let thisYear = Calendar(identifier: .gregorian).component(.year, from: Date())
    let written = words.indices.compactMap { index -> (Int, Int)? in
      let key = words[index].key
      guard key.count == 4, key.allSatisfy(\.isNumber), let year = Int(key),
        (1950...thisYear).contains(year), index > 0
      else { return nil }
      let bracketed =
        text[..<words[index].range.lowerBound].last == "("
        && text[words[index].range.upperBound...].first == ")"
      guard bracketed || yearCues.contains(words[index - 1].key) else { return nil }
      return (index, year)
    }
    guard !written.isEmpty, !words.contains(where: { lifeWords.contains($0.key) }) else {
      return []
    }
    let known = resumeYears(resume, context, thisYear: thisYear)
    let posting = context.jobLines.joined(separator: "\n")
    return written.compactMap { index, year in
      guard !known.contains(year), !posting.contains(String(year)) else { return nil }
      return Hit(
        range: words[index].range,
        message: "check '\(year)': no date in your resume falls in \(year)")
    }
  }

  /// Every year the resume covers: the spans of its roles, studies and projects (a role to
  /// the present runs to this year) and every year written in it.
  private static func resumeYears(_ resume: Resume, _ context: ReviewContext, thisYear: Int)
    -> Set<Int>
  {
    var found: Set<Int> = []
    for (start, end) in datedParts(resume) {
      // A degree's year alone ("B.S., 2020") is its end.
      guard let first = year(in: start) ?? year(in: end) else { continue }
      let last = year(in: end) ?? (end == nil ? thisYear : first)
      if last >= first { found.formUnion(first...last) }
    }
    let texts = [context.resumeSource, context.resumeText]
    for text in texts {
      for piece in text.split(whereSeparator: { !$0.isNumber }) where piece.count == 4 {
        if let year = Int(piece) { found.insert(year) }
      }
    }
    return found
  }

  /// Words that make "since" date a life, not work: "lived in Denver since 2010", "a
  /// customer since 2012".
  private static let lifeWords: Set<String> = [
    "lived", "live", "living", "customer", "member", "fan", "resident", "patient", "followed",
    "admired", "married", "born", "you", "your",
  ]

  /// "Since 2015 I have done payroll": work since a year before every date the resume
  /// gives (roles, volunteering, study, certificates, projects) claims years it lacks.
  private static func sinceBeforeResume(
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
      datedParts(resume).flatMap { [$0.start, $0.end] }
      + resume.certificates.map(\.date) + resume.awards.map(\.date)
    return dates.compactMap(year(in:)).min()
  }

  /// The start and end dates of the resume's roles, volunteering, studies and projects.
  private static func datedParts(_ resume: Resume) -> [(start: String?, end: String?)] {
    resume.work.map { ($0.startDate, $0.endDate) }
      + resume.volunteer.map { ($0.startDate, $0.endDate) }
      + resume.education.map { ($0.startDate, $0.endDate) }
      + resume.projects.map { ($0.startDate, $0.endDate) }
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
