/// Two reviews of the same letter side by side: what changed in the score, what was fixed
/// and what is new.
public struct ReviewComparison: Sendable, Codable, Equatable {
  public var before: Review
  public var after: Review
  /// Findings of the first version that the second no longer has.
  public var fixed: [Finding]
  /// Findings of the second version that the first did not have.
  public var new: [Finding]

  /// Compares `before` with `after`. A finding is the same in both when its rule matches
  /// and, for rules about a sentence or paragraph, its excerpt too.
  public init(before: Review, after: Review, rules: [Rule] = RuleCatalog.all) {
    self.before = before
    self.after = after
    let scopes = Dictionary(rules.map { ($0.id, $0.scope) }) { first, _ in first }
    func key(_ finding: Finding) -> String {
      scopes[finding.rule] == .letter
        ? finding.rule : finding.rule + "\u{0}" + finding.excerpt.lowercased()
    }
    let beforeKeys = Set(before.findings.map(key))
    let afterKeys = Set(after.findings.map(key))
    fixed = before.findings.filter { !afterKeys.contains(key($0)) }
    new = after.findings.filter { !beforeKeys.contains(key($0)) }
  }

  /// The score change, after minus before.
  public var change: Int { after.score - before.score }
}

/// Renders a ``ReviewComparison`` as a table and two lists.
public enum ComparisonTextReporter {
  public static func render(
    _ comparison: ReviewComparison, beforePath: String, afterPath: String, colour: Bool = false
  ) -> String {
    let paint = Paint(enabled: colour)
    let before = comparison.before
    let after = comparison.after
    var lines = [
      row("", "before", "after", "change"),
      row(
        "score", "\(before.score) \(before.grade)", "\(after.score) \(after.grade)",
        signed(comparison.change)),
    ]
    for (old, new) in zip(before.categories, after.categories) {
      // A category neither review could check (relevance without --job or --resume) says
      // so, as a plain review does, instead of showing full marks.
      guard old.checked || new.checked else {
        lines.append(
          old.category.rawValue.padding(toLength: 17, withPad: " ", startingAt: 0)
            + "   not checked")
        continue
      }
      // A category only one review checked shows "n/a" on the other side and no change.
      let change = old.score.flatMap { was in new.score.map { signed($0 - was) } } ?? ""
      lines.append(row(old.category.rawValue, points(old), points(new), change))
    }
    lines.append("")
    lines += list("fixed", comparison.fixed, path: beforePath, paint: paint)
    lines += list("new", comparison.new, path: afterPath, paint: paint)
    return lines.joined(separator: "\n") + "\n"
  }

  /// "19/25", or "n/a" for a category that was not checked and claims no points.
  private static func points(_ category: CategoryScore) -> String {
    category.score.map { "\($0)/\(category.maximum)" } ?? "n/a"
  }

  private static func row(_ name: String, _ before: String, _ after: String, _ change: String)
    -> String
  {
    let label = name.padding(toLength: 17, withPad: " ", startingAt: 0)
    return label + [before, after, change].map { pad($0, 8) }.joined()
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
  }

  private static func signed(_ value: Int) -> String {
    value > 0 ? "+\(value)" : "\(value)"
  }

  private static func list(_ title: String, _ findings: [Finding], path: String, paint: Paint)
    -> [String]
  {
    guard !findings.isEmpty else { return ["\(title): none"] }
    var lines = ["\(title) (\(findings.count)):"]
    for finding in findings {
      let location = "\(path):\(finding.line):\(finding.column)"
      lines.append(
        "  \(location): \(paint.severity(finding.severity)): \(finding.message) [\(finding.rule)]")
    }
    return lines
  }
}
