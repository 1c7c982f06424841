/// Reads `candor-disable` comment lines, which silence rules for the whole letter.
///
/// Any comment syntax works, because letters live in text, Markdown and HTML alike:
/// `<!-- candor-disable generic-opener -->`, `// candor-disable hedging, passion`,
/// `# candor-disable all`, or the bare words on their own line. With no rule id, every
/// rule is silenced (`all`).
enum SuppressionComment {
  static let keyword = "candor-disable"

  /// The rule ids the line disables, or nil when it is not a suppression comment.
  static func disabledRules(in line: Substring) -> [String]? {
    guard ScalarClass.containsFolded(line, keyword),
      let found = line.range(of: keyword, options: .caseInsensitive)
    else { return nil }
    let before = line[..<found.lowerBound].filter { !$0.isWhitespace }
    guard before.allSatisfy({ "<!-/#%;*".contains($0) }) else { return nil }
    let rest = line[found.upperBound...]
      .replacingOccurrences(of: "-->", with: " ")
      .replacingOccurrences(of: "*/", with: " ")
    let ids = rest.split { $0.isWhitespace || $0 == "," || $0 == ":" }
      .map { $0.lowercased() }
      .filter { !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }
    return ids.isEmpty ? ["all"] : ids
  }
}
