import Foundation

/// Years of work covered by dated roles, with overlapping roles counted once and a career
/// break (``Resume/Work/isBreak``) not counted.
enum ExperienceYears {
  /// Years, to one decimal. A role without an end runs to `today`; a year without a
  /// month counts from January ("2019 – 2021" is two years). A role with `periods` counts
  /// only their months ("Summers 2019–2022" is twelve months, not four years). A role
  /// known only by its length counts where it fits (``placed(_:among:now:)``).
  static func years(
    _ work: [Resume.Work], periods: [WorkPeriod] = [], lengths: [WorkLength] = [],
    today: PartialDate
  ) -> Double {
    let now = today.monthIndex + 1
    let listed = Dictionary(grouping: periods, by: \.work)
    let dated = work.indices.filter { !work[$0].isBreak }.map { index -> (Int, [Range<Int>]) in
      guard let stretches = listed[index] else {
        return (index, interval(work[index], now: now).map { [$0] } ?? [])
      }
      return (index, stretches.compactMap { stretch($0, now: now) })
    }
    let hulls = dated.compactMap { index, months -> (index: Int, months: Range<Int>)? in
      guard let start = months.map(\.lowerBound).min(), let end = months.map(\.upperBound).max()
      else { return nil }
      return (index, start..<end)
    }
    let placedLengths = lengths.filter { counts($0, in: work) }
      .compactMap { placed($0, among: hulls, now: now) }
    let intervals = (dated.flatMap(\.1) + placedLengths).sorted { $0.lowerBound < $1.lowerBound }
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

  /// True when a length adds a job: not a break, and not a dated role's own length
  /// listed twice ("Forklift Operator, Dunmore (2 years)" over the same role's 2017–2019).
  private static func counts(_ length: WorkLength, in work: [Resume.Work]) -> Bool {
    guard work.indices.contains(length.work), !work[length.work].isBreak else { return false }
    let role = work[length.work]
    let same = { (text: String?, other: String?) in text?.lowercased() == other?.lowercased() }
    return !work.contains {
      $0.startDate != nil && same($0.name, role.name) && same($0.position, role.position)
    }
  }

  /// Where a role known only by its length fits in the list: it ends where the newer role
  /// beside it starts (today when none is newer) and starts no earlier than the older one
  /// ends, so it adds only months no dated role covers. Lists run newest first unless
  /// their dates say otherwise.
  private static func placed(
    _ length: WorkLength, among dated: [(index: Int, months: Range<Int>)], now: Int
  ) -> Range<Int>? {
    let newestFirst =
      (dated.first?.months.lowerBound ?? 0) >= (dated.last?.months.lowerBound ?? 0)
    let above = dated.last { $0.index < length.work }?.months
    let below = dated.first { $0.index > length.work }?.months
    let (newer, older) = newestFirst ? (above, below) : (below, above)
    let end = min(newer?.lowerBound ?? now, now)
    let start = max(end - length.months, older?.upperBound ?? end - length.months)
    return start < end ? start..<end : nil
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

  /// The latest month the roles write, a start or an end ("Oct 2021 – Current" writes
  /// October 2021), no later than `today`: about when the resume was last brought up to date.
  static func lastWritten(_ work: [Resume.Work], today: PartialDate) -> PartialDate {
    let written = work.flatMap { [$0.startDate, $0.endDate] }.compactMap { $0 }
      .compactMap { PartialDate(iso: $0) }.filter { $0.monthIndex <= today.monthIndex }
    return written.max { $0.monthIndex < $1.monthIndex } ?? today
  }

  /// The year and month of `date` in UTC.
  static func month(of date: Date) -> PartialDate {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let parts = calendar.dateComponents([.year, .month], from: date)
    return PartialDate(year: parts.year ?? 2000, month: parts.month ?? 1)
  }
}
