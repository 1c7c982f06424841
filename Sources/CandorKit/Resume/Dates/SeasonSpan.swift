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

  /// "Oct–Dec 2019, 2020", "Summer 2018 and 2019": the same season again in later years,
  /// read as one span from the first season's start to the last one's end, so the years
  /// after the comma are no part of the entry's name or place.
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
    guard let last = years.last else { return nil }
    var listed = span
    let month = (span.end ?? span.start)?.month
    listed.end = PartialDate(year: last, month: month, day: nil)
    listed.range = span.range.lowerBound..<end
    return listed
  }

  /// "(Nov 2023 – Jan 2024, Nov 2024 – Jan 2025)": further ranges listed after the first,
  /// read as one span to the last one's end, since an entry holds one span.
  private static func laterRanges(_ span: DateSpan, in text: String) -> DateSpan? {
    var widened = span
    for next in DateParser.spans(in: text) where next.range.lowerBound >= widened.range.upperBound {
      let between = text[widened.range.upperBound..<next.range.lowerBound]
      guard next.isRange, between.contains(","),
        between.allSatisfy({ " ,;&".contains($0) })
      else { break }
      widened.end = next.end
      widened.isCurrent = next.isCurrent
      widened.range = widened.range.lowerBound..<next.range.upperBound
    }
    return widened.range == span.range ? nil : widened
  }

  /// "Summers 2021-2024", "Winters 2019 – 2022": a plural season before a range of years says
  /// when in each year; it belongs to the dates, never to the employer or place before them.
  static func withLeadingSeason(_ span: DateSpan, in text: String) -> DateSpan? {
    let before = text[..<span.range.lowerBound]
    let trimmed = before.reversed().drop { $0 == " " }
    let word = String(trimmed.prefix { $0.isLetter }.reversed())
    // "(Summers 2017-2019)": in brackets the season is the entry's aside, kept as its
    // description.
    guard !word.isEmpty, pluralSeasons.contains(word.lowercased()),
      trimmed.dropFirst(word.count).first != "("
    else { return nil }
    var widened = span
    let start = text.index(before.endIndex, offsetBy: -(before.count - trimmed.count) - word.count)
    widened.range = start..<span.range.upperBound
    return widened
  }

  private static let pluralSeasons: Set<String> = [
    "summers", "winters", "springs", "falls", "autumns", "summer", "winter",
  ]
}
