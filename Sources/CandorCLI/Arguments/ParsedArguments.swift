/// Arguments after parsing: option values by name (without dashes), flags, positionals.
struct ParsedArguments: Sendable {
  var values: [String: String] = [:]
  var flags: Set<String> = []
  var positionals: [String] = []

  subscript(option: String) -> String? { values[option] }

  func has(_ flag: String) -> Bool { flags.contains(flag) }

  /// The files the command reads, which `--output` must never overwrite.
  var inputPaths: [String] { ["job", "resume", "letter"].compactMap { values[$0] } + positionals }

  /// The file `--output` names; nil when output goes to standard output (none, or `-`).
  var outputPath: String? { values["output"].flatMap { $0 == "-" ? nil : $0 } }
}

/// A mistake on the command line, rendered as one line with a way to recover.
enum UsageError: Error, Equatable {
  case unknownCommand(String, suggestion: String?)
  case unknownOption(String, command: String, suggestion: String?)
  case missingValue(option: String, command: String)
  case invalidChoice(option: String, value: String, choices: [String], suggestion: String?)
  case missingArgument(String, command: String)
  case unexpectedArgument(String, command: String)
  case conflict(String, command: String)
  /// A text option that cannot be used as given ("--to" with a line break, or empty).
  case invalidText(option: String, reason: String)

  var message: String {
    switch self {
    case .unknownCommand(let name, let suggestion):
      return "unknown command '\(name)'" + Self.hint(suggestion) + Self.seeHelp("")
    case .unknownOption(let name, let command, let suggestion):
      return "unknown option '\(name)'" + Self.hint(suggestion) + Self.seeHelp(command)
    case .missingValue(let option, let command):
      return "missing value for '--\(option)'" + Self.seeHelp(command)
    case .invalidChoice(let option, let value, let choices, let suggestion):
      let start =
        option.first?.isUppercase == true
        ? "invalid \(option.lowercased()) '\(value)'" : "invalid value '\(value)' for '--\(option)'"
      return start + Self.hint(suggestion)
        + "; choose from \(choices.joined(separator: ", "))"
    case .missingArgument(let name, let command):
      return "missing \(name)" + Self.seeHelp(command)
    case .unexpectedArgument(let value, let command):
      return "unexpected argument '\(value)'" + Self.seeHelp(command)
    case .conflict(let reason, let command):
      return reason + Self.seeHelp(command)
    case .invalidText(let option, let reason):
      return "invalid value for '--\(option)': \(reason)"
    }
  }

  private static func hint(_ suggestion: String?) -> String {
    suggestion.map { " (did you mean '\($0)'?)" } ?? ""
  }

  /// Points to the help of `command`, or to the program's help when `command` is empty.
  private static func seeHelp(_ command: String) -> String {
    command.isEmpty ? "; see 'candor --help'" : "; see 'candor \(command) --help'"
  }
}
