/// The figures one source (the resume or the posting) writes, each with its kind: what a
/// letter's figure is checked against by value.
struct Figures {
  private var plain: [Double] = []
  /// Percentages under "%", money under its currency symbol.
  private var kinds: [String: [Double]] = [:]
  /// The figures that are neither a percentage nor money: counts, times and measures.
  private var counts: [Double] = []

  /// The figures of `quantities` (read as English), of `spelled` counts, and of every number
  /// `text` writes in any language's format (`LocalNumbers`).
  init(_ quantities: [Quantity], spelled: [Double] = [], text: String) {
    let local = LocalNumbers.values(in: text)
    for (value, unit) in quantities.map({ ($0.value, $0.unit) }) + local {
      plain.append(value)
      if let kind = Self.kind(unit) {
        kinds[kind, default: []].append(value)
      } else {
        counts.append(value)
      }
    }
    plain += spelled
    counts += spelled
  }

  /// The kind a unit gives a figure: "%" for a percentage, the symbol for money; nil for a
  /// count, a time or any other measure, which a plain figure of the same value backs.
  static func kind(_ unit: String?) -> String? {
    guard let unit, unit == "%" || unit.count == 1 && LocalNumbers.currencies.contains(unit.first!)
    else { return nil }
    return unit
  }

  /// A figure of `value` stands here, of the same `kind` when the letter gives it one: "30%"
  /// is not backed by "30 patients", nor "$40" by "40%".
  func holds(_ value: Double, kind: String?) -> Bool {
    let same = { ClaimSources.isSame($0, value) }
    guard let kind else { return plain.contains(where: same) }
    return kinds[kind]?.contains(where: same) ?? false
  }

  /// A figure in `range` stands here, of the same `kind` when the letter gives it one.
  func holds(in range: ClosedRange<Double>, kind: String?) -> Bool {
    (kind.map { kinds[$0] ?? [] } ?? plain).contains(where: range.contains)
  }

  /// The percentages two figures on one line of `text` give: the change from one to the
  /// other ("from 9 days to 5" gives 44%) and their ratio ("18 proposals; 11 were awarded"
  /// gives 61%). Money is not paired with counts ("9 days" and "5" are both counts).
  static func derivedPercents(in text: String) -> [Double] {
    var found: [Double] = []
    for line in text.split(separator: "\n") {
      let values = QuantityExtractor.quantities(in: String(line))
        .filter { $0.unit != "%" && $0.unit != "years" && $0.value > 0 }
      for first in values {
        for second in values
        where first.value != second.value && kind(first.unit) == kind(second.unit) {
          let (from, to) = (first.value, second.value)
          found += [abs(from - to) / from * 100, to / from * 100]
        }
      }
    }
    return found
  }

  /// A figure of `value` stands here as a count, not only as a percentage or money: "9%"
  /// does not back "9 testers".
  func holdsCount(_ value: Double) -> Bool {
    counts.contains { ClaimSources.isSame($0, value) }
  }
}
