import Foundation

/// Reads pay as postings state it: "$74K-$138K (Glassdoor est.)", "$15-$18 per hour",
/// "Pay Rate: $14.00/hr", "€50.000–60.000 per year", or JSON-LD `baseSalary`.
enum SalaryParser {
  /// The posting's pay: structured data first, then a stated field, a pay line, a sentence.
  static func find(_ source: PostingSource, lines: [TextLine], sentences: SentenceCache)
    -> Salary?
  {
    if let salary = source.salary { return salary }
    if let stated = source[.salary], let salary = parse(stated, isPayField: true) {
      return salary
    }
    let withNumbers = lines.filter { !$0.isBlank && $0.text.hasDigit }
    for line in withNumbers {
      if let (field, value) = HeaderFields.labelled(line.text), field == .salary,
        let salary = parse(value, isPayField: true)
      {
        return salary
      }
    }
    for line in withNumbers where line.text.hasAtMostCharacters(399) {
      for sentence in sentences.sentences(in: line.text) where mentionsPay(sentence) {
        if let salary = parse(sentence, isPayField: false) { return salary }
      }
    }
    return payLine(in: lines)
  }

  /// "CA$95K - CA$125K (Employer est.)", "Up to $85,000", "$120k+" alone on a line of the
  /// posting's header: pay without a word that says so.
  private static func payLine(in lines: [TextLine]) -> Salary? {
    let header = lines.lazy.filter { !$0.isBlank }.prefix(15)
    for line in header where line.text.hasAtMostCharacters(120) && line.text.wordCount <= 12 {
      // "Kingston, NY · Full-time · $68,000–$78,000": pay may be one part of a byline.
      for part in payParts(line.text) {
        let text = String(part).trimmed
        guard let first = text.unicodeScalars.first,
          "$€£₹¥UCAuUf".unicodeScalars.contains(first), leadingAmount.matches(text)
        else { continue }
        guard var salary = parse(text, isPayField: false) else { continue }
        // "Up to $85,000", "$120k+": the whole short part says it best.
        if text.hasAtMostCharacters(40) { salary.text = text }
        return salary
      }
    }
    return nil
  }

  /// The line's parts at "·", "|" and "•", never at the dash inside a range.
  private static func payParts(_ text: String) -> [Substring] {
    guard text.hasBytes("·") || text.hasBytes("|") || text.hasBytes("•") else { return [text[...]] }
    return text.split(whereSeparator: { "·|•".contains($0) })
  }

