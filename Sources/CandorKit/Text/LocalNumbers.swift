import Foundation

/// Reads the figures a text writes in any language's number format: "40.000", "40,000" and
/// "40 000" are forty thousand, "3,5 %" is three and a half percent, "€1.200" and "1.200 €"
/// are money. Years ("2027"), dates ("12.03.2024", "2024-03-12"), clock times ("10:30",
/// "10 h"), ordinals ("1.º") and numbers glued to letters ("B2", "COVID-19") are skipped.
///
/// A separator can mean two things ("1.500" is 1500 in Madrid and 1.5 in Boston; "12 300" is
/// one figure or two), so a figure carries every reading, and a reader of the figure decides
/// which one its sources back.
enum LocalNumbers {
  /// One figure as written.
  struct Figure: Equatable {
    var range: Range<String.Index>
    /// Each way to read the digits: one value, or the separate numbers a space may part.
    var readings: [[Double]]
    /// "%" or the currency symbol written with the figure; nil for a plain count.
    var unit: String?
  }

  /// Currency symbols; a figure written with one is money in that currency.
  static let currencies: Set<Character> = ["$", "€", "£", "¥", "₹", "₩", "₽", "₺", "₪", "₦", "₱"]

  /// The figures `text` writes, in order.
  static func figures(in text: String) -> [Figure] {
    guard TextFolding.hasDigit(text) else { return [] }
    let whole = NSRange(text.startIndex..., in: text)
    return pattern.matches(in: text, range: whole).compactMap { figure($0, in: text) }
  }

  /// Every value `text` writes, with the unit written beside it: what figures are checked
  /// against.
  static func values(in text: String) -> [(value: Double, unit: String?)] {
    figures(in: text).flatMap { figure in
      figure.readings.joined().map { (value: $0, unit: figure.unit) }
    }
  }

  private static let symbols = #"[$€£¥₹₩₽₺₪₦₱]"#
  /// Spaces that group digits: a plain, a no-break, a narrow no-break and a thin space.
  private static let spaces = "\u{20}\u{A0}\u{202F}\u{2009}"

  private static let pattern = try! NSRegularExpression(
    pattern: [
      #"(?<![\p{L}\p{N}_.,:/+\-–‑#])(?:(?<pre>"#, symbols, #")[\#(spaces)]?)?"#,
      #"(?<number>\d{1,3}(?<sep>[.,'’\#(spaces)])\d{3}(?:\k<sep>\d{3})*(?:[.,]\d+)?"#,
      #"|\d+(?:[.,]\d+)?)"#,
      #"(?:[\#(spaces)]?(?<post>%|"#, symbols, #"))?"#,
      #"(?![\p{L}\p{N}_ºª°]|[.,:/\-–‑]\d|\.[ºª])"#,
    ].joined())

  private static func figure(_ match: NSTextCheckingResult, in text: String) -> Figure? {
    guard let range = Range(match.range, in: text),
      let digits = Range(match.range(withName: "number"), in: text).map({ text[$0] })
    else { return nil }
    let unit = [match.range(withName: "pre"), match.range(withName: "post")]
      .compactMap { Range($0, in: text).map { String(text[$0]) } }.first
      .map { $0 == "%" ? "%" : $0 }
    if unit == nil, isDateOrTime(digits, after: range, in: text) { return nil }
    if isInParentheses(range, in: text) && unit == nil { return nil }
    let separator = Range(match.range(withName: "sep"), in: text).map { text[$0].first! }
    let readings = readings(of: digits, grouped: separator)
    guard !readings.isEmpty else { return nil }
    return Figure(range: range, readings: readings, unit: unit)
  }

  /// A year ("2027"), or a clock time written with an hour sign ("10 h", "14h").
  private static func isDateOrTime(
    _ digits: Substring, after range: Range<String.Index>, in text: String
  ) -> Bool {
    if digits.count == 4, digits.allSatisfy(\.isNumber), let year = Int(digits),
      (1900...2100).contains(year)
    {
      return true
    }
    let rest = text[range.upperBound...].drop { $0 == " " }
    return rest.first == "h" && rest.dropFirst().first.map { !$0.isLetter } ?? true
  }

  /// "(802)": a number alone in parentheses is an area code or a list number.
  private static func isInParentheses(_ range: Range<String.Index>, in text: String) -> Bool {
    range.lowerBound > text.startIndex && text[text.index(before: range.lowerBound)] == "("
      && text[range.upperBound...].first == ")"
  }

  /// The values `digits` can stand for. A single "." or "," before three digits groups
  /// thousands in one format and marks decimals in another, so both readings stand; a plain
  /// space may part two numbers ("between 12 300 visitors" is one figure, "in 12 300 copies"
  /// may be two).
  private static func readings(of digits: Substring, grouped separator: Character?)
    -> [[Double]]
  {
    guard let separator else { return decimal(digits).map { [[$0]] } ?? [] }
    let parts = digits.split(separator: separator, omittingEmptySubsequences: false)
    let last = parts.last.map(String.init) ?? ""
    let decimals = last.firstIndex { $0 == "." || $0 == "," }
    let lastGroup = decimals.map { String(last[..<$0]) } ?? last
    let fraction = decimals.map { "." + last[last.index(after: $0)...] } ?? ""
    let whole = parts.dropLast().joined() + lastGroup + fraction
    guard let grouped = Double(whole) else { return [] }
    var readings = [[grouped]]
    if ".,".contains(separator), parts.count == 2, decimals == nil,
      let small = decimal(digits)
    {
      readings.append([small])
    }
    if separator == " " {
      readings.append(parts.compactMap { decimal($0) })
    }
    return readings
  }

  /// "3,5" and "3.5" as 3.5.
  private static func decimal(_ digits: Substring) -> Double? {
    Double(digits.replacingOccurrences(of: ",", with: "."))
  }
}
