/// Renders rules for people: the list behind `candor review --rules` and one rule's
/// explanation behind `--explain`.
public enum RuleDocumentation {
  /// Every rule grouped by category, one line each with its severity and summary.
  public static func list(_ rules: [Rule] = RuleCatalog.all) -> String {
    let width = rules.map(\.id.count).max() ?? 0
    var lines: [String] = []
    for category in RuleCategory.allCases {
      let members = rules.filter { $0.category == category }
      guard !members.isEmpty else { continue }
      if !lines.isEmpty { lines.append("") }
      lines.append(category.rawValue)
      for rule in members {
        let id = rule.id.padding(toLength: width + 2, withPad: " ", startingAt: 0)
        let severity = rule.severity.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
        let prefix = "  \(id)\(severity)"
        let summary = wrap(rule.summary, width: 100 - prefix.count)
        lines.append(
          prefix
            + summary.replacingOccurrences(
              of: "\n", with: "\n" + String(repeating: " ", count: prefix.count)))
      }
    }
    lines.append("")
    lines.append("Run 'candor review --explain RULE' for a rule's rationale and examples.")
    lines.append("Silence rules for one letter with a line '<!-- candor-disable RULE, RULE -->';")
    lines.append("a bare 'candor-disable' (or 'candor-disable all') disables every rule.")
    return lines.joined(separator: "\n") + "\n"
  }

  /// One rule's metadata, rationale, fix and examples.
  public static func explain(_ rule: Rule) -> String {
    var facts = [
      "category: \(rule.category.rawValue)", "severity: \(rule.severity.rawValue)",
      "scope: \(rule.scope.rawValue)", "check: \(rule.kind)",
    ]
    if rule.needs.contains(.job) { facts.append("needs: --job") }
    if rule.needs.contains(.resume) { facts.append("needs: --resume") }
    if rule.needs.contains(.spelling) { facts.append("needs: a Hunspell dictionary") }
    if rule.needs.contains(.english) { facts.append("English letters only") }
    if rule.englishOnlyPart != nil { facts.append("in part in other languages") }
    var lines = [
      "\(rule.id): \(rule.title)", facts.joined(separator: " · "), "", wrap(rule.summary),
      "", wrap("Why: " + rule.rationale.replacingOccurrences(of: "\n", with: " ")), "",
      wrap("Fix: " + rule.fix),
    ]
    lines += examples("Triggers", rule.examples.filter(\.triggers))
    lines += examples("Passes", rule.examples.filter { !$0.triggers })
    lines.append("")
    lines.append("Silence it for one letter with a line: <!-- candor-disable \(rule.id) -->")
    return lines.joined(separator: "\n") + "\n"
  }

  private static func examples(_ title: String, _ examples: [RuleExample]) -> [String] {
    guard !examples.isEmpty else { return [] }
    var lines = ["", "\(title):"]
    for example in examples {
      let text = example.plainText.replacingOccurrences(of: "\n", with: " ⏎ ")
      var context: [String] = []
      if example.job != nil { context.append("with --job") }
      if example.resume != nil { context.append("with --resume") }
      // Shortened long examples would look alike: say how long each one is.
      let shown = Template.shorten(text, limit: 84)
      if shown != text {
        context.insert("\(WordTokenizer.words(in: example.plainText).count) words", at: 0)
      }
      let suffix = context.isEmpty ? "" : "  (\(context.joined(separator: ", ")))"
      lines.append("  " + shown + suffix)
    }
    return lines
  }

  /// Wraps at `width` columns, breaking between words.
  static func wrap(_ text: String, width: Int = 100) -> String {
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ") {
      if !current.isEmpty && current.count + 1 + word.count > width {
        lines.append(current)
        current = String(word)
      } else {
        current += current.isEmpty ? String(word) : " " + word
      }
    }
    lines.append(current)
    return lines.joined(separator: "\n")
  }
}
