import Foundation

/// Renders a match report as plain text for a person: the rate, tables per category and
/// tier, every keyword with where it was found, coverage, recommendations and warnings.
public enum MatchReportText {
  public static func render(_ report: MatchReport) -> String {
    var lines = heading(report)
    lines += [""] + table("By category", report.categories)
    lines += [""] + table("By tier", report.tiers)
    lines += [""] + keywordLines(report.keywords)
    if let coverage = report.coverage { lines += [""] + MatchCoverageText.lines(coverage) }
    lines += [""] + adviceLines(report)
    return lines.joined(separator: "\n") + "\n"
  }

  private static func heading(_ report: MatchReport) -> [String] {
    let documents = report.documents.map(\.rawValue).joined(separator: " and ")
    let posting = [report.title, report.company.map { "at \($0)" }].compactMap { $0 }
      .joined(separator: " ")
    var lines = [
      "Match rate: \(percent(report.matchRate)) (\(documents))"
        + (posting.isEmpty ? "" : " for \(posting)")
    ]
    if let resume = report.resumeRate, let letter = report.letterRate {
      lines.append("Resume alone: \(percent(resume)); letter alone: \(percent(letter))")
    }
    return lines
  }

  private static func table(_ title: String, _ groups: [GroupRate]) -> [String] {
    let width = max(groups.map(\.name.count).max() ?? 0, title.count - 2)
    return ["\(pad(title, width + 2))  found   rate"]
      + groups.map { group in
        "  \(pad(group.name, width))  \(pad("\(group.found) / \(group.total)", 6))"
          + "  \(leftPad(percent(group.rate), 5))"
      }
  }

  private static func keywordLines(_ keywords: [KeywordResult]) -> [String] {
    let width = min(max(keywords.map(\.term.count).max() ?? 0, 7), 32)
    let categoryWidth = max(keywords.map(\.category.rawValue.count).max() ?? 0, 13)
    var lines = ["Keywords (✓ found, ✗ missing), heaviest first"]
    for keyword in keywords {
      let mark = keyword.found ? "✓" : "✗"
      let facts =
        "\(pad(keyword.category.rawValue, categoryWidth)) \(pad(keyword.tier.rawValue, 9))"
        + " \(String(format: "%.2f", keyword.weight))"
      lines.append("  \(mark) \(pad(keyword.term, width))  \(facts)  \(whereFound(keyword))")
    }
    return lines
  }

  private static func whereFound(_ keyword: KeywordResult) -> String {
    guard keyword.found else { return "—" }
    var parts: [String] = []
    for document in MatchLocation.Document.allCases {
      let locations = keyword.locations.filter { $0.document == document }
      guard !locations.isEmpty else { continue }
      let places = locations.prefix(2).map { location in
        location.section + (location.line.map { ", line \($0)" } ?? "")
      }
      let more = locations.count > 2 ? " (+\(locations.count - 2) more)" : ""
      parts.append("\(document.rawValue): " + places.joined(separator: "; ") + more)
    }
    return parts.joined(separator: " | ") + spelling(keyword)
  }

  /// How the documents spell a keyword found under another spelling or through an
  /// alternative: ` as "k8s"`, ` as its alternative "Go"`; empty when spelled as posted.
  private static func spelling(_ keyword: KeywordResult) -> String {
    guard let foundAs = keyword.foundAs else { return "" }
    if keyword.isMetByAlternative { return " as its alternative \"\(foundAs)\"" }
    let same = KeywordKey.normalized(foundAs) == KeywordKey.normalized(keyword.term)
    return same ? "" : " as \"\(foundAs)\""
  }

  private static func adviceLines(_ report: MatchReport) -> [String] {
    var lines: [String] = []
    if !report.recommendations.isEmpty {
      lines += ["Recommendations (true things to show better)"]
      lines += report.recommendations.map { "  - " + $0.message }
      lines.append("")
    }
    if !report.gaps.isEmpty {
      lines += ["Gaps (shown nowhere; add one only if it is true)"]
      lines += wrapped(report.gaps.joined(separator: ", "), indent: "  ")
      lines.append("")
    }
    if !report.warnings.isEmpty {
      lines += ["Warnings"]
      lines += report.warnings.map { "  - \($0.document.rawValue): \($0.message)" }
      lines.append("")
    }
    return lines + ["Advice: " + report.advice]
  }

  static func percent(_ rate: Double) -> String {
    "\(Int((rate * 100).rounded())) %"
  }

  static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }

  static func leftPad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
  }

  /// `text` broken into lines of at most 88 characters after `indent`, at spaces.
  static func wrapped(_ text: String, indent: String) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ") {
      if !current.isEmpty, current.count + word.count + 1 > 88 {
        lines.append(indent + current)
        current = ""
      }
      current += (current.isEmpty ? "" : " ") + word
    }
    if !current.isEmpty { lines.append(indent + current) }
    return lines
  }
}
