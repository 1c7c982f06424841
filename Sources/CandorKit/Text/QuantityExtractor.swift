import Foundation

/// Finds the numbers a sentence states and what they measure: "$40M in card payments a
/// day", "cut p95 latency from 1.2 s to 180 ms", "3 million monthly bookings".
///
/// Years, dates, phone numbers, versions and numbers glued to letters ("S3", "p95",
/// "COVID-19") are not quantities and are skipped.
public enum QuantityExtractor {
  public static func quantities(in text: String) -> [Quantity] {
    guard TextFolding.hasDigit(text) else { return [] }
    let range = NSRange(text.startIndex..., in: text)
    return pattern.matches(in: text, range: range).compactMap { match in
      quantity(from: match, in: text)
    }
  }

  // One number with an optional currency before it and an optional unit after it.
  private static let pattern = try! NSRegularExpression(
    pattern: [
      #"(?<![\w.,/+\-–‑])(?<currency>[$€£¥]\s?)?"#,
      #"(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<plus>\+)?"#,
      #"(?:\s?(?<unit>%|percent\b|per\scent\b|x\b|×|[kK]\b|MM\b|M\b|B\b|bn\b|million\b|"#,
      #"billion\b|thousand\b|ms\b|milliseconds?\b|s\b|sec\b|seconds?\b|minutes?\b|mins?\b|"#,
      #"hours?\b|hrs?\b|days?\b|weeks?\b|months?\b|years?\b|yrs?\b|GB\b|TB\b|PB\b|MB\b|"#,
      #"[µμu]A\b|mA\b|nA\b|mW\b|kW\b|mV\b|kHz\b|MHz\b|GHz\b))?"#,
      #"(?<plus2>\+)?(?![\w/]|\.\d|[-–‑]\d|,\d)"#,
    ].joined())

  private static func quantity(from match: NSTextCheckingResult, in text: String) -> Quantity? {
    guard let whole = Range(match.range, in: text),
      let numberRange = Range(match.range(withName: "number"), in: text)
    else { return nil }
    let currency = Range(match.range(withName: "currency"), in: text).map {
      text[$0].trimmingSpaces()
    }
    var unitText = Range(match.range(withName: "unit"), in: text).map { String(text[$0]) }
    // "from 2 to 5 years", "between 20 and 30%": the first of a range takes the second's unit.
    if unitText == nil, currency == nil,
      let shared = rangeUnit.groups(in: String(text[whole.upperBound...].prefix(24)))?.last
    {
      unitText = shared
    }
    let numberText = String(text[numberRange])
    guard var value = Double(numberText.replacingOccurrences(of: ",", with: "")) else {
      return nil
    }
    if isNotAQuantity(numberText, value: value, currency: currency, unit: unitText, text, whole) {
      return nil
    }
    value *= multiplier(unitText)
    let unit = normalisedUnit(currency: currency, unit: unitText)
    let before = lastWords(text[text.startIndex..<whole.lowerBound], count: 3)
    let context = contextWords(before: before, after: whole, in: text)
    let following = unit == nil ? nounWords(after: whole, in: text) : []
    // "22 stormwater projects": a plural noun the number counts decides, unless the number
    // is another noun's size ("a team of 50+ microbiology specialists", "a team (<30) of
    // builders").
    let countsPlural =
      before.last?.lowercased() != "of" && !(following.first.map(boundWords.contains) ?? true)
      && following.prefix(2).contains(where: isPlural)
    var measure = classify(
      unit: unit, context: context, following: following, countsPlural: countsPlural,
      sentence: text)
    if measure == .teamSize {
      measure = teamOrPeople(value: value, before: before, context: context)
    }
    if unit == nil, durationAdjective.matches(String(text[whole.upperBound...].prefix(9))) {
      measure = .time
    }
    if unit == nil, isRating(whole, in: text, before: before) { measure = .rating }
    let written = String(text[whole]).trimmingSpaces()
    return Quantity(text: written, value: value, unit: unit, measure: measure, context: context)
  }

  /// Years, phone fragments, the emergency number ("911 backup", "911 ALS experience"), list
  /// numbers and version-like numbers.
  private static func isNotAQuantity(
    _ number: String, value: Double, currency: String?, unit: String?, _ text: String,
    _ whole: Range<String.Index>
  ) -> Bool {
    if currency != nil || unit != nil { return false }
    if number == "911" { return true }
    if !number.contains(","), let previous = lastWords(text[..<whole.lowerBound], count: 1).first,
      formWords.contains(previous.lowercased())
    {
      return true
    }
    if !number.contains(","), !number.contains("."), (1950...2039).contains(value),
      number.count == 4
    {
      return true
    }
    let before = text[text.startIndex..<whole.lowerBound].suffix(2)
    let after = text[whole.upperBound...].prefix(2)
    if before.hasSuffix("(") && after.hasPrefix(")") { return true }
    if after.hasPrefix(".") && whole.lowerBound == text.startIndex { return true }
    if isCompoundAfterCount(text, whole) { return true }
    return looksLikeVersion(text, whole)
  }

  /// "14 100-hour inspections", "two 12-hour shifts": a number joined to the word after
  /// it names a kind of thing when another count stands before it; that count is the figure.
  private static func isCompoundAfterCount(_ text: String, _ whole: Range<String.Index>) -> Bool {
    let after = text[whole.upperBound...]
    guard after.count > 1, "-–‑".contains(after[after.startIndex]),
      after[after.index(after: after.startIndex)].isLetter,
      let previous = text[..<whole.lowerBound].lastPiece(separatedBy: { $0 == " " })
    else { return false }
    return previous.allSatisfy { $0.isNumber || $0 == "," || $0 == "+" }
      || countWords.contains(previous.lowercased())
  }

