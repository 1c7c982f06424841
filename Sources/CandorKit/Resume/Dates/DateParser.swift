import Foundation

/// Finds the dates and date ranges resumes state, in every common form, and gives them as
/// ISO 8601 at the precision written.
///
/// "Jan 2020 – Present", "2019-2021", "03/2018 to 11/2020", "Oct. 2021 – Current",
/// "(03/2019-EN CURSO)", "Febuary 2010 - August 2010", "Jan '2012", "marzo de 2020".
enum DateParser {
  /// Every span in `text`, in order: ranges and single dates.
  static func spans(in text: String) -> [DateSpan] {
    // Every date has a number of ASCII digits; most lines have none.
    guard text.utf8.contains(where: { (0x30...0x39).contains($0) }) else { return [] }
    let tokens = DateToken.tokens(in: text)
    let scanner = DateScanner(tokens: tokens)
    var spans: [DateSpan] = []
    var index = 0
    while index < tokens.count {
      if let (span, next) = scanner.span(at: index) {
        spans.append(span)
        index = next
      } else {
        index += 1
      }
    }
    return spans
  }

  /// The line's main span: its first range, or else its first single date.
  static func span(in text: String) -> DateSpan? {
    let found = spans(in: text)
    return found.first(where: \.isRange) ?? found.first
  }

  /// The date when `text` is one date and nothing else ("June 2020", "2020-03-01",
  /// "Sept 2013"); nil for "Present", free text, or text with other words around it.
  static func date(_ text: String) -> PartialDate? {
    let trimmed = text.trimming(where: {
      TrimSet.isSpaceOrNewline($0) || TrimSet.isPunctuation($0)
    })
    if let iso = PartialDate(iso: trimmed), trimmed.count <= 10 || trimmed.contains("T") {
      return iso
    }
    guard let span = spans(in: trimmed).first, !span.isRange, let start = span.start,
      trimmed[span.range.upperBound...].allSatisfy({ !$0.isLetter && !$0.isNumber }),
      trimmed[..<span.range.lowerBound].allSatisfy({ !$0.isLetter && !$0.isNumber })
    else { return nil }
    return start
  }

  /// True when `text` names the present ("Present", "current", "Till date").
  static func isPresent(_ text: String) -> Bool {
    let words = DateToken.tokens(in: text).filter { $0.kind == .word }.map(\.text)
    guard let count = MonthNames.isPresent(words) else { return false }
    return count == words.count
  }
}

extension DateParser {
  /// The end of a range that starts `text` ("Present Working on…", "May 2020 Led…"):
  /// the date (nil for the present), whether it is the present, and the text after it.
  static func leadingEnd(in text: String) -> (PartialDate?, Bool, String)? {
    let tokens = DateToken.tokens(in: text)
    guard let (point, next) = DateScanner(tokens: tokens).leadingPoint() else { return nil }
    let rest = String(text[tokens[next - 1].range.upperBound...])
      .trimmingSpaces()
    switch point {
    case .date(let date): return (date, false, rest)
    case .present: return (nil, true, rest)
    case .monthOnly: return nil
    }
  }
}
