import Foundation

/// Years of work covered by dated roles, with overlapping roles counted once and a career
/// break (``Resume/Work/isBreak``) not counted.
enum ExperienceYears {
  /// Years, to one decimal. A role without an end runs to `today`; a year without a
  /// month counts from January ("2019 – 2021" is two years). A role with `periods` counts
  /// only their months ("Summers 2019–2022" is twelve months, not four years).
  static func years(_ work: [Resume.Work], periods: [WorkPeriod] = [], today: PartialDate)
    -> Double
  {
    let now = today.monthIndex + 1
    let listed = Dictionary(grouping: periods, by: \.work)
    let intervals = work.indices.filter { !work[$0].isBreak }.flatMap { index -> [Range<Int>] in
      guard let stretches = listed[index] else {
        return interval(work[index], now: now).map { [$0] } ?? []
      }
      return stretches.compactMap { stretch($0, now: now) }
    }.sorted { $0.lowerBound < $1.lowerBound }
    var months = 0
    var current: Range<Int>?
    for interval in intervals {
      if let open = current, interval.lowerBound <= open.upperBound {
        current = open.lowerBound..<max(open.upperBound, interval.upperBound)
      } else {
        months += current?.count ?? 0
        current = interval
      }
    }
    months += current?.count ?? 0
    return (Double(months) / 12 * 10).rounded() / 10
  }

  /// The months a role covers, as month indexes.
  static func interval(_ work: Resume.Work, now: Int) -> Range<Int>? {
    guard let startText = work.startDate, let start = PartialDate(iso: startText),
      start.monthIndex < now
    else { return nil }
    var end = now
    if let endText = work.endDate, let last = PartialDate(iso: endText) {
      end = last.month == nil ? last.year * 12 : last.monthIndex + 1
    }
    end = min(end, now)
    if end <= start.monthIndex { end = start.monthIndex + (start.month == nil ? 12 : 1) }
    return start.monthIndex..<min(end, max(now, start.monthIndex + 1))
  }

  /// The months one stretch covers, up to `now`; nil when it starts later.
  private static func stretch(_ period: WorkPeriod, now: Int) -> Range<Int>? {
    guard let start = PartialDate(iso: period.start), let end = PartialDate(iso: period.end),
      start.monthIndex < now
    else { return nil }
    let months = DatePeriod(start: start, end: end).months
    return months.lowerBound..<min(months.upperBound, now)
  }

  /// The year and month of `date` in UTC.
  static func month(of date: Date) -> PartialDate {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let parts = calendar.dateComponents([.year, .month], from: date)
    return PartialDate(year: parts.year ?? 2000, month: parts.month ?? 1)
  }
}