  /// Words before a bare number that make it a form's name: "Form 941", "quarterly 941 and
  /// SUI returns".
  private static let formWords: Set<String> = ["form", "forms", "quarterly", "annual"]

  private static let countWords: Set<String> = [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
    "dozen", "dozens", "several", "many", "multiple",
  ]

  /// "Python 3.11", "Java 8," and "iOS 15 and": a bare number right after a capitalised
  /// name and not followed by a noun it counts. Inside a sentence the name may count
  /// nothing whatever follows ("Section 504 meetings", "King Air 350 turboprops"); a verb
  /// that opens the sentence is no name ("Led 60+ Section 504 meetings"), nor is a "+"
  /// figure a version.
  private static func looksLikeVersion(_ text: String, _ whole: Range<String.Index>) -> Bool {
    let head = text[..<whole.lowerBound]
    let previous = head.lastPiece { $0 == " " }
    guard let previous, previous.first?.isUppercase == true,
      previous.last?.isLetter == true, !openers.contains(previous.lowercased()),
      !text[whole].hasSuffix("+")
    else { return false }
    let next = text[whole.upperBound...].firstPiece(separatedBy: isBreak)
    let opensSentence =
      head[..<previous.startIndex].trimmingSpaces().last
      .map { ".;:!?•(–—-".contains($0) } ?? true
    if opensSentence {
      let verb = previous.lowercased()
      if Verbs.isPastTense(verb) || Verbs.isBase(verb) { return false }
    } else if let next, !measuringWords.contains(next.lowercased()) {
      return true
    }
    guard let next, next.first?.isLowercase == true else { return true }
    return ["and", "or", "with", "to", "on", "in"].contains(String(next))
  }

  /// "4.6 star rating", "a 4.8-star average", "rated 4.9 out of 5": a score on a scale,
  /// which counts nothing.
  private static func isRating(_ whole: Range<String.Index>, in text: String, before: [Substring])
    -> Bool
  {
    ratingAfter.matches(String(text[whole.upperBound...].prefix(12)))
      || before.last.map { ["rated", "rating"].contains($0.lowercased()) } ?? false
  }

  private static let ratingAfter = Pattern(#"^(?:[-–‑ ]stars?\b|\s*out of \d)"#)

  /// " to 5 years", " and 30%": the unit the second number of a range carries.
  private static let rangeUnit = Pattern(
    #"^\s+(?:to|and)\s+\d+(?:\.\d+)?\s?(%|percent\b|minutes?\b|hours?\b|days?\b|weeks?\b|"#
      + #"months?\b|years?\b)"#)

  /// "-day" in "90-day turnover": the number is a span of time that names a kind of thing.
  private static let durationAdjective = Pattern(
    #"^[-–‑](?:hours?|days?|weeks?|months?|years?|minutes?)\b"#)

  /// Words after a named figure that say it measures: "raised NPS 20 points".
  private static let measuringWords: Set<String> = ["points", "pts", "percentage", "places"]

  /// Words that open a sentence and name nothing: "Our 40-bed unit", "The 3-step plan".
  private static let openers: Set<String> = [
    "our", "my", "the", "their", "his", "her", "its", "your", "these", "those", "all", "some",
    "over", "about", "nearly", "almost", "around", "roughly", "only", "another", "each",
  ]

  private static func multiplier(_ unit: String?) -> Double {
    switch unit {
    case "k", "K", "thousand": return 1_000
    case "M", "MM", "million": return 1_000_000
    case "B", "bn", "billion": return 1_000_000_000
    default: return 1
    }
  }

  private static func normalisedUnit(currency: String?, unit: String?) -> String? {
    if let currency { return currency }
    guard let unit else { return nil }
    // "per cent" may break across a line.
    switch unit.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ") {
    case "%", "percent", "per cent": return "%"
    case "x", "×": return "x"
    case "k", "m", "mm", "b", "bn", "million", "billion", "thousand": return nil
    case "ms", "millisecond", "milliseconds": return "ms"
    case "s", "sec", "second", "seconds": return "s"
    case "minute", "minutes", "min", "mins": return "minutes"
    case "hour", "hours", "hr", "hrs": return "hours"
    case "day", "days": return "days"
    case "week", "weeks": return "weeks"
    case "month", "months": return "months"
    case "year", "years", "yr", "yrs": return "years"
    default: return unit
    }
  }

  /// The `before` words and up to four words after the number.
  private static func contextWords(
    before: [Substring], after range: Range<String.Index>, in text: String
  ) -> String {
    let after = text[range.upperBound...].split(maxSplits: 4, whereSeparator: isBreak).prefix(4)
    return (before + after).joined(separator: " ").lowercased()
  }

  /// The last `count` words of `text`, read backwards so a long sentence is not split whole.
  private static func lastWords(_ text: Substring, count: Int) -> [Substring] {
    var words: [Substring] = []
    var end = text.endIndex
    var index = text.endIndex
    while index > text.startIndex, words.count < count {
      let previous = text.index(before: index)
      if isBreak(text[previous]) {
        if index < end { words.append(text[index..<end]) }
        end = previous
      }
      index = previous
    }
    if words.count < count, index < end { words.append(text[index..<end]) }
    return words.reversed()
  }

  static func isBreak(_ char: Character) -> Bool {
    char.isWhitespace || char == "," || char == ";" || char == "(" || char == ")"
  }
}
