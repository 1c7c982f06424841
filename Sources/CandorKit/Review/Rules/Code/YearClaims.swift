import Foundation

/// Years a letter ties to a fact of the resume: "joined Sierra Parcel in 2016", "an HR
/// generalist since 2017", "earned the SHRM-CP in 2019". Each must fall in the dates the
/// resume gives that employer, title or credential; a year with no such fact in its sentence
/// is not checked.
enum YearClaims {
  static func hits(_ sentence: LetterText.Sentence, _ context: ReviewContext) -> [Hit] {
    guard let resume = context.resume?.resume else { return [] }
    let text = context.letter.text
    let years = sentence.words.compactMap { word -> (LetterWord, Int)? in
      guard word.key.count == 4, word.key.allSatisfy(\.isNumber), let year = Int(word.key),
        (1950...2099).contains(year)
      else { return nil }
      return (word, year)
    }
    guard !years.isEmpty else { return [] }
    var allowed: Set<Int> = []
    var anchors: [String] = []
    for (name, span) in spans(of: resume) {
      let keys = NameMatching.keys(name).filter { !$0.isEmpty }
      guard !keys.isEmpty, NameMatching.mentions(sentence.words, [keys]) else { continue }
      allowed.formUnion(span)
      anchors.append(name)
    }
    for match in context.terms
    where [.certification, .degree].contains(match.category)
      && sentence.range.contains(match.range.lowerBound)
    {
      let dated = credentialYears(match, resume)
      if !dated.isEmpty {
        allowed.formUnion(dated)
        anchors.append(match.spelling)
      }
    }
    guard !allowed.isEmpty, let first = anchors.first else { return [] }
    return years.filter { !allowed.contains($0.1) }.map { word, _ in
      let dates = "\(allowed.min() ?? 0)" + (allowed.count > 1 ? "–\(allowed.max() ?? 0)" : "")
      return Hit(
        range: word.range,
        message: "check '\(text[word.range])': your resume dates \(first) \(dates)")
    }
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
  private static func credentialYears(_ match: TermMatch, _ resume: Resume) -> Set<Int> {
    let spellings = [match.term, match.spelling].map { $0.lowercased() }
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
