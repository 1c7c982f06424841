/// Splits a run of prose into sentences at `.`, `!`, `?` and `…`, keeping abbreviations,
/// initials, decimals and "e.g. such" inside one sentence.
enum SentenceSplitter {
  /// A mark that can end a sentence. A `switch`, not a set: this runs on every scalar, and
  /// hashing each one cost more than the rest of the split.
  @inline(__always)
  private static func isTerminal(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ".", "!", "?", "…": return true
    default: return false
    }
  }

  /// A mark that may follow a terminal before the space: a closing quote or bracket, or
  /// emphasis.
  @inline(__always)
  private static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ".", "!", "?", "…", "\"", "'", "”", "’", ")", "]", "*", "_", "»": return true
    default: return false
    }
  }
  private static let abbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "inc", "ltd", "co", "corp",
    "no", "dept", "approx", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "hons", "e.g", "i.e", "u.s", "u.k", "a.m", "p.m", "ph.d",
    "b.sc", "m.sc", "b.e", "b.s", "m.s", "b.a", "m.a", "b.tech", "m.tech", "cf", "al", "ed",
    // Company forms that end an employer's name ("Fino Paytech Pvt. Ltd").
    "pvt", "pte", "sdn", "bhd", "intl", "mfg", "bros",
  ]

  /// The sentences of `text`, trimmed of surrounding whitespace.
  static func split(_ text: String) -> [String] {
    sentences(in: text, range: text.startIndex..<text.endIndex).map { String(text[$0]) }
  }

  /// Sentence ranges inside `range`, trimmed of surrounding whitespace.
  static func sentences(in text: String, range: Range<String.Index>) -> [Range<String.Index>] {
    let scalars = text.unicodeScalars
    var result: [Range<String.Index>] = []
    var start = skipSpace(scalars, from: range.lowerBound, to: range.upperBound)
    var index = start
    while index < range.upperBound {
      let scalar = scalars[index]
      index = scalars.index(after: index)
      guard isTerminal(scalar) else { continue }
      var end = index
      while end < range.upperBound, isCloser(scalars[end]) {
        end = scalars.index(after: end)
      }
      guard end < range.upperBound, ScalarClass.isWhitespace(scalars[end]) else { continue }
      let next = skipSpace(scalars, from: end, to: range.upperBound)
      if next == range.upperBound { break }
      if ScalarClass.isLowercase(scalars[next]) { continue }
      if scalar == ".", isAbbreviation(scalars, before: scalars.index(before: index), from: start) {
        continue
      }
      result.append(start..<end)
      start = next
      index = next
    }
    let last = trimEnd(scalars, start, range.upperBound)
    if start < last { result.append(start..<last) }
    return result
  }

  private static func skipSpace(
    _ scalars: String.UnicodeScalarView, from start: String.Index, to end: String.Index
  ) -> String.Index {
    var index = start
    while index < end, ScalarClass.isWhitespace(scalars[index]) {
      index = scalars.index(after: index)
    }
    return index
  }

  private static func trimEnd(
    _ scalars: String.UnicodeScalarView, _ start: String.Index, _ end: String.Index
  ) -> String.Index {
    var index = end
    while index > start, ScalarClass.isWhitespace(scalars[scalars.index(before: index)]) {
      index = scalars.index(before: index)
    }
    return index
  }

  /// The word before the full stop at `period` is a known abbreviation or an initial.
  /// Forms that end a name or an address line but may end a sentence in prose
  /// ("Acme LLC. Then …"), so only `endsWithAbbreviation` reads them.
  private static let lineEndForms: Set<String> = [
    "llc", "llp", "plc", "pllc", "l.l.c", "p.c", "p.a", "ave", "blvd", "rd", "ste", "m.d", "d.o",
    "r.n", "esq",
  ]

  /// True when a short line's final period belongs to an abbreviation, not a sentence:
  /// "Bluefin Outdoor Co.", "Dana Reyes, Ph.D.", "14 Harbor Rd.".
  static func endsWithAbbreviation(_ line: String) -> Bool {
    let scalars = line.unicodeScalars
    guard scalars.last == "." else { return false }
    let period = scalars.index(before: scalars.endIndex)
    return isAbbreviation(scalars, before: period, from: scalars.startIndex, also: lineEndForms)
  }

  private static func isAbbreviation(
    _ scalars: String.UnicodeScalarView, before period: String.Index, from start: String.Index,
    also extra: Set<String> = []
  ) -> Bool {
    var index = period
    while index > start {
      let previous = scalars.index(before: index)
      let scalar = scalars[previous]
      guard ScalarClass.isLetter(scalar) || scalar == "." else { break }
      index = previous
    }
    let word = String(scalars[index..<period])
    let glued = index > start && ScalarClass.isDigit(scalars[scalars.index(before: index)])
    if word.count == 1, word.first?.isUppercase == true, !glued { return true }
    let folded = word.lowercased()
    return abbreviations.contains(folded) || extra.contains(folded)
  }
}
