/// Renders a review for people and editors: one `path:line:col: severity: message [rule]`
/// line per finding with the quoted excerpt and the fix, then the score table.
public enum ReviewTextReporter {
  /// The report for the letter at `path`; ANSI colour only when `colour` is true.
  public static func render(_ review: Review, path: String, colour: Bool = false) -> String {
    let paint = Paint(enabled: colour)
    var lines: [String] = []
    for finding in review.findings {
      let location = paint.bold("\(path):\(finding.line):\(finding.column):")
      let severity = paint.severity(finding.severity)
      lines.append("\(location) \(severity): \(finding.message) [\(finding.rule)]")
      lines.append("    | \(finding.excerpt)")
      lines.append("    = fix: \(finding.suggestion)")
    }
    if !review.findings.isEmpty { lines.append("") }
    lines += scoreTable(review, paint: paint)
    lines.append(summary(review.findings))
    lines += review.notes.map { "note: \($0)" }
    return lines.joined(separator: "\n") + "\n"
  }

  static func scoreTable(_ review: Review, paint: Paint) -> [String] {
    let unchecked = review.uncheckedCategories.count
    let partial =
      unchecked == 0
      ? ""
      : ", from \(review.categories.count - unchecked) of "
        + "\(review.categories.count) categories"
    var lines = [paint.bold("score \(review.score)/100 (\(review.grade)\(partial))")]
    for category in review.categories {
      let name = category.category.rawValue.padding(toLength: 17, withPad: " ", startingAt: 0)
      guard let score = category.score else {
        lines.append("  \(name)   not checked")
        continue
      }
      let points = "\(score)/\(category.maximum)"
      let padded = String(repeating: " ", count: max(0, 6 - points.count)) + points
      let reasons = category.reasons.map { "−\($0.points) \($0.rule)" }
      var remarks = reasons.isEmpty ? [] : [reasons.joined(separator: ", ")]
      if category.notChecked?.isEmpty == false { remarks.append("checked in part") }
      let reasonText = remarks.isEmpty ? "" : "  " + remarks.joined(separator: "; ")
      lines.append("  \(name)\(padded)\(reasonText)")
    }
    return lines
  }

  static func summary(_ findings: [Finding]) -> String {
    guard !findings.isEmpty else { return "no findings" }
    let counts = Severity.allCases.reversed().compactMap { severity -> String? in
      let count = findings.filter { $0.severity == severity }.count
      guard count > 0 else { return nil }
      return "\(count) \(severity.rawValue)\(count == 1 ? "" : "s")"
    }
    let total = findings.count
    return "\(total) finding\(total == 1 ? "" : "s"): " + counts.joined(separator: ", ")
  }
}

/// ANSI colours, or plain text when disabled.
struct Paint {
  var enabled: Bool

  func bold(_ text: String) -> String { wrap(text, "1") }

  func severity(_ severity: Severity) -> String {
    switch severity {
    case .error: return wrap("error", "1;31")
    case .warning: return wrap("warning", "1;33")
    case .suggestion: return wrap("suggestion", "1;36")
    }
  }

  func wrap(_ text: String, _ code: String) -> String {
    enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
