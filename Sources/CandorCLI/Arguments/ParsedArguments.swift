/// Arguments after parsing: option values by name (without dashes), flags, positionals.
struct ParsedArguments: Sendable {
  var values: [String: String] = [:]
  var flags: Set<String> = []
  var positionals: [String] = []

  subscript(option: String) -> String? { values[option] }

  func has(_ flag: String) -> Bool { flags.contains(flag) }
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

  var message: String {
    switch self {
    case .unknownCommand(let name, let suggestion):
      return "unknown command '\(name)'" + Self.hint(suggestion) + "; see 'candor --help'"
    case .unknownOption(let name, let command, let suggestion):
      return "unknown option '\(name)'" + Self.hint(suggestion)
        + "; see 'candor \(command) --help'"
    case .missingValue(let option, let command):
      return "missing value for '--\(option)'; see 'candor \(command) --help'"
    case .invalidChoice(let option, let value, let choices, let suggestion):
      let label = option.first?.isUppercase == true ? option : "'--\(option)'"
      return "invalid value '\(value)' for \(label)" + Self.hint(suggestion)
        + " (choose from \(choices.joined(separator: ", ")))"
    case .missingArgument(let name, let command):
      return "missing \(name); see 'candor \(command) --help'"
    case .unexpectedArgument(let value, let command):
      return "unexpected argument '\(value)'; see 'candor \(command) --help'"
    case .conflict(let reason, let command):
      return "\(reason); see 'candor \(command) --help'"
    }
  }

  private static func hint(_ suggestion: String?) -> String {
    suggestion.map { "; did you mean '\($0)'?" } ?? ""
  }
}