  private static let leadingAmount = Pattern(
    #"^(?:up to |from |starting at )?(?:US\$|C\$|CA\$|A\$|AU\$|[$€£¥₹])\s?\d"#)

  /// Parses one value or sentence. Outside a pay field an amount needs a currency.
  static func parse(_ text: String, isPayField: Bool) -> Salary? {
    let amounts = amountPattern.allGroups(in: text).compactMap(Amount.init)
    // "Per the 2026–27 master contract, $46,500–$78,900": an amount with a currency is the
    // pay, before a school year or other figure in the field.
    let withCurrency = amounts.first { $0.value > 0 && $0.currency != nil }
    guard var first = withCurrency ?? amounts.first(where: { $0.value > 0 }),
      isPayField || first.currency != nil
    else { return nil }
    // "62,000 to 74,000 USD annually": the currency written once, after the range's top.
    if let index = amounts.firstIndex(of: first), index > 0, first.currency != nil {
      let floor = amounts[index - 1]
      if floor.currency == nil, floor.value > 0, floor.value < first.value,
        rangeBetween(floor, first, in: text)
      {
        first = floor
      }
    }
    let second = amounts.drop { $0 != first }.dropFirst().first
    let isRange = second.map { rangeBetween(first, $0, in: text) } ?? false
    let maximum = isRange ? second!.value : first.value
    // "150-180k": the multiplier written once applies to both ends.
    var minimum = first.value
    if isRange, let second, first.multiplier == 1, second.multiplier > 1,
      first.value * second.multiplier <= second.value,
      first.value * second.multiplier * 10 >= second.value
    {
      minimum = first.value * second.multiplier
    }
    var currency = first.currency ?? (isRange ? second!.currency : nil)
    // "$145,000–$175,000 CAD": a code after the range's top says whose dollars both ends are.
    if isRange, let code = second?.codeAfter, currency == nil || currency == "$" {
      currency = code
    }
    let last = isRange ? second! : first
    var stated =
      isPayField && text.count <= 40 ? text.trimmed : phrase(in: text, from: first, to: last)
    let (opensDown, opensUp) = isRange ? (false, false) : openEnds(of: first, in: text)
    let unit = PayUnit.after(last.raw, in: text)
    if let unit, !isPayField || text.count > 40, !stated.hasSuffix(unit.written) {
      stated += unit.written
    }
    let payPeriod =
      unit == nil ? period(in: sentence(around: first, last, in: text), value: maximum) : nil
    return Salary(
      text: stated, minimum: opensDown ? nil : minimum, maximum: opensUp ? nil : maximum,
      currency: currency.map(currencyCode), period: payPeriod, unit: unit?.unit)
  }

  /// The sentence that holds the amounts: "£58,000 – £68,000. Hybrid, two days a week."
  /// says nothing of a week's pay after the amounts' sentence ends.
  private static func sentence(around first: Amount, _ last: Amount, in text: String)
    -> String
  {
    guard let start = text.range(of: first.raw),
      let end = text.range(of: last.raw, range: start.lowerBound..<text.endIndex)
    else { return text }
    let opening =
      text[..<start.lowerBound].range(of: ". ", options: .backwards)?.upperBound
      ?? text.startIndex
    // The full stop stays: "£45k p.a." ends in one.
    let closing =
      text[end.upperBound...].range(of: ". ").map { text.index(after: $0.lowerBound) }
      ?? text.endIndex
    return String(text[opening..<closing])
  }

  /// "Up to $85,000" has no floor; "$120k+" has no ceiling.
  private static func openEnds(of amount: Amount, in text: String) -> (Bool, Bool) {
    guard let range = text.range(of: amount.raw) else { return (false, false) }
    let before = text[..<range.lowerBound].lowercased()
    let noFloor = before.hasSuffix("up to ") || before.hasSuffix("up to")
    return (noFloor, text[range.upperBound...].hasPrefix("+"))
  }

  private static let amountPattern = Pattern(
    joining: [
      #"(US\$|C\$|CA\$|A\$|AU\$|R\$|S/\.?|[$€£¥₹]"#,
      #"|\b(?:USD|EUR|GBP|CAD|AUD|PEN|MXN|INR|CHF|BRL)\b)?"#,
      #"\s?(?<![\d.,])(\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:[,.]\d{3})+(?:[.,]\d{1,2})?"#,
      #"|\d{1,3}(?:[ \u00A0\u202F]\d{3})+|\d+(?:[.,]\d{1,2})?)"#,
      #"(?:\s?([kK]|MM|M)\b)?(?:\s?(USD|EUR|GBP|CAD|AUD|PEN|€|£))?"#,
    ], caseSensitive: true)

  private static func rangeBetween(_ first: Amount, _ second: Amount, in text: String) -> Bool {
    guard let start = text.range(of: first.raw),
      let end = text.range(
        of: second.raw,
        range: start.upperBound..<text.endIndex)
    else { return false }
    var between = text[start.upperBound..<end.lowerBound].lowercased().trimmed
    // "$130K/yr - $155K/yr": the first end may carry the period too.
    if let word = periodWords.first(where: { between.hasPrefix($0.0) })?.0 {
      between = String(between.dropFirst(word.count)).trimmed
    }
    return ["-", "–", "—", "to", "a", "bis", "à", "and", "-$", "–$"].contains(between)
      || between.isEmpty
  }

  /// "The pay range for this position is $22.00 - $26.50 per hour.": a sentence that
  /// states the pay, never a requirement; "Managed a $2M budget" is no such sentence.
  static func statesPay(_ text: String) -> Bool {
    guard text.hasBytes("$") || text.hasBytes("€") || text.hasBytes("£"),
      text.wordCount <= 30
    else { return false }
    return payStatement.matches(text) && parse(text, isPayField: false) != nil
  }

  private static let payStatement = PhraseSet([
    "pay range", "pay rate", "salary", "wage", "compensation", "hourly rate", "base pay",
    "starting pay", "pay for this", "pay is",
  ])

  /// "Apprentices earn $17 an hour in year one.", "Pay: $52,000 a year": a sentence with an
  /// amount and a word of pay, as ``find(_:lines:sentences:)`` reads pay from prose.
  static func isPaySentence(_ sentence: String) -> Bool {
    TextFolding.hasDigit(sentence) && mentionsPay(sentence)
      && parse(sentence, isPayField: false) != nil
  }

  /// True when the sentence speaks of pay. "Base", "rate" and "earn" name other things as
  /// well, so a sentence shaped as a requirement ("Experience growing a client base of
  /// $2M") needs a plainer word of pay.
  /// A sentence that speaks of the business's money ("accounts worth $3M in annual
  /// recurring revenue", "an annual budget of $2M") needs a word of pay itself; a period
  /// word alone does not make it the pay.
  private static func mentionsPay(_ sentence: String) -> Bool {
    let lower = sentence.lowercased()
    guard payPhrase.matches(lower) else { return false }
    if businessMoney.matches(lower) { return payWordPhrase.matches(lower) }
    return plainPayPhrase.matches(lower) || !RequirementExtractor.looksLikeRequirement(sentence)
  }

  private static let payWordPhrase = PhraseSet(payWords + ["commission", "earn", "earning"])
  private static let businessMoney = PhraseSet([
    "revenue", "recurring", "arr", "budget", "budgets", "sales", "funding", "raised",
    "spend", "valuation", "portfolio", "assets under", "book of",
  ])

  private static let payPhrase = PhraseSet(payWords + otherSenses + periodWords.map(\.0))
  private static let plainPayPhrase = PhraseSet(payWords + periodWords.map(\.0))
  private static let periodPhrase = PhraseSet(periodWords.map(\.0))
  private static let payWords = [
    "salary", "pay", "compensation", "wage", "ote", "stipend", "sueldo",
    "salario", "remuneración", "gehalt", "vergütung", "salaire", "rémunération", "stipendio",
    "brutto",
  ]
  /// Words of pay that also name a base of clients, a rate of work, earning a credential.
  private static let otherSenses = ["rate", "base", "earn"]

  private static let periodWords: [(String, Salary.Period)] = [
    ("per hour", .hour), ("/hr", .hour), ("/hour", .hour), ("an hour", .hour), ("hourly", .hour),
    ("/ hr", .hour), ("por hora", .hour), ("pro stunde", .hour), ("/h ", .hour),
    ("per year", .year), ("a year", .year), ("/yr", .year), ("/year", .year), ("annual", .year),
    ("per annum", .year), ("p.a.", .year), ("yearly", .year), ("al año", .year),
    ("anual", .year), ("pro jahr", .year), ("jährlich", .year), ("par an", .year),
    ("annuel", .year), ("/an ", .year), ("par année", .year), ("brutto/jahr", .year),
    ("par heure", .hour), ("de l'heure", .hour), ("mensuel", .month), ("/mois", .month),
    ("/monat", .month), ("per month", .month), ("a month", .month), ("/mo", .month),
    ("monthly", .month), ("monatlich", .month), ("im monat", .month), ("por mes", .month),
    ("por año", .year), ("pro woche", .week), ("par semaine", .week),
    ("mensual", .month), ("al mes", .month), ("pro monat", .month), ("par mois", .month),
    ("per week", .week), ("a week", .week), ("/wk", .week), ("/week", .week), ("weekly", .week),
    ("per day", .day), ("a day", .day), ("/day", .day), ("daily", .day),
  ]

  private static func period(in text: String, value: Double) -> Salary.Period? {
    let lower = text.lowercased() + " "
    if let word = periodPhrase.first(in: lower),
      let found = periodWords.first(where: { $0.0 == word })
    {
      return found.1
    }
    if value >= 10_000 { return .year }
    return value < 300 ? .hour : nil
  }

  private static func currencyCode(_ symbol: String) -> String {
    let codes: [String: String] = [
      "$": "USD", "US$": "USD", "C$": "CAD", "CA$": "CAD", "A$": "AUD", "AU$": "AUD",
      "R$": "BRL", "S/": "PEN", "S/.": "PEN", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR",
    ]
    return codes[symbol] ?? symbol
  }

  /// "$140,000 - $165,000 per year" out of the sentence that states it.
  private static func phrase(in text: String, from first: Amount, to last: Amount) -> String {
    guard let start = text.range(of: first.raw),
      let end = text.range(of: last.raw, range: start.lowerBound..<text.endIndex)
    else { return clipped(text) }
    var phrase = String(text[start.lowerBound..<end.upperBound])
    // "Up to $24 an hour": the words that open the range are part of it.
    let before = text[..<start.lowerBound].lowercased()
    if let opener = openers.first(where: { before.hasSuffix($0) }) {
      phrase = String(text[..<start.lowerBound].suffix(opener.count)) + phrase
    }
    let rest = text[end.upperBound...].lowercased()
    if let word = periodWords.map(\.0).first(where: {
      rest.hasPrefix(" " + $0) || rest.hasPrefix($0)
    }) {
      phrase += String(text[end.upperBound...].prefix(word.count + (rest.hasPrefix(" ") ? 1 : 0)))
    }
    return phrase
  }

  private static let openers = ["up to ", "from ", "starting at ", "starting from "]

  private static func clipped(_ text: String) -> String {
    let trimmed = text.trimmed
    return trimmed.count <= 140 ? trimmed : String(trimmed.prefix(139)) + "…"
  }
}

/// One amount of money as written ("$85K", "50.000 €", "14.00").
private struct Amount: Equatable {
  var raw: String
  var value: Double
  /// 1, or 1,000 for "85K", or a million for "1.2M".
  var multiplier: Double
  var currency: String?
  /// The currency written after the amount ("CAD" in "$95,000 CAD"), if any.
  var codeAfter: String?

