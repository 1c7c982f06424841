extension DateScanner {
  /// "Jan 2020", "Sept. 2013", "January 15, 2020", "Jan '20", "marzo de 2020", "Jan"
  func monthFirst(at index: Int) -> (Point, Int)? {
    guard tokens[index].text.count >= 3, let month = MonthNames.month(for: tokens[index].text)
    else { return nil }
    var cursor = index + 1
    cursor = skip(marks: ["."], at: cursor, adjacentOnly: true)
    var day: Int?
    if let value = number(at: cursor, digits: 1...2), (1...31).contains(value),
      isYear(at: skipDaySuffix(cursor + 1))
    {
      day = value
      cursor = skipDaySuffix(cursor + 1)
    }
    cursor = skip(marks: [",", "-", "/"], at: cursor, adjacentOnly: false)
    if cursor < tokens.count, tokens[cursor].text.lowercased() == "de" { cursor += 1 }
    if let (year, next) = year(at: cursor) {
      return (.date(PartialDate(year: year, month: month, day: day)), next)
    }
    return (.monthOnly(month), index + 1)
  }

  /// "15 March 2020", "10 de marzo de 2020".
  func dayMonthYear(at index: Int) -> (Point, Int)? {
    guard let day = number(at: index, digits: 1...2), (1...31).contains(day) else { return nil }
    var cursor = skipDaySuffix(index + 1)
    cursor = skip(marks: ["-"], at: cursor, adjacentOnly: true)
    if cursor < tokens.count, tokens[cursor].text.lowercased() == "de" { cursor += 1 }
    guard cursor < tokens.count, tokens[cursor].kind == .word,
      let month = MonthNames.month(for: tokens[cursor].text)
    else { return nil }
    cursor = skip(marks: [".", ",", "-"], at: cursor + 1, adjacentOnly: false)
    if cursor < tokens.count, tokens[cursor].text.lowercased() == "de" { cursor += 1 }
    guard let (year, next) = year(at: cursor), tokens[cursor].text.count == 4 else { return nil }
    return (.date(PartialDate(year: year, month: month, day: day)), next)
  }

  /// "03/2018", "3.2018", "03-2018", "2018-03", "2013-12-01", "1/15/2020", "2019".
  func numeric(at index: Int) -> (Point, Int)? {
    let digits = tokens[index].text
    if digits.count <= 2, let first = Int(digits) {
      return monthYear(first, at: index)
    }
    guard digits.count == 4, let year = Int(digits), Self.yearRange.contains(year),
      !isGluedToWord(index)
    else { return nil }
    if let month = adjacentNumber(after: index, digits: 2...2), (1...12).contains(month),
      !isFollowedByDigits(index + 2)
    {
      let day = adjacentNumber(after: index + 2, digits: 2...2).flatMap {
        (1...31).contains($0) ? $0 : nil
      }
      let next = day == nil ? index + 3 : index + 5
      return (.date(PartialDate(year: year, month: month, day: day)), next)
    }
    return (.date(PartialDate(year: year)), index + 1)
  }

  private func monthYear(_ first: Int, at index: Int) -> (Point, Int)? {
    guard let mark = mark(at: index + 1), ["/", ".", "-"].contains(mark) else { return nil }
    if let year = adjacentNumber(after: index, digits: 4...4), Self.yearRange.contains(year),
      (1...12).contains(first)
    {
      return (.date(PartialDate(year: year, month: first)), index + 3)
    }
    guard mark == "/", let second = adjacentNumber(after: index, digits: 1...2),
      self.mark(at: index + 3) == "/",
      let year = adjacentNumber(after: index + 2, digits: 4...4), Self.yearRange.contains(year)
    else { return nil }
    let month = first > 12 ? second : first
    guard (1...12).contains(month) else { return nil }
    return (.date(PartialDate(year: year, month: month)), index + 5)
  }

  private func year(at index: Int) -> (Int, Int)? {
    var cursor = index
    let apostrophe = mark(at: cursor).map { $0 == "'" || $0 == "’" } ?? false
    if apostrophe { cursor += 1 }
    guard let value = number(at: cursor, digits: apostrophe ? 2...4 : 4...4) else { return nil }
    let year = tokens[cursor].text.count == 2 ? (value < 50 ? 2000 + value : 1900 + value) : value
    guard Self.yearRange.contains(year), !isGluedToWord(cursor) else { return nil }
    return (year, cursor + 1)
  }

  private func isYear(at index: Int) -> Bool {
    var cursor = skip(marks: [","], at: index, adjacentOnly: false)
    if cursor < tokens.count, tokens[cursor].text.lowercased() == "de" { cursor += 1 }
    return year(at: cursor) != nil
  }

  private func number(at index: Int, digits: ClosedRange<Int>) -> Int? {
    guard index < tokens.count, tokens[index].kind == .number,
      digits.contains(tokens[index].text.count)
    else { return nil }
    return Int(tokens[index].text)
  }

  /// The number right after a mark glued to token `index` ("03/2018" seen from "03").
  private func adjacentNumber(after index: Int, digits: ClosedRange<Int>) -> Int? {
    guard index + 2 < tokens.count, tokens[index + 1].kind == .mark,
      !tokens[index + 1].isSpaced, !tokens[index + 2].isSpaced
    else { return nil }
    return number(at: index + 2, digits: digits)
  }

  private func isFollowedByDigits(_ index: Int) -> Bool {
    index + 1 < tokens.count && tokens[index + 1].kind == .number && !tokens[index + 1].isSpaced
  }

  /// "2000+", "S3", "1990s": digits glued to letters or a plus are not years.
  private func isGluedToWord(_ index: Int) -> Bool {
    if index + 1 < tokens.count, !tokens[index + 1].isSpaced {
      let next = tokens[index + 1]
      if next.kind == .word || next.text == "+" || next.text == "%" { return true }
    }
    if index > 0, !tokens[index].isSpaced {
      let previous = tokens[index - 1]
      if previous.kind == .word || previous.text == "$" { return true }
    }
    return false
  }

  private func mark(at index: Int) -> Substring? {
    guard index < tokens.count, tokens[index].kind == .mark else { return nil }
    return tokens[index].text
  }

  private func skip(marks: Set<Substring>, at index: Int, adjacentOnly: Bool) -> Int {
    guard index < tokens.count, tokens[index].kind == .mark, marks.contains(tokens[index].text),
      !adjacentOnly || !tokens[index].isSpaced
    else { return index }
    return index + 1
  }

  private func skipDaySuffix(_ index: Int) -> Int {
    guard index < tokens.count, tokens[index].kind == .word, !tokens[index].isSpaced,
      ["st", "nd", "rd", "th"].contains(tokens[index].text.lowercased())
    else { return index }
    return index + 1
  }
}
