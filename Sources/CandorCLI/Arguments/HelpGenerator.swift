/// Writes `--help` text from command metadata.
enum HelpGenerator {
  /// Help fits a standard 80-column terminal.
  static let width = 80

  static func help(for spec: CommandSpec) -> String {
    var text = "OVERVIEW: \(spec.abstract)\n\nUSAGE: \(usage(spec))\n"
    let helpOption = OptionSpec.flag("help", "Show this help and exit.")
    if !spec.arguments.isEmpty {
      text += "\nARGUMENTS:\n"
      text += table(spec.arguments.map { (argumentLabel($0), $0.help) })
    }
    text += "\nOPTIONS:\n"
    text += table((spec.options + [helpOption]).map { (optionLabel($0), optionHelp($0)) })
    if let discussion = spec.discussion {
      let paragraphs = discussion.components(separatedBy: "\n\n").map {
        wrap($0.replacingOccurrences(of: "\n", with: " "), indent: 0, width: width)
      }
      text += "\n" + paragraphs.joined(separator: "\n\n") + "\n"
    }
    return text
  }

  /// The usage line, wrapped between whole arguments and options so none is split.
  static func usage(_ spec: CommandSpec) -> String {
    var parts = spec.arguments.map {
      $0.isOptional ? "[\(argumentLabel($0))]" : argumentLabel($0)
    }
    parts += spec.options.map { $0.isRequired ? optionLabel($0) : "[\(optionLabel($0))]" }
    let lead = "candor \(spec.name)"
    let indent = String(repeating: " ", count: 7 + lead.count + 1)
    var lines = [lead]
    for part in parts {
      let limit = width - (lines.count == 1 ? 7 : indent.count)
      if lines[lines.count - 1].count + 1 + part.count > limit, lines[lines.count - 1] != lead {
        lines.append(part)
      } else {
        lines[lines.count - 1] += " " + part
      }
    }
    return lines.joined(separator: "\n" + indent)
  }

  private static func argumentLabel(_ argument: ArgumentSpec) -> String {
    argument.choices?.joined(separator: "|") ?? argument.name
  }

  private static func optionLabel(_ option: OptionSpec) -> String {
    guard let valueName = option.valueName else { return "--\(option.name)" }
    return "--\(option.name) \(option.choices?.joined(separator: "|") ?? valueName)"
  }

  private static func optionHelp(_ option: OptionSpec) -> String {
    guard let value = option.defaultValue else { return option.help }
    return option.help + " (default: \(value))"
  }

  private static func table(_ rows: [(String, String)]) -> String {
    let width = min(28, rows.map(\.0.count).max() ?? 0)
    return rows.map { label, help in
      let padded = "  " + label
      let indent = String(repeating: " ", count: width + 4)
      let body = wrap(help, indent: width + 4, width: Self.width - width - 4)
      if label.count > width {
        return padded + "\n" + indent + body + "\n"
      }
      return padded + String(repeating: " ", count: width - label.count + 2) + body + "\n"
    }.joined()
  }

  /// Wraps `text` at word boundaries; continuation lines are indented by `indent`.
  static func wrap(_ text: String, indent: Int, width: Int) -> String {
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
    if !current.isEmpty { lines.append(current) }
    return lines.joined(separator: "\n" + String(repeating: " ", count: indent))
  }
}