  init?(_ groups: [String]) {
    guard groups.count >= 5, let number = Self.number(groups[2]) else { return nil }
    raw = groups[0].trimmed
    let suffix = groups[3]
    multiplier = suffix.lowercased() == "k" ? 1_000 : suffix.isEmpty ? 1 : 1_000_000
    value = number * multiplier
    // "$95,000 CAD": the code after the amount names the dollar sign before it.
    codeAfter = groups[4].isEmpty ? nil : groups[4]
    let symbol = groups[1].isEmpty || groups[1] == "$" ? codeAfter ?? groups[1] : groups[1]
    currency = symbol.isEmpty ? nil : symbol.trimmed
  }

  /// "50,000" and "50.000" are fifty thousand; "14.00" and "14,5" are decimals.
  private static func number(_ text: String) -> Double? {
    // "45 000", "18,00,000" (Indian grouping): only the digits count.
    if thousands.matches(text) || text.contains(where: \.isWhitespace) || indian.matches(text) {
      return Double(text.filter(\.isNumber))
    }
    if thousandsWithDecimals.matches(text), let separator = text.last(where: { !$0.isNumber }) {
      let parts = text.split(separator: separator)
      return Double(parts[0].filter(\.isNumber) + "." + parts[1])
    }
    return Double(text.replacingOccurrences(of: ",", with: "."))
  }

