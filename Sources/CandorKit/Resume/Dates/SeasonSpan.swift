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
}
