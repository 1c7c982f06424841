import Foundation

/// Finds the lines that date an entry ("Jan 2020 – Present", "Acme  2019 - 2021"),
/// joining ranges that a PDF split over two lines ("June 2020 –" / "Present Led…").
/// A role dated only by its length ("(2 years)") or its start ("Since 2019") is anchored
/// too (``RoleLength``), so it does not merge into the next role.
enum EntryAnchors {
  struct Anchor {
    var index: Int
    var span: DateSpan
    /// The line's text without the dates.
    var rest: String
  }

  /// The anchors of `lines`; `lines` loses the date text a split range carried over.
  /// `allowLengths` anchors lines that give a role's length alone ("(2 years)").
  static func find(
    in lines: inout [ResumeLine], allowSingleDates: Bool, allowLengths: Bool = false
  ) -> [Anchor] {
    var anchors: [Anchor] = []
    var index = 0
    while index < lines.count {
      if let anchor = anchor(at: index, in: &lines, allowSingleDates: allowSingleDates) {
        anchors.append(anchor)
      } else if allowLengths, let anchor = lengthAnchor(at: index, in: lines, after: anchors.last) {
        anchors.append(anchor)
      }
      index += 1
    }
    return anchors
  }

  /// "(2 years)" under "Payroll Clerk, Kilnworks": a role's length with no dates. A length
  /// within two lines of the dated line before it restates that role's dates
  /// ("Jan 2018 – Dec 2019" / "(2 years)"), and anchors nothing.
  private static func lengthAnchor(at index: Int, in lines: [ResumeLine], after previous: Anchor?)
    -> Anchor?
  {
    let line = lines[index]
    guard line.kind == .text || line.kind == .heading, DateParser.span(in: line.text) == nil,
      let span = RoleLength.span(in: line.text)
    else { return nil }
    if let previous {
      let between = lines[(previous.index + 1)..<index].filter { !$0.isBlank }
      if between.count < 2 { return nil }
    }
    let rest = remainder(of: line.text, without: span)
    guard rest.isEmpty || (LineShape.isHeaderLike(line) && rest.split(separator: " ").count <= 14)
    else { return nil }
    return Anchor(index: index, span: span, rest: rest)
  }

  private static func anchor(
    at index: Int, in lines: inout [ResumeLine], allowSingleDates: Bool
  ) -> Anchor? {
    let line = lines[index]
    guard line.kind == .text || line.kind == .heading, var span = DateParser.span(in: line.text),
      span.start != nil
    else { return nil }
    let text = line.text
    if span.isOpen, index + 1 < lines.count, lines[index + 1].kind == .text,
      let (end, isCurrent, rest) = DateParser.leadingEnd(in: lines[index + 1].text)
    {
      span.end = end
      span.isCurrent = isCurrent
      span.isOpen = false
      lines[index + 1].text = rest
      if rest.isEmpty { lines[index + 1].kind = .blank }
    }
    if let since = RoleLength.since(span, in: text) {
      span = since
    } else if isProse(before: span, in: text) {
      return nil
    }
    if let season = SeasonSpan.range(span, in: text) { span = season }
    if let seasons = SeasonSpan.repeated(span, in: text) { span = seasons }
    if span.isRange, let seasonal = SeasonSpan.withLeadingSeason(span, in: text) { span = seasonal }
    let rest = remainder(of: text, without: span)
    let restWords = rest.split(separator: " ").count
    let atEdge = isAtEdge(span, in: text)
    guard restWords <= 14, !LineShape.endsSentence(text) || rest.isEmpty,
      atEdge || restWords <= 6
    else { return nil }
    if !span.isRange {
      guard allowSingleDates, atEdge, restWords <= 10,
        LineShape.isHeaderLike(line) || rest.isEmpty
          || isBracketedHeading(at: index, in: lines, span: span)
      else { return nil }
    }
    return Anchor(index: index, span: span, rest: rest)
  }

  /// "Senior design: Stormwater retrofit for a parking lot (2026)" over bullets: a line
  /// that ends on its date in brackets and is not a sentence heads the bullets under it,
  /// however few of its words are capitalised.
  private static func isBracketedHeading(at index: Int, in lines: [ResumeLine], span: DateSpan)
    -> Bool
  {
    let text = lines[index].text
    let after = text[span.range.upperBound...].trimmingSpaces()
    guard after == ")", text[..<span.range.lowerBound].hasSuffix("("),
      !LineShape.endsSentence(String(text[..<span.range.lowerBound].dropLast()))
    else { return false }
    let next = lines[(index + 1)...].first { !$0.isBlank }
    return next?.kind == .bullet
  }

