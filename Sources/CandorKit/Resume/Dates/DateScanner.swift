/// Reads dates and ranges from a line's tokens; see ``DateParser``.
struct DateScanner {
  let tokens: [DateToken]

  /// One point in time: a date, the present, or a month whose year comes later.
  enum Point {
    case date(PartialDate)
    case present
    case monthOnly(Int)
  }

  private static let separatorMarks: Set<Substring> = ["-", "–", "—", "−", "~", "‒", "―"]
  private static let separatorWords: Set<String> = [
    "to", "until", "till", "through", "thru", "hasta", "al", "a", "au", "bis", "à",
  ]
  static let yearRange = 1950...2099

  /// The span starting at token `index` and the index after it.
  func span(at index: Int) -> (DateSpan, Int)? {
    guard let (first, afterFirst) = point(at: index) else { return nil }
    if case .present = first { return nil }
    var span = DateSpan(
      range: tokens[index].range.lowerBound..<tokens[afterFirst - 1].range.upperBound)
    let (second, afterRange, sawSeparator) = rangeEnd(after: afterFirst)
    switch (first, second) {
    case (.date(let start), .date(let end)?):
      span.start = start
      span.end = end
    case (.date(let start), .present?):
      span.start = start
      span.isCurrent = true
    case (.monthOnly(let month), .date(let end)?):
      span.start = PartialDate(year: end.year, month: month)
      span.end = end
    case (.date(let start), nil):
      span.start = start
      span.isOpen = sawSeparator
    default:
      return nil
    }
    let last = second == nil ? (sawSeparator ? afterRange : afterFirst) : afterRange
    span.range = tokens[index].range.lowerBound..<tokens[last - 1].range.upperBound
    return (span, last)
  }

  /// The end of a range after a separator, whether a separator was seen, and the next index.
  private func rangeEnd(after index: Int) -> (Point?, Int, Bool) {
    if let (present, next) = presentPoint(at: index) { return (present, next, true) }
    var cursor = index
    var sawSeparator = false
    while cursor < tokens.count, isSeparator(tokens[cursor]), cursor - index < 2 {
      if sawSeparator, presentPoint(at: cursor) != nil { break }
      sawSeparator = true
      cursor += 1
    }
    guard sawSeparator else { return (nil, index, false) }
    if let (end, next) = point(at: cursor) {
      if case .monthOnly = end { return (nil, cursor, true) }
      return (end, next, true)
    }
    return (nil, cursor, true)
  }

  private func isSeparator(_ token: DateToken) -> Bool {
    switch token.kind {
    case .mark: return Self.separatorMarks.contains(token.text)
    case .word: return Self.separatorWords.contains(token.text.lowercased())
    case .number: return false
    }
  }

  private func presentPoint(at index: Int) -> (Point, Int)? {
    var words: [Substring] = []
    var cursor = index
    while cursor < tokens.count, tokens[cursor].kind == .word, words.count < 3 {
      words.append(tokens[cursor].text)
      cursor += 1
    }
    guard let count = MonthNames.isPresent(words) else { return nil }
    return (.present, index + count)
  }

  private func point(at index: Int) -> (Point, Int)? {
    guard index < tokens.count else { return nil }
    let token = tokens[index]
    switch token.kind {
    case .word:
      if let present = presentPoint(at: index) { return present }
      return monthFirst(at: index)
    case .number:
      return dayMonthYear(at: index) ?? numeric(at: index)
    case .mark:
      return nil
    }
  }
}

extension DateScanner {
  /// The date or present word that opens the tokens, and the index after it.
  func leadingPoint() -> (Point, Int)? {
    point(at: 0)
  }
}
