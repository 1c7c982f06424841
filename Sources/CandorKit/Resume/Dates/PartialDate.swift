/// A date known to the year, the month or the day, as resumes state them.
struct PartialDate: Sendable, Equatable, Hashable {
  var year: Int
  var month: Int?
  var day: Int?

  /// ISO 8601 at the precision known: "2020", "2020-03" or "2020-03-15".
  var iso: String {
    var text = String(year)
    guard let month else { return text }
    text += month < 10 ? "-0\(month)" : "-\(month)"
    guard let day else { return text }
    text += day < 10 ? "-0\(day)" : "-\(day)"
    return text
  }

  /// Months since year 0, taking January when the month is unknown.
  var monthIndex: Int { year * 12 + (month ?? 1) - 1 }

  /// Reads an ISO 8601 date of any precision ("2020", "2020-03", "2020-03-15T10:00").
  init?(iso text: String) {
    let parts = text.prefix(10).split(separator: "-", omittingEmptySubsequences: false)
    guard let first = parts.first, first.count == 4, let year = Int(first) else { return nil }
    self.year = year
    if parts.count > 1 {
      guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else {
        return nil
      }
      self.month = month
    }
    if parts.count > 2 {
      guard parts[2].count == 2, let day = Int(parts[2]), (1...31).contains(day) else {
        return nil
      }
      self.day = day
    }
  }

  init(year: Int, month: Int? = nil, day: Int? = nil) {
    self.year = year
    self.month = month
    self.day = month == nil ? nil : day
  }
}

/// A span of time stated in a line: "Jan 2020 – Present", "2019-2021", or one date alone.
struct DateSpan: Sendable, Equatable {
  var start: PartialDate?
  var end: PartialDate?
  /// The end is "Present", "Current", "Till date"…
  var isCurrent = false
  /// A start date followed by a dash with nothing after it ("June 2020 –"), as when a
  /// PDF splits the range over two lines.
  var isOpen = false
  /// Where the span was found in the scanned text.
  var range: Range<String.Index>
  /// The stretches worked when the text lists several ("Jun–Aug 2019, Jun–Aug 2020",
  /// "Summers 2019–2022"); empty when the span is one stretch from start to end.
  var periods: [DatePeriod] = []
  /// How many months a role lasted when the line gives its length and no dates ("(2
  /// years)"); nil otherwise.
  var months: Int?

  /// True when the line states a range or a length of time, not one date alone.
  var isRange: Bool { end != nil || isCurrent || isOpen || months != nil }
}

/// One stretch of a span that lists several, first and last month included.
struct DatePeriod: Sendable, Equatable {
  var start: PartialDate
  var end: PartialDate

  /// The same months `years` later ("Oct–Dec 2019" a year on is "Oct–Dec 2020").
  func shifted(by years: Int) -> DatePeriod {
    var moved = self
    moved.start.year += years
    moved.end.year += years
    return moved
  }

  /// The months covered, as month indexes, counted as ``ExperienceYears`` counts a role:
  /// "2019" alone is twelve months, "2019 – 2021" two years, "Jun – Aug 2019" three months.
  var months: Range<Int> {
    let last = end.month == nil ? max(end.year * 12, start.monthIndex + 12) : end.monthIndex + 1
    return start.monthIndex..<max(last, start.monthIndex + 1)
  }
}
