/// A role dated only by how long it lasted ("(2 years)", "2 years 3 months", "18 mos") or
/// by when it began ("Since 2019"): the span that dates its entry.
enum RoleLength {
  /// "(2 years)", "2 years 3 months" alone on a line, or in brackets closing a heading
  /// line ("Payroll Clerk, Kilnworks (2 years)"): a span of that many months, no dates.
  static func span(in text: String) -> DateSpan? {
    guard text.hasDigit, let range = duration.firstRange(in: text) else { return nil }
    let before = text[..<range.lowerBound]
    let after = text[range.upperBound...]
    guard !after.contains(where: { $0.isLetter || $0.isNumber }),
      before.allSatisfy({ !$0.isLetter && !$0.isNumber })
        || (text[range].hasPrefix("(") && text[range].hasSuffix(")"))
    else { return nil }
    let found = String(text[range])
    let words = part.replacing(in: found, with: " ").split { !$0.isLetter }
    guard words.allSatisfy({ joiners.contains($0.lowercased()) }),
      let months = months(in: found), months > 0
    else { return nil }
    var span = DateSpan(range: range)
    span.months = months
    return span
  }

  /// The months a length of time states: "2 years 3 months" is 27, "1.5 yrs" 18.
  static func months(in text: String) -> Int? {
    let parts = part.allGroups(in: text)
    guard !parts.isEmpty else { return nil }
    var months = 0.0
    for groups in parts where groups.count > 2 {
      guard let value = Double(groups[1]) else { return nil }
      let isYears = ["y", "a"].contains(groups[2].lowercased().first)
      months += isYears ? value * 12 : value
    }
    return Int(months.rounded())
  }

  /// "Since 2019", "Kilnworks, since March 2019": one date after "since" that stands as
  /// a field of its own (nothing after it, a separator or nothing before the word) starts
  /// a role still held. Nil for "Led audits since 2019", a sentence.
  static func since(_ span: DateSpan, in text: String) -> DateSpan? {
    guard !span.isRange, let start = span.start else { return nil }
    let before = text[..<span.range.lowerBound]
    guard let word = before.lastPiece(separatedBy: { $0 == " " }),
      sinceWords.contains(word.lowercased()),
      !text[span.range.upperBound...].contains(where: { $0.isLetter || $0.isNumber })
    else { return nil }
    let head = before[..<word.startIndex].trimmingSpaces()
    guard head.isEmpty || head.last.map({ ",|(·•–—-:".contains($0) }) == true else { return nil }
    var current = DateSpan(range: word.startIndex..<span.range.upperBound)
    current.start = start
    current.isCurrent = true
    return current
  }

  /// Words that may join the parts of a length: "2 years and 3 months".
  private static let joiners: Set<String> = ["and", "y", "et", "und"]

  private static let sinceWords: Set<String> = ["since", "desde", "depuis", "seit"]

  /// "(2 years)", "· 1 yr 3 mos", "2 years 3 months": how long, as resumes write it.
  static let duration = Pattern(
    #"\(?\s*\d+(?:\.\d+)?\+?\s*(?:years?|yrs?|months?|mos?|años?|meses)\b[^)]*\)?"#)
  private static let part = Pattern(
    #"(\d+(?:\.\d+)?)\+?\s*(years?|yrs?|months?|mos?|años?|meses)\b"#)
}
