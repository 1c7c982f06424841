/// "Summer 2017": a season of one year, read as the three months it covers, so that a
/// seasonal job dates its entry like any range.
enum SeasonSpan {
  private static let seasons: Set<String> = ["spring", "summer", "fall", "autumn", "winter"]

  /// The season's months as a range; nil when the span is not a lone season and year.
  static func range(_ span: DateSpan, in text: String) -> DateSpan? {
    guard !span.isRange, let start = span.start, let month = start.month, start.day == nil,
      seasons.contains(text[span.range].prefix(while: \.isLetter).lowercased())
    else { return nil }
    var ranged = span
    let last = month + 2
    ranged.end = PartialDate(
      year: start.year + (last > 12 ? 1 : 0), month: last > 12 ? last - 12 : last, day: nil)
    return ranged
  }

  /// "Oct–Dec 2019, 2020", "Summer 2018 and 2019", "(Nov 2023 – Jan 2024, Nov 2024 – Jan
  /// 2025)": the same season again in later years, or further ranges listed after the first.
  /// The entry keeps one span, from the first start to the last end, so the dates after
  /// the comma are no part of its name or place; `periods` keeps each stretch, so years
  /// of experience count the months worked, not the gaps between them.
  static func repeated(_ span: DateSpan, in text: String) -> DateSpan? {
    guard let lastYear = (span.end ?? span.start)?.year, !span.isCurrent else { return nil }
    if let ranges = laterRanges(span, in: text) { return ranges }
    var rest = text[span.range.upperBound...]
    var years: [Int] = []
    var end = span.range.upperBound
    while true {
      let afterJoin = rest.drop { $0 == " " || $0 == "," || $0 == "&" }
      let word = afterJoin.hasPrefix("and ") ? afterJoin.dropFirst(4) : afterJoin
      let digits = word.prefix(4)
      guard afterJoin.startIndex > rest.startIndex || word.startIndex > afterJoin.startIndex,
        digits.count == 4, digits.allSatisfy(\.isNumber), let year = Int(digits),
        year > (years.last ?? lastYear), year <= lastYear + 10,
        word.dropFirst(4).first.map({ !$0.isLetter && !$0.isNumber }) ?? true,
        // "2015 – 2019, 2021 – Present": a second range, not a season again.
        !"-–—".contains(word.dropFirst(4).drop { $0 == " " }.first ?? " ")
      else { break }
      years.append(year)
      end = digits.endIndex
      rest = text[end...]
    }
    guard !years.isEmpty, let first = period(of: span) else { return nil }
    var listed = span
    listed.periods = [first] + years.map { first.shifted(by: $0 - lastYear) }
    listed.end = listed.periods.last?.end
    listed.range = span.range.lowerBound..<end
    return listed
  }

  /// The further ranges listed after the first, each a stretch of the widened span.
  private static func laterRanges(_ span: DateSpan, in text: String) -> DateSpan? {
    var widened = span
    var periods = period(of: span).map { [$0] } ?? []
    for next in DateParser.spans(in: text) where next.range.lowerBound >= widened.range.upperBound {
      let between = text[widened.range.upperBound..<next.range.lowerBound]
      guard next.isRange, between.contains(","),
        between.allSatisfy({ " ,;&".contains($0) })
      else { break }
      widened.end = next.end
      widened.isCurrent = next.isCurrent
      widened.range = widened.range.lowerBound..<next.range.upperBound
      if let stretch = period(of: next) { periods.append(stretch) }
    }
    guard widened.range != span.range else { return nil }
    // A current range last has no end to count to: the span then runs on as one.
    if !widened.isCurrent { widened.periods = periods }
    return widened
  }

  /// The stretch a closed span covers, a lone date its own month or year.
  private static func period(of span: DateSpan) -> DatePeriod? {
    guard let start = span.start, !span.isCurrent, !span.isOpen else { return nil }
    return DatePeriod(start: start, end: span.end ?? start)
  }

  /// "Summers 2021-2024", "Winters 2019 – 2022": a plural season before a range of years says
  /// when in each year; it belongs to the dates, never to the employer or place before them.
  static func withLeadingSeason(_ span: DateSpan, in text: String) -> DateSpan? {
    let before = text[..<span.range.lowerBound]
    let trimmed = before.reversed().drop { $0 == " " }
    let word = String(trimmed.prefix { $0.isLetter }.reversed())
    guard !word.isEmpty, pluralSeasons.contains(word.lowercased()) else { return nil }
    var widened = span
    // "(Summers 2017-2019)": in brackets the season is the entry's aside, kept as its
    // description, and still says which months of each year count.
    if trimmed.dropFirst(word.count).first == "(" {
      widened.periods = seasonPeriods(word, span)
      return widened
    }
    let start = text.index(before.endIndex, offsetBy: -(before.count - trimmed.count) - word.count)
    widened.range = start..<span.range.upperBound
    widened.periods = seasonPeriods(word, span)
    return widened
  }

  /// Each year's season in "Summers 2019–2022": June to August of 2019, 2020, 2021 and
  /// 2022, so years of experience count twelve months, not four years. A span that states
  /// its months, or runs to the present, keeps them.
  private static func seasonPeriods(_ word: String, _ span: DateSpan) -> [DatePeriod] {
    let season = word.lowercased().hasSuffix("s") ? String(word.lowercased().dropLast()) : word
    guard let first = firstMonths[season.lowercased()], let start = span.start,
      let end = span.end, start.month == nil, end.month == nil, !span.isCurrent,
      (0...10).contains(end.year - start.year)
    else { return [] }
    let last = first + 2
    return (start.year...end.year).map { year in
      DatePeriod(
        start: PartialDate(year: year, month: first),
        end: PartialDate(year: last > 12 ? year + 1 : year, month: last > 12 ? last - 12 : last))
    }
  }

  /// The first month of each season, as northern-hemisphere resumes mean them.
  private static let firstMonths: [String: Int] = [
    "spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12,
  ]

  private static let pluralSeasons: Set<String> = [
    "summers", "winters", "springs", "falls", "autumns", "summer", "winter",
  ]
}