  /// The text with the dates, durations and the separators around them removed.
  /// "School, City, ST, 2015 - 2019, B.S. Field": dates between two commas (or bars) leave
  /// one separator, so the pieces either side stay apart as they were written.
  static func remainder(of text: String, without span: DateSpan) -> String {
    let before = text[..<span.range.lowerBound]
    let after = text[span.range.upperBound...]
    var joined = before + " " + after
    if let last = before.last(where: { $0 != " " }), ",;|".contains(last),
      after.drop(while: { $0 == " " }).first == last
    {
      joined = before + after.drop { $0 == " " }.dropFirst().drop { $0 == " " }
    }
    var rest = stripDurations(String(joined))
    rest = spaceRun.replacing(in: rest, with: "  ")
    rest = rest.trimming(charactersIn: " ,|-–—:·•")
    // "(May 2021 - Present, seasonal)" leaves "( , seasonal)": the aside alone in brackets.
    if rest.hasBytes("(") { rest = openAside.replacing(in: rest, with: "(") }
    if rest.hasBytes(")") { rest = closeAside.replacing(in: rest, with: ")") }
    if rest.hasSuffix("("), !rest.dropLast().contains(")") { rest.removeLast() }
    if rest.hasPrefix(")") { rest.removeFirst() }
    if rest.filter({ $0 == "(" }).count < rest.filter({ $0 == ")" }).count, rest.hasSuffix(")") {
      rest.removeLast()
    }
    return rest.trimming(charactersIn: " ,|-–—:·•")
  }

  /// "from 2019 to 2021", "since 2018": dates inside a sentence, not heading an entry.
  /// "Gary, IN 2017 - 2023" is no prose: a state's code after a town is a place, not "in".
  private static func isProse(before span: DateSpan, in text: String) -> Bool {
    let before = text[..<span.range.lowerBound]
    guard let word = before.lastPiece(separatedBy: { $0 == " " }) else { return false }
    if RegionCodes.isPlaced(word, after: before[..<word.startIndex]) { return false }
    return ["from", "since", "in", "between", "during", "desde", "en", "entre", "depuis"]
      .contains(word.lowercased())
  }

  /// True when the dates open or close the line, an aside in their brackets aside
  /// ("(2018–2020, part-time)", "(Summers 2017-2019)"), or stand alone in brackets after
  /// the title ("Hygienist (seasonal, summers 2021 and 2022), Clinic, Town").
  private static func isAtEdge(_ span: DateSpan, in text: String) -> Bool {
    let before = text[..<span.range.lowerBound]
    let after = stripDurations(String(text[span.range.upperBound...]))
    return !before.contains { $0.isLetter || $0.isNumber } || !after.contains { $0.isLetter }
      || (isOpenAside(before) && closingAside.matches(after))
  }

  /// True when `before` opens brackets it does not close: the dates stand inside them.
  private static func isOpenAside(_ before: Substring) -> Bool {
    guard let open = before.lastIndex(of: "(") else { return false }
    return !before[open...].contains(")")
  }

  /// ", seasonal)", " part-time)", ")": a few words that close the brackets the dates are
  /// in, whatever follows them.
  private static let closingAside = Pattern(
    #"^\s*(?:[,;]?\s*[\p{L}][\p{L} '-]{0,28})?\)"#, caseSensitive: true, requiring: [")"])
  /// "( , " and " )": brackets the dates were taken out of, around an aside.
  private static let openAside = Pattern(#"\(\s*[,;]?\s*"#, caseSensitive: true)
  private static let closeAside = Pattern(#"\s*[,;]?\s*\)"#, caseSensitive: true)

  /// "(2 years)", "· 1 yr 3 mos": how long, which the dates already say.
  static func stripDurations(_ text: String) -> String {
    let stripped = text.hasDigit ? RoleLength.duration.replacing(in: text, with: "") : text
    return emptyParentheses.replacing(in: stripped, with: "")
  }

  private static let spaceRun = Pattern(#"\s{3,}"#, caseSensitive: true)
  private static let emptyParentheses = Pattern(
    #"\(\s*\)"#, caseSensitive: true, requiring: ["("])
}