  private static let indian = Pattern(#"^\d{1,2}(,\d{2})+,\d{3}$"#)
  private static let thousands = Pattern(#"^\d{1,3}([,.]\d{3})+$"#)
  private static let thousandsWithDecimals = Pattern(#"^\d{1,3}([,.]\d{3})+[.,]\d{1,2}$"#)
}

extension SalaryParser {
  /// A JSON-LD `baseSalary`: a number, or a `MonetaryAmount` with a `QuantitativeValue`.
  static func structured(_ value: Any?, currency: Any?) -> Salary? {
    if let number = JSONValue.number(value) {
      let code = JSONValue.string(currency)
      return Salary(
        text: [code, formatted(number)].compactMap { $0 }.joined(separator: " "),
        minimum: number, maximum: number, currency: code, period: nil)
    }
    guard let amount = value as? [String: Any] else { return nil }
    let code = JSONValue.string(amount["currency"]) ?? JSONValue.string(currency)
    let quantity = amount["value"] as? [String: Any] ?? [:]
    let single = JSONValue.number(amount["value"]) ?? JSONValue.number(quantity["value"])
    let minimum = JSONValue.number(quantity["minValue"]) ?? single
    let maximum = JSONValue.number(quantity["maxValue"]) ?? single
    guard minimum != nil || maximum != nil else { return nil }
    let unit = JSONValue.string(quantity["unitText"]) ?? JSONValue.string(amount["unitText"])
    let period = unit.flatMap { Salary.Period(rawValue: $0.lowercased()) }
    let range = [minimum, maximum].compactMap { $0 }.map(formatted)
    let text =
      [code, Set(range).count == 1 ? range[0] : range.joined(separator: "–")]
      .compactMap { $0 }.joined(separator: " ") + (period.map { " per \($0.rawValue)" } ?? "")
    return Salary(text: text, minimum: minimum, maximum: maximum, currency: code, period: period)
  }

  private static func formatted(_ number: Double) -> String {
    number == number.rounded() ? String(Int(number)) : String(number)
  }
}
