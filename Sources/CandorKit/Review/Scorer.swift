/// Turns findings into a 0–100 score: each category has a share of the 100 points, and each
/// finding costs its category points by severity, counting at most two findings per rule.
enum Scorer {
  /// Each category's share of the 100 points.
  static let shares: [(RuleCategory, Int)] = [
    (.personalisation, 25), (.specificity, 30), (.relevance, 15), (.structure, 15),
    (.language, 15),
  ]

  /// Findings of one rule beyond this many cost nothing more.
  static let countedPerRule = 2

  /// The highest score a letter with an error-level finding can get: errors are what gets a
  /// letter discarded, so no category total can outweigh them.
  static let errorCap = 59

  /// Points each error after the first takes off a letter's capped score: a category counts
  /// two findings of a rule at most and no category falls below 0, so without this a letter
  /// full of invented facts would score what one with a single slip does.
  static let furtherErrorCost = 4

  /// The score of a letter whose categories come to `total`: the total itself when no
  /// finding is an error; otherwise the total scaled into 0…``errorCap`` (a letter with an
  /// error never passes, yet still gains from every other fault fixed), less
  /// ``furtherErrorCost`` for each error after the first, and never below 0.
  static func score(total: Int, errors: Int) -> Int {
    guard errors > 0 else { return total }
    let scaled = Int((Double(total * errorCap) / 100).rounded())
    return max(0, scaled - furtherErrorCost * (errors - 1))
  }

  static func cost(of severity: Severity) -> Int {
    switch severity {
    case .error: return 15
    case .warning: return 6
    case .suggestion: return 2
    }
  }

  /// The total of the checked categories, scaled to 100; 0 when none was checked.
  static func total(_ categories: [CategoryScore]) -> Int {
    let checked = categories.filter(\.checked)
    let maximum = checked.reduce(0) { $0 + $1.maximum }
    guard maximum > 0 else { return 0 }
    let kept = checked.reduce(0) { $0 + ($1.score ?? 0) }
    return maximum == 100 ? kept : Int((Double(kept) * 100 / Double(maximum)).rounded())
  }

  static func categories(
    _ findings: [Finding], titles: [String: String], unchecked: Set<RuleCategory> = [],
    notChecked: [RuleCategory: [String]] = [:]
  ) -> [CategoryScore] {
    let byRule = Dictionary(grouping: findings, by: \.rule)
    return shares.map { category, maximum in
      let reasons = byRule.values.filter { $0[0].category == category }.map { group in
        let points = group.sorted { $0.severity > $1.severity }.prefix(countedPerRule)
          .reduce(0) { $0 + cost(of: $1.severity) }
        return ScoreReason(
          rule: group[0].rule, title: titles[group[0].rule] ?? group[0].rule, points: points,
          findings: group.count)
      }
      .sorted { ($1.points, $0.rule) < ($0.points, $1.rule) }
      let lost = reasons.reduce(0) { $0 + $1.points }
      let isChecked = !unchecked.contains(category)
      return CategoryScore(
        category: category, score: isChecked ? max(0, maximum - lost) : nil, maximum: maximum,
        reasons: reasons, checked: isChecked,
        notChecked: unchecked.contains(category) ? nil : notChecked[category])
    }
  }

  static func grade(_ score: Int) -> String {
    switch score {
    case 90...: return "A"
    case 80..<90: return "B"
    case 70..<80: return "C"
    case 60..<70: return "D"
    default: return "F"
    }
  }
}
